-- The request journey (part C): people, employers, requests with both
-- parts, the history of every state change, and the mail outbox.
--
-- Codes (type, motive, regime, status) are those of fcgi/leave.h. Every
-- change of a request's status is one transaction that also writes its
-- request_event row.

CREATE TABLE person (
  niss CHAR(11) NOT NULL PRIMARY KEY,
  given_name VARCHAR(100) NULL,
  family_name VARCHAR(100) NULL,
  email VARCHAR(254) NULL,
  phone VARCHAR(32) NULL,
  lang CHAR(2) NOT NULL DEFAULT 'fr',
  postcode SMALLINT UNSIGNED NULL,
  payment VARCHAR(8) NULL,
  iban VARCHAR(34) NULL,
  bic VARCHAR(11) NULL,
  updated_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  CONSTRAINT ck_person_lang CHECK (lang IN ('fr', 'nl', 'de', 'en')),
  CONSTRAINT ck_person_payment CHECK (payment IS NULL OR payment IN ('account', 'cheque'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE employer (
  bce CHAR(10) NOT NULL PRIMARY KEY,
  onss VARCHAR(10) NULL,
  name VARCHAR(200) NOT NULL,
  street VARCHAR(200) NOT NULL,
  postcode VARCHAR(10) NOT NULL,
  city VARCHAR(100) NOT NULL,
  joint_committee VARCHAR(10) NULL,
  updated_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE request (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  ticket CHAR(12) NOT NULL,
  communication CHAR(17) NOT NULL,
  employer_bce CHAR(10) NOT NULL,
  worker_niss CHAR(11) NOT NULL,
  -- The kind of leave and its period.
  type VARCHAR(16) NOT NULL,
  motive VARCHAR(16) NOT NULL DEFAULT '',
  regime VARCHAR(4) NOT NULL,
  start_date DATE NOT NULL,
  end_date DATE NOT NULL,
  allowances TINYINT(1) NOT NULL,
  concerned_niss CHAR(11) NULL,
  handicapped_child TINYINT(1) NOT NULL DEFAULT 0,
  -- The employer's part, as filed (the employer table keeps the latest).
  employer_name VARCHAR(200) NOT NULL,
  employer_street VARCHAR(200) NOT NULL,
  employer_postcode VARCHAR(10) NOT NULL,
  employer_city VARCHAR(100) NOT NULL,
  employer_onss VARCHAR(10) NOT NULL,
  joint_committee VARCHAR(10) NOT NULL,
  work_percent TINYINT UNSIGNED NOT NULL,
  headcount INT UNSIGNED NOT NULL,
  -- The employer form's one-time token: a replayed creation finds its request.
  form_token CHAR(32) NOT NULL,
  created_by CHAR(11) NOT NULL,
  -- The worker's part (NULL until the worker saves it).
  career_years TINYINT UNSIGNED NULL,
  family_situation VARCHAR(12) NULL,
  payment VARCHAR(8) NULL,
  iban VARCHAR(34) NULL,
  bic VARCHAR(11) NULL,
  secondary_activity TINYINT(1) NULL,
  postcode SMALLINT UNSIGNED NULL,
  fiscal_consent TINYINT(1) NULL,
  -- Where it stands.
  status VARCHAR(10) NOT NULL,
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  confirmed_at DATETIME NULL,
  received_on DATE NULL,
  office_code CHAR(3) NULL,
  UNIQUE KEY uq_request_ticket (ticket),
  UNIQUE KEY uq_request_communication (communication),
  UNIQUE KEY uq_request_form_token (employer_bce, form_token),
  -- The worker's lists (Compléter une demande, Pièces jointes, Mon dossier).
  KEY ix_request_worker (worker_niss, status, start_date),
  -- The employer's overview (two years, newest first).
  KEY ix_request_employer (employer_bce, created_at),
  -- Counting the rights used per child / patient / person helped.
  KEY ix_request_usage (worker_niss, type, concerned_niss),
  CONSTRAINT fk_request_employer FOREIGN KEY (employer_bce) REFERENCES employer (bce),
  CONSTRAINT fk_request_worker FOREIGN KEY (worker_niss) REFERENCES person (niss),
  CONSTRAINT fk_request_office FOREIGN KEY (office_code) REFERENCES onem_office (code),
  CONSTRAINT ck_request_type CHECK (type IN ('time-credit', 'end-of-career', 'parental',
    'medical', 'medical-child', 'palliative', 'caregiver', 'public')),
  CONSTRAINT ck_request_motive CHECK (motive IN ('', 'child', 'palliative', 'medical',
    'handicap', 'training')),
  CONSTRAINT ck_request_regime CHECK (regime IN ('1/1', '1/2', '1/5', '1/10')),
  CONSTRAINT ck_request_status CHECK (status IN ('partial', 'annexes', 'sent', 'granted',
    'refused', 'cancelled', 'withdrawn')),
  CONSTRAINT ck_request_period CHECK (start_date <= end_date),
  CONSTRAINT ck_request_family CHECK (family_situation IS NULL OR
    family_situation IN ('cohabitant', 'isolated', 'head')),
  CONSTRAINT ck_request_payment CHECK (payment IS NULL OR payment IN ('account', 'cheque')),
  CONSTRAINT ck_request_sent CHECK (status IN ('partial', 'annexes', 'cancelled', 'withdrawn')
    OR (received_on IS NOT NULL AND office_code IS NOT NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Who changed what, when, and why; one row per change, never updated.
CREATE TABLE request_event (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  request_id BIGINT UNSIGNED NOT NULL,
  at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  actor_role VARCHAR(8) NOT NULL,
  actor_id VARCHAR(64) NOT NULL,
  from_status VARCHAR(10) NULL,
  to_status VARCHAR(10) NOT NULL,
  reason VARCHAR(32) NOT NULL,
  KEY ix_request_event_request (request_id, at),
  CONSTRAINT fk_request_event_request FOREIGN KEY (request_id) REFERENCES request (id),
  CONSTRAINT ck_request_event_role CHECK (actor_role IN ('worker', 'employer', 'agent', 'system'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Notices written in the transaction of the change they announce, sent
-- after the commit; a refused one is tried again later.
CREATE TABLE mail_outbox (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  recipient VARCHAR(254) NOT NULL,
  subject VARCHAR(200) NOT NULL,
  body TEXT NOT NULL,
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  attempts INT UNSIGNED NOT NULL DEFAULT 0,
  next_try DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  sent_at DATETIME NULL,
  KEY ix_mail_outbox_pending (sent_at, next_try)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
