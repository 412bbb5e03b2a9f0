-- 代报: hazards an officer records for an enterprise in scope, found during the authority's own
-- inspection; a general one is closed only by an officer's 复查. Every earlier hazard is the
-- enterprise's own (自查).
ALTER TABLE hazard ADD COLUMN source VARCHAR(16) DEFAULT 'SELF' NOT NULL;
ALTER TABLE hazard ADD COLUMN reporter_role VARCHAR(16) DEFAULT 'ENTERPRISE' NOT NULL;
-- The officers' lists filter by source; 待复查 is source and status.
CREATE INDEX hazard_source_status ON hazard (source, status);

-- Files that go with a row of the trail: the evaluation's attachments of 申请验收 (PDF, Office documents,
-- images; checked by content). The file lies under hazard-attachments/<enterprise>/<sha-256>.<ext>.
CREATE TABLE hazard_attachment (
    id            BIGINT         NOT NULL PRIMARY KEY,
    event_id      BIGINT         NOT NULL REFERENCES hazard_event (id),
    enterprise_id BIGINT         NOT NULL,
    storage_key   VARCHAR(64)    NOT NULL,
    format        VARCHAR(8)     NOT NULL,
    media_type    VARCHAR(100)   NOT NULL,
    byte_size     BIGINT         NOT NULL,
    file_name     VARCHAR(120)   NOT NULL
);
CREATE INDEX hazard_attachment_event ON hazard_attachment (event_id);
CREATE INDEX hazard_attachment_enterprise ON hazard_attachment (enterprise_id, storage_key);
CREATE SEQUENCE hazard_attachment_seq AS BIGINT START WITH 50 INCREMENT BY 50;

-- The 台帐 pages and its exports' chunks run in (reported_at, id) order, per enterprise or over a scope.
CREATE INDEX hazard_ledger_enterprise ON hazard (enterprise_id, reported_at, id);
CREATE INDEX hazard_ledger_reported ON hazard (reported_at, id);
