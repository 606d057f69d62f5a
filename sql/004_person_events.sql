-- Changes a person makes to their own data (part E, "Données de contact"),
-- one row per change, written in the change's transaction.
CREATE TABLE person_event (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  niss CHAR(11) NOT NULL,
  at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  what VARCHAR(32) NOT NULL,
  KEY ix_person_event_niss (niss, at),
  CONSTRAINT fk_person_event_person FOREIGN KEY (niss) REFERENCES person (niss)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
