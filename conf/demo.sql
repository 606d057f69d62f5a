-- Demo data for ./dev up and the test stack: the people of conf/demo.ldif
-- (postal code of residence, so a sent request finds its ONEM office) and
-- the two enterprises jpeeters holds a mandate for. INSERT IGNORE: loading
-- it again keeps what users changed. Not loaded in production.
INSERT IGNORE INTO person (niss, given_name, family_name, email, phone, lang, postcode) VALUES
  ('85031412401', 'Marie', 'Dubois', 'marie.dubois@breakatwork.test', '+32470123456', 'fr', 1000),
  ('78110235737', 'Jan', 'Peeters', 'jan.peeters@breakatwork.test', '+32478654321', 'nl', 3000),
  ('02072108683', 'Lena', 'Schmitz', 'lena.schmitz@breakatwork.test', '+32471987654', 'de', 4700),
  ('90461503281', 'Giulia', 'Rossi', 'giulia.rossi@breakatwork.test', NULL, 'en', 4000);

INSERT IGNORE INTO employer (bce, onss, name, street, postcode, city, joint_committee) VALUES
  ('0412345614', '012345678', 'Boulangerie Peeters SRL', 'Rue de la Loi 16', '1000', 'Bruxelles', '118'),
  ('0876543270', '098765432', 'Peeters Logistics NV', 'Kolonel Begaultlaan 1', '3012', 'Leuven', '226');

-- A decided request of Jan Peeters with three months of allowances paid,
-- so "Consulter vos données de paiement" has something to show.
UPDATE person SET payment = 'account', iban = 'BE68539007547034'
  WHERE niss = '78110235737' AND payment IS NULL;
INSERT IGNORE INTO request (ticket, communication, employer_bce, worker_niss, type, motive,
  regime, start_date, end_date, allowances, employer_name, employer_street, employer_postcode,
  employer_city, employer_onss, joint_committee, work_percent, headcount, form_token,
  created_by, career_years, family_situation, payment, iban, secondary_activity, postcode,
  fiscal_consent, status, created_at, confirmed_at, received_on, office_code)
VALUES ('100000000063', '20260105-00000001', '0876543270', '78110235737', 'time-credit', 'child',
  '1/5', '2026-02-01', '2026-07-31', 1, 'Peeters Logistics NV', 'Kolonel Begaultlaan 1', '3012',
  'Leuven', '098765432', '226', 100, 40, 'demo-payments', '78110235737', 22, 'head', 'account',
  'BE68539007547034', 0, 3000, 1, 'granted', '2026-01-05 10:00:00', '2026-01-05 11:00:00',
  '2026-01-05', 'LEU');
INSERT IGNORE INTO payment (request_id, month, gross_cents, withholding_cents, net_cents, paid_on)
SELECT id, m, 17512, 1926, 15586, DATE_ADD(m, INTERVAL 1 MONTH) + INTERVAL 4 DAY
FROM request JOIN (SELECT DATE('2026-02-01') AS m UNION SELECT DATE('2026-03-01')
  UNION SELECT DATE('2026-04-01')) months
WHERE ticket = '100000000063';
