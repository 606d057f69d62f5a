-- The ONEM office's side: a sent request is taken in hand ('processing',
-- "En traitement"), then decided — granted with allowances ('granted'),
-- granted without allowances ('unpaid'), or refused ('refused'). The
-- decision (the C62 of the paper procedure) is kept with its reason and
-- its PDF exactly as issued; one per request.
ALTER TABLE request DROP CONSTRAINT ck_request_status;
ALTER TABLE request ADD CONSTRAINT ck_request_status CHECK (status IN ('partial', 'annexes',
  'sent', 'processing', 'granted', 'unpaid', 'refused', 'cancelled', 'withdrawn'));
ALTER TABLE request ADD KEY ix_request_office (office_code, status, received_on);

CREATE TABLE decision (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  request_id BIGINT UNSIGNED NOT NULL,
  outcome VARCHAR(10) NOT NULL,
  reason TEXT NOT NULL,
  agent_uid VARCHAR(64) NOT NULL,
  office_code CHAR(3) NOT NULL,
  decided_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  lang CHAR(2) NOT NULL,
  pdf MEDIUMBLOB NOT NULL,
  UNIQUE KEY uq_decision_request (request_id),
  CONSTRAINT fk_decision_request FOREIGN KEY (request_id) REFERENCES request (id),
  CONSTRAINT ck_decision_outcome CHECK (outcome IN ('granted', 'unpaid', 'refused')),
  CONSTRAINT ck_decision_reason CHECK (outcome <> 'refused' OR CHAR_LENGTH(reason) > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
