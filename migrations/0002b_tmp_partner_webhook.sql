-- TEMPORARY (branch `leads`): the lead deletes this file at merge when the partners migration
-- 0002 provides the same columns and the real staff keys. Nothing else depends on its name.
--
-- 1. Partner webhook and retention columns, as assumed from 0002 (partners engineer):
--    webhook_secret_enc = encryptString(PHI_ENCRYPTION_KEY, secret, 'partner:<id>:webhook').
ALTER TABLE partners ADD COLUMN webhook_url TEXT;
ALTER TABLE partners ADD COLUMN webhook_secret_enc TEXT;
ALTER TABLE partners ADD COLUMN phi_retention_days INTEGER NOT NULL DEFAULT 30
  CHECK (phi_retention_days BETWEEN 1 AND 3650);

-- 2. DEV-ONLY staff keys for `worker/http/middleware/dev-tenant.ts`: the SHA-256 (hex) of a secret
--    key and the partner it belongs to. Replaced by the partners engineer's staff keys/sessions.
CREATE TABLE tmp_dev_staff_keys (
  key_sha256 TEXT PRIMARY KEY CHECK (length(key_sha256) = 64),
  partner_id TEXT NOT NULL,
  label      TEXT NOT NULL
);
-- sha256('sk_test_demo'): the documented local-only demo staff key (DESIGN.md §4).
INSERT INTO tmp_dev_staff_keys (key_sha256, partner_id, label)
VALUES ('5d48f1024f38b44ad9ddc03dc12b2a8287c7ec690065dcef384cb1fd1753626d', 'demo', 'demo-admissions');
