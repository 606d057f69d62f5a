-- Attestations a worker asked for (part E, "Attestations"): the PDF
-- exactly as issued, and what the page and the public check page show.
-- kind 'periods': the granted periods within span_start..span_end;
-- kind 'rights': the remaining rights on the day it was issued, with the
-- periods that counted. The public check page shows the initials and the
-- periods, nothing else.
CREATE TABLE attestation (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  code CHAR(16) CHARACTER SET ascii NOT NULL,
  worker_niss CHAR(11) NOT NULL,
  kind VARCHAR(8) NOT NULL,
  span_start DATE NULL,
  span_end DATE NULL,
  initials VARCHAR(16) NOT NULL,
  lang CHAR(2) NOT NULL,
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  pdf MEDIUMBLOB NOT NULL,
  UNIQUE KEY uq_attestation_code (code),
  KEY ix_attestation_worker (worker_niss, created_at),
  CONSTRAINT fk_attestation_person FOREIGN KEY (worker_niss) REFERENCES person (niss),
  CONSTRAINT ck_attestation_kind CHECK (kind IN ('periods', 'rights')),
  CONSTRAINT ck_attestation_span CHECK (kind = 'rights' OR
    (span_start IS NOT NULL AND span_end IS NOT NULL AND span_start <= span_end)),
  CONSTRAINT ck_attestation_lang CHECK (lang IN ('fr', 'nl', 'de', 'en'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The periods an attestation names, in its order.
CREATE TABLE attestation_period (
  attestation_id BIGINT UNSIGNED NOT NULL,
  seq SMALLINT UNSIGNED NOT NULL,
  type VARCHAR(16) NOT NULL,
  motive VARCHAR(16) NOT NULL DEFAULT '',
  regime VARCHAR(4) NOT NULL,
  start_date DATE NOT NULL,
  end_date DATE NOT NULL,
  PRIMARY KEY (attestation_id, seq),
  CONSTRAINT fk_attestation_period FOREIGN KEY (attestation_id) REFERENCES attestation (id),
  CONSTRAINT ck_attestation_period CHECK (start_date <= end_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The balances an attestation of remaining rights gives, in its order
-- (the figures of rules_balances() on the day it was issued; the NISS of
-- the person concerned as shown, 85.03.14-124.01).
CREATE TABLE attestation_balance (
  attestation_id BIGINT UNSIGNED NOT NULL,
  seq SMALLINT UNSIGNED NOT NULL,
  type VARCHAR(16) NOT NULL,
  motive VARCHAR(16) NOT NULL DEFAULT '',
  concerned VARCHAR(15) NULL,
  regimes VARCHAR(24) NOT NULL,
  unit VARCHAR(8) NOT NULL,
  used INT NOT NULL,
  remaining INT NOT NULL,
  max INT NOT NULL,
  used_days INT NOT NULL DEFAULT 0,
  remaining_days INT NOT NULL DEFAULT 0,
  PRIMARY KEY (attestation_id, seq),
  CONSTRAINT fk_attestation_balance FOREIGN KEY (attestation_id) REFERENCES attestation (id),
  CONSTRAINT ck_attestation_balance_unit CHECK (unit IN ('months', 'days'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
