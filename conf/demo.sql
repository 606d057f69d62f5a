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
