-- 公告通知 written by officers: an audience within the author's scope, published now or at a set
-- time (a timer publishes it), optionally also by e-mail. The notice component keeps enterprise and
-- account ids as plain columns: it is told who the recipients are and asks no other component.
ALTER TABLE notice ADD COLUMN status VARCHAR(16) DEFAULT 'PUBLISHED' NOT NULL;
ALTER TABLE notice ADD COLUMN send_mail BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE notice ADD COLUMN audience_kind VARCHAR(16) DEFAULT 'PICKED' NOT NULL;
ALTER TABLE notice ADD COLUMN audience_town_id BIGINT;
ALTER TABLE notice ADD COLUMN audience_department_id BIGINT;
ALTER TABLE notice ADD COLUMN audience_type_id BIGINT;
ALTER TABLE notice ADD COLUMN author_role VARCHAR(16);
ALTER TABLE notice ADD COLUMN author_town_id BIGINT;
ALTER TABLE notice ADD COLUMN author_department_id BIGINT;
ALTER TABLE notice ADD COLUMN author_name VARCHAR(200);
ALTER TABLE notice ADD COLUMN recipient_count INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE notice ADD COLUMN created_at TIMESTAMP;
CREATE INDEX notice_status_time ON notice (status, published_at);

-- The enterprises of a picked audience (resolved into receipts when the notice is published).
CREATE TABLE notice_pick (
    notice_id     BIGINT NOT NULL REFERENCES notice (id),
    enterprise_id BIGINT NOT NULL,
    PRIMARY KEY (notice_id, enterprise_id)
);

-- The enterprise's list (newest first, 未读 / 已读) and the officers' read rate.
CREATE INDEX notice_receipt_notice_read ON notice_receipt (notice_id, read_at);

-- 系统提醒: one cause gives one reminder. The cause key ("NOT_INSPECTED:2026-12", "OVERDUE:17:2")
-- is unique per enterprise, so a timer that fires twice, late or on two servers inserts nothing
-- the second time. Reminders sent on an officer's decision have no cause key (NULLs are not equal).
ALTER TABLE reminder ADD COLUMN cause_key VARCHAR(120);
ALTER TABLE reminder ADD COLUMN link VARCHAR(300);
ALTER TABLE reminder ADD CONSTRAINT reminder_once UNIQUE (enterprise_id, cause_key);
CREATE INDEX reminder_enterprise_time ON reminder (enterprise_id, created_at);
