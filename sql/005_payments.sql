-- Allowances paid for a request (part E, "Consulter vos données de
-- paiement"): one row per request and month, amounts in cents.
CREATE TABLE payment (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  request_id BIGINT UNSIGNED NOT NULL,
  month DATE NOT NULL,
  gross_cents INT UNSIGNED NOT NULL,
  withholding_cents INT UNSIGNED NOT NULL,
  net_cents INT UNSIGNED NOT NULL,
  paid_on DATE NOT NULL,
  UNIQUE KEY uq_payment_month (request_id, month),
  CONSTRAINT fk_payment_request FOREIGN KEY (request_id) REFERENCES request (id),
  CONSTRAINT ck_payment_net CHECK (net_cents + withholding_cents = gross_cents),
  CONSTRAINT ck_payment_month CHECK (DAYOFMONTH(month) = 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
