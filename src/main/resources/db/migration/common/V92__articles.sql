-- 新闻动态, 政策法规, 标准规范, 常见问题 and 在线帮助, kept by ADMIN and DISTRICT officers and ordered by
-- their last update; a 政策法规 entry names its issuer, document number and date. Their attachments share
-- the notices' table (a file belongs to a notice or to an article).
ALTER TABLE article ADD COLUMN updated_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL;
ALTER TABLE article ADD COLUMN updated_by VARCHAR(200);
ALTER TABLE article ADD COLUMN issuer VARCHAR(100);
ALTER TABLE article ADD COLUMN document_number VARCHAR(100);
ALTER TABLE article ADD COLUMN issued_on DATE;
UPDATE article SET updated_at = published_at;
CREATE INDEX article_kind_updated ON article (kind, updated_at);

ALTER TABLE notice_attachment ADD COLUMN article_id BIGINT REFERENCES article (id);
CREATE INDEX notice_attachment_article ON notice_attachment (article_id);
