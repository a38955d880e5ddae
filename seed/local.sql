-- Local-only seed for `npm start` and the tests. These keys are public test values and must
-- never be used in a deployment (see README, "Local demo keys").
INSERT OR REPLACE INTO partners (id, name, site_key, allowed_origins, admissions_phone)
VALUES (
  'demo',
  'Sunrise Recovery Center (demo)',
  'pk_test_demo',
  '["http://127.0.0.1:*","http://localhost:*"]',
  '+18005550100'
);
