-- Attachments of 公告通知 (PDF, Office documents, images; checked by content). Kept in the database with
-- their notice (a notice goes to many enterprises and belongs to no enterprise's upload area). A file
-- uploaded while the notice is written has no notice yet; unattached files are removed after a day.
CREATE TABLE notice_attachment (
    id            BIGINT        NOT NULL PRIMARY KEY,
    notice_id     BIGINT        REFERENCES notice (id),
    uploader_id   BIGINT        NOT NULL,
    file_name     VARCHAR(120)  NOT NULL,
    format        VARCHAR(8)    NOT NULL,
    media_type    VARCHAR(100)  NOT NULL,
    byte_size     BIGINT        NOT NULL,
    uploaded_at   TIMESTAMP     NOT NULL,
    content       ${binary_type} NOT NULL
);
CREATE INDEX notice_attachment_notice ON notice_attachment (notice_id);
CREATE SEQUENCE notice_attachment_seq AS BIGINT START WITH 50 INCREMENT BY 50;
