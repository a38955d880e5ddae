-- Local-only seed for `npm start` and the tests. Every key here is a public test value and must
-- never be used in a deployment (see README, "Local demo keys"; SECURITY.md).
--   demo:  site key pk_test_demo, staff key sk_test_demo, webhook secret whsec_test_demo
--   other: site key pk_test_other, staff key sk_test_other (a second tenant for isolation tests)
-- Staff keys are stored as HMAC-SHA256(HASH_KEY from local.env, "staff_key:" || key); webhook
-- secrets as AES-256-GCM (PHI_ENCRYPTION_KEY from local.env, aad "partner:<id>:webhook_secret").
-- Upserts (not INSERT OR REPLACE) so that re-seeding does not cascade-delete child rows.
INSERT INTO partners (id, name, site_key, allowed_origins, admissions_phone, programs, branding,
                      lead_webhook_url, webhook_secret_enc, exact_check_enabled, phi_retention_days,
                      turnstile_site_key)
VALUES (
  'demo',
  'Sunrise Recovery Center (demo)',
  'pk_test_demo',
  '["http://127.0.0.1:*","http://localhost:*"]',
  '+18005550100',
  '["substance_use","mental_health"]',
  '{"colors":{"accent":"#0a6b5d"},"logoUrl":null}',
  NULL,
  'v1.049iq4LmmlBfyFd1.wMxIj9ZgW9yR-CXEhfmGlkhE6AGiI3Kq0gcud3ORSA',
  1,
  30,
  -- Cloudflare's documented always-passes visible test site key.
  '1x00000000000000000000AA'
), (
  'other',
  'Other Treatment Partner (test tenant)',
  'pk_test_other',
  '["https://other.example"]',
  '+18005550199',
  '["substance_use"]',
  '{}',
  NULL,
  'v1.tf3q4UkygJ0_3z27.vQkGrMgsyT07tz35FRow5LndSZC5FlXRZS5UISDCjm0',
  0,
  30,
  NULL
)
ON CONFLICT (id) DO UPDATE SET
  name = excluded.name, site_key = excluded.site_key, allowed_origins = excluded.allowed_origins,
  admissions_phone = excluded.admissions_phone, programs = excluded.programs,
  branding = excluded.branding, lead_webhook_url = excluded.lead_webhook_url,
  webhook_secret_enc = excluded.webhook_secret_enc, exact_check_enabled = excluded.exact_check_enabled,
  phi_retention_days = excluded.phi_retention_days, turnstile_site_key = excluded.turnstile_site_key;

-- The demo partner is in network with Aetna ($350/day for SUD IOP) and Cigna.
INSERT OR REPLACE INTO partner_contracts (partner_id, payer_id, network, sud_allowed_per_day, mh_allowed_per_day)
VALUES ('demo', 'aetna', 'in', 35000, NULL),
       ('demo', 'cigna', 'in', 32000, 30000);

INSERT OR REPLACE INTO staff_keys (id, partner_id, key_hash, label)
VALUES ('key_demo_local', 'demo', 'a5bb00d684d8488f57c738b14024134c1441ef380e5e42eb4416a7af60662814', 'Local demo key'),
       ('key_other_local', 'other', '8932f4f0e7cbf33966223f9b000b54dfee780f3501211902d47246667eba0b04', 'Local test key');
