-- The major hazard's workflow (DOMAIN.md, 16号令 第十四条 and 第十五条): 退回补充 and additions, 挂牌督办
-- with its 督办通知书, the 第十五条 measures, 延期, 申请验收 and the authority's 验收; and the trail of
-- every step, for general hazards as well. The report itself is never changed.
CREATE TABLE hazard_event (
    id            BIGINT         NOT NULL PRIMARY KEY,
    hazard_id     BIGINT         NOT NULL REFERENCES hazard (id),
    event_kind    VARCHAR(32)    NOT NULL,
    from_status   VARCHAR(32)    NOT NULL,
    to_status     VARCHAR(32)    NOT NULL,
    actor         VARCHAR(200)   NOT NULL,
    actor_role    VARCHAR(16)    NOT NULL,
    occurred_at   TIMESTAMP      NOT NULL,
    remark        VARCHAR(4000)
);
CREATE INDEX hazard_event_hazard ON hazard_event (hazard_id);
CREATE SEQUENCE hazard_event_seq AS BIGINT START WITH 50 INCREMENT BY 50;

ALTER TABLE hazard ADD COLUMN supervision_level VARCHAR(16);
ALTER TABLE hazard ADD COLUMN supervising_unit VARCHAR(200);
ALTER TABLE hazard ADD COLUMN supervision_deadline DATE;
ALTER TABLE hazard ADD COLUMN supervision_document_no VARCHAR(50);
ALTER TABLE hazard ADD COLUMN supervision_issued_at TIMESTAMP;
ALTER TABLE hazard ADD COLUMN supervision_issued_by VARCHAR(200);
ALTER TABLE hazard ADD CONSTRAINT hazard_supervision_document_no UNIQUE (supervision_document_no);

ALTER TABLE hazard ADD COLUMN measure_workers_withdrawn BOOLEAN;
ALTER TABLE hazard ADD COLUMN measure_people_evacuated BOOLEAN;
ALTER TABLE hazard ADD COLUMN measure_warning_signs BOOLEAN;
ALTER TABLE hazard ADD COLUMN measure_suspended BOOLEAN;
ALTER TABLE hazard ADD COLUMN measure_monitoring BOOLEAN;
ALTER TABLE hazard ADD COLUMN measures_confirmed_at TIMESTAMP;

ALTER TABLE hazard ADD COLUMN extension_until DATE;
ALTER TABLE hazard ADD COLUMN extension_reason VARCHAR(1000);
ALTER TABLE hazard ADD COLUMN review_deadline DATE;

-- The officers' queues: new reports, pending requests, reviews due.
CREATE INDEX hazard_kind_status ON hazard (kind, status);
UPDATE hazard SET status = 'SUPERVISED' WHERE status = 'ACCEPTED_FOR_SUPERVISION';
