-- The mail outbox: a business transaction writes its messages here; a timer sends what is due in
-- batches, retries a failure later (a growing back-off), and gives up after the configured number of
-- tries (FAILED, resent by ADMIN). A batch is claimed row by row with a conditional UPDATE, so that
-- two servers never send one message twice.
CREATE TABLE mail_message (
    id              BIGINT          NOT NULL PRIMARY KEY,
    recipient       VARCHAR(254)    NOT NULL,
    subject         VARCHAR(200)    NOT NULL,
    body_html       VARCHAR(24000)  NOT NULL,
    body_text       VARCHAR(24000)  NOT NULL,
    status          VARCHAR(16)     NOT NULL,
    attempts        INTEGER         NOT NULL,
    next_attempt_at TIMESTAMP       NOT NULL,
    claimed_until   TIMESTAMP,
    claimed_by      VARCHAR(40),
    last_error      VARCHAR(1000),
    created_at      TIMESTAMP       NOT NULL,
    sent_at         TIMESTAMP,
    version         BIGINT          NOT NULL
);
CREATE INDEX mail_message_due ON mail_message (status, next_attempt_at);
CREATE INDEX mail_message_created ON mail_message (created_at);
CREATE SEQUENCE mail_message_seq AS BIGINT START WITH 50 INCREMENT BY 50;
