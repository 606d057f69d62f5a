-- ONEM offices and the postal codes of residence each one serves. A sent
-- request goes to the office of the worker's postal code (part C); the
-- public contact page lists them.
CREATE TABLE onem_office (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  code CHAR(3) NOT NULL,
  name_fr VARCHAR(64) NOT NULL,
  name_nl VARCHAR(64) NOT NULL,
  name_de VARCHAR(64) NOT NULL,
  UNIQUE KEY uq_onem_office_code (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE onem_office_postcode (
  office_id INT UNSIGNED NOT NULL,
  postcode_from SMALLINT UNSIGNED NOT NULL,
  postcode_to SMALLINT UNSIGNED NOT NULL,
  PRIMARY KEY (postcode_from),
  KEY ix_onem_office_postcode_office (office_id),
  CONSTRAINT fk_onem_office_postcode_office FOREIGN KEY (office_id) REFERENCES onem_office (id),
  CONSTRAINT ck_onem_office_postcode_range CHECK (postcode_from <= postcode_to)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO onem_office (code, name_fr, name_nl, name_de) VALUES
  ('BXL', 'Bruxelles', 'Brussel', 'Brüssel'),
  ('NIV', 'Nivelles', 'Nijvel', 'Nivelles'),
  ('VIL', 'Vilvorde', 'Vilvoorde', 'Vilvoorde'),
  ('LEU', 'Louvain', 'Leuven', 'Löwen'),
  ('ANT', 'Anvers', 'Antwerpen', 'Antwerpen'),
  ('HAS', 'Hasselt', 'Hasselt', 'Hasselt'),
  ('LIE', 'Liège', 'Luik', 'Lüttich'),
  ('EUP', 'Eupen', 'Eupen', 'Eupen'),
  ('NAM', 'Namur', 'Namen', 'Namur'),
  ('CHA', 'Charleroi', 'Charleroi', 'Charleroi'),
  ('ARL', 'Arlon', 'Aarlen', 'Arel'),
  ('MON', 'Mons', 'Bergen', 'Bergen'),
  ('BRU', 'Bruges', 'Brugge', 'Brügge'),
  ('GEN', 'Gand', 'Gent', 'Gent');

INSERT INTO onem_office_postcode (office_id, postcode_from, postcode_to)
SELECT id, f, t FROM onem_office JOIN (
            SELECT 'BXL' AS c, 1000 AS f, 1299 AS t
  UNION ALL SELECT 'NIV', 1300, 1499
  UNION ALL SELECT 'VIL', 1500, 1999
  UNION ALL SELECT 'ANT', 2000, 2999
  UNION ALL SELECT 'LEU', 3000, 3499
  UNION ALL SELECT 'HAS', 3500, 3999
  UNION ALL SELECT 'LIE', 4000, 4699
  UNION ALL SELECT 'EUP', 4700, 4799
  UNION ALL SELECT 'LIE', 4800, 4999
  UNION ALL SELECT 'NAM', 5000, 5999
  UNION ALL SELECT 'CHA', 6000, 6599
  UNION ALL SELECT 'ARL', 6600, 6999
  UNION ALL SELECT 'MON', 7000, 7999
  UNION ALL SELECT 'BRU', 8000, 8999
  UNION ALL SELECT 'GEN', 9000, 9999
) AS ranges ON ranges.c = onem_office.code;
