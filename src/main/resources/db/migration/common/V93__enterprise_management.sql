-- Enterprise management: an enterprise can be disabled (its account too), and whether its profile is
-- complete is kept as a column, so that the officers' list filters on it in the database.
ALTER TABLE enterprise ADD COLUMN active BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE enterprise ADD COLUMN profile_complete BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX enterprise_town_name ON enterprise (town_id, name);
CREATE INDEX enterprise_department_name ON enterprise (department_id, name);
CREATE INDEX enterprise_level ON enterprise (supervision_level_id);
CREATE INDEX enterprise_active ON enterprise (active, profile_complete);

-- A change of an account that must end its open sessions (disabled, password reset, role or scope
-- changed) raises its session epoch; a session started under an older epoch ends at its next request.
ALTER TABLE user_account ADD COLUMN session_epoch INTEGER DEFAULT 0 NOT NULL;
CREATE INDEX user_account_role ON user_account (role, active);
-- The list's 账号状态 filter: an EXISTS per enterprise, answered from the index alone.
CREATE INDEX user_account_enterprise_state ON user_account (enterprise_id, active, must_change_password);

-- The audit log: who did what, when, from where, on which record; written in the action's own
-- transaction; the application has no statement that updates or deletes a row of it.
CREATE TABLE audit_entry (
    id           BIGINT        NOT NULL PRIMARY KEY,
    occurred_at  TIMESTAMP     NOT NULL,
    username     VARCHAR(200),
    role         VARCHAR(16),
    client_ip    VARCHAR(64),
    action       VARCHAR(40)   NOT NULL,
    target_type  VARCHAR(40),
    target_id    BIGINT,
    target_name  VARCHAR(200),
    detail       VARCHAR(2000)
);
CREATE INDEX audit_entry_time ON audit_entry (occurred_at);
CREATE INDEX audit_entry_action ON audit_entry (action, occurred_at);
CREATE INDEX audit_entry_user ON audit_entry (username, occurred_at);
CREATE SEQUENCE audit_entry_seq AS BIGINT START WITH 50 INCREMENT BY 50;

-- Bulk enterprise imports (a Jakarta Batch job each): the file, who imported it, where the job
-- stands. "done_line" is the last data line whose chunk has committed, written in that chunk's
-- transaction: a continued job starts after it, whatever the batch repository remembers.
CREATE TABLE enterprise_import (
    id              BIGINT        NOT NULL PRIMARY KEY,
    file_name       VARCHAR(255)  NOT NULL,
    stored_path     VARCHAR(400),
    file_format     VARCHAR(8)    NOT NULL,
    charset_name    VARCHAR(16),
    header_cells    VARCHAR(2000)  NOT NULL,
    username        VARCHAR(200)  NOT NULL,
    role            VARCHAR(16)   NOT NULL,
    town_id         BIGINT,
    status          VARCHAR(16)   NOT NULL,
    execution_id    BIGINT,
    total_rows      INTEGER       NOT NULL,
    done_line       INTEGER       NOT NULL,
    created_count   INTEGER       NOT NULL,
    updated_count   INTEGER       NOT NULL,
    rejected_count  INTEGER       NOT NULL,
    read_count      INTEGER       NOT NULL,
    write_count     INTEGER       NOT NULL,
    skip_count      INTEGER       NOT NULL,
    failure         VARCHAR(1000),
    created_at      TIMESTAMP     NOT NULL,
    started_at      TIMESTAMP,
    heartbeat_at    TIMESTAMP,
    ended_at        TIMESTAMP,
    version         BIGINT        NOT NULL
);
CREATE INDEX enterprise_import_time ON enterprise_import (created_at);
CREATE INDEX enterprise_import_status ON enterprise_import (status);
CREATE SEQUENCE enterprise_import_seq AS BIGINT START WITH 50 INCREMENT BY 50;

-- A rejected row: its line, the column at fault, the reason and the original cells (tab-separated);
-- one per line, so that a replayed chunk records it once.
CREATE TABLE import_reject (
    id          BIGINT         NOT NULL PRIMARY KEY,
    import_id   BIGINT         NOT NULL REFERENCES enterprise_import (id),
    line_no     INTEGER        NOT NULL,
    column_name VARCHAR(40),
    reason      VARCHAR(500)   NOT NULL,
    cells       VARCHAR(4000)  NOT NULL,
    CONSTRAINT import_reject_once UNIQUE (import_id, line_no)
);
CREATE SEQUENCE import_reject_seq AS BIGINT START WITH 50 INCREMENT BY 50;

-- What the created or updated enterprises of an import were (line → enterprise), and, in the
-- generated-password mode, the one-time password of a new account until its first use (for the
-- 账号开通通知单); deleted when the password is changed or the import's retention ends.
CREATE TABLE import_outcome (
    import_id          BIGINT        NOT NULL REFERENCES enterprise_import (id),
    line_no            INTEGER       NOT NULL,
    enterprise_id      BIGINT        NOT NULL,
    created            BOOLEAN       NOT NULL,
    one_time_password  VARCHAR(40),
    PRIMARY KEY (import_id, line_no)
);
CREATE INDEX import_outcome_enterprise ON import_outcome (enterprise_id);
