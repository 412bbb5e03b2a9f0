-- 整改 and 验收 of general hazards (manual §4.4, 第十三条): the steps of the work, each with its
-- photos after the work, and the acceptance attempts; all are kept, none is ever changed.
CREATE TABLE hazard_rectification (
    id            BIGINT         NOT NULL PRIMARY KEY,
    hazard_id     BIGINT         NOT NULL REFERENCES hazard (id),
    measures      VARCHAR(2000)  NOT NULL,
    funds_used    DECIMAL(14, 2) NOT NULL,
    responsible   VARCHAR(50)    NOT NULL,
    completed_on  DATE,
    finished      BOOLEAN        NOT NULL,
    recorded_at   TIMESTAMP      NOT NULL,
    recorded_by   VARCHAR(200)   NOT NULL
);
CREATE INDEX hazard_rectification_hazard ON hazard_rectification (hazard_id);
CREATE SEQUENCE hazard_rectification_seq AS BIGINT START WITH 50 INCREMENT BY 50;

CREATE TABLE hazard_acceptance (
    id            BIGINT         NOT NULL PRIMARY KEY,
    hazard_id     BIGINT         NOT NULL REFERENCES hazard (id),
    review_opinion VARCHAR(2000) NOT NULL,
    acceptor      VARCHAR(50)    NOT NULL,
    accepted_on   DATE           NOT NULL,
    passed        BOOLEAN        NOT NULL,
    reason        VARCHAR(1000),
    recorded_at   TIMESTAMP      NOT NULL,
    recorded_by   VARCHAR(200)   NOT NULL
);
CREATE INDEX hazard_acceptance_hazard ON hazard_acceptance (hazard_id);
CREATE SEQUENCE hazard_acceptance_seq AS BIGINT START WITH 50 INCREMENT BY 50;

-- A photo after the work belongs to its step; the photos of the report have none.
ALTER TABLE hazard_photo ADD COLUMN rectification_id BIGINT;
ALTER TABLE hazard_photo ADD CONSTRAINT hazard_photo_rectification
    FOREIGN KEY (rectification_id) REFERENCES hazard_rectification (id);

ALTER TABLE hazard ADD COLUMN closed_at TIMESTAMP;

-- 当场整改 hazards were RECTIFIED; in the life cycle 待整改 → 整改中 → 待验收 → 已销号 they wait for 验收.
UPDATE hazard SET status = 'AWAITING_ACCEPTANCE' WHERE status = 'RECTIFIED';

-- A general hazard of a submitted record no longer hangs on that record (only a draft's are removed with it).
UPDATE hazard SET origin_inspection_id = NULL
    WHERE origin_inspection_id IN (SELECT id FROM self_inspection WHERE status = 'SUBMITTED');
