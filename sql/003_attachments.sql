-- Attachments (part D): the documents of a request, stored with their
-- size and SHA-256 in the transaction of their event. The content is
-- kept as uploaded (PDF or JPEG, decided by the content); the name is for
-- display only.
CREATE TABLE attachment (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  request_id BIGINT UNSIGNED NOT NULL,
  doc_code VARCHAR(32) NOT NULL,
  filename VARCHAR(120) NOT NULL,
  content_type VARCHAR(32) NOT NULL,
  size INT UNSIGNED NOT NULL,
  sha256 CHAR(64) NOT NULL,
  content MEDIUMBLOB NOT NULL,
  added_by_role VARCHAR(8) NOT NULL,
  added_by CHAR(11) NOT NULL,
  added_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  KEY ix_attachment_request (request_id, doc_code),
  CONSTRAINT fk_attachment_request FOREIGN KEY (request_id) REFERENCES request (id),
  CONSTRAINT ck_attachment_type CHECK (content_type IN ('application/pdf', 'image/jpeg')),
  CONSTRAINT ck_attachment_size CHECK (size BETWEEN 1 AND 2097152),
  CONSTRAINT ck_attachment_role CHECK (added_by_role IN ('worker', 'employer'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
