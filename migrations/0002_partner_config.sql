-- Partner configuration (#7): what a partner offers and how its widget looks, where its leads go,
-- whether visitors may run the exact (270/271) check, how long PHI is kept; its in-network
-- contracts; and staff access (secret keys and console sessions), stored hashed.

-- JSON array of program ids offered: "substance_use", "mental_health".
ALTER TABLE partners ADD COLUMN programs TEXT NOT NULL DEFAULT '["substance_use","mental_health"]'
  CHECK (json_valid(programs) AND json_type(programs) = 'array');
-- JSON object: {"colors": {"accent": "#0a6b5d", ...}, "logoUrl": "https://…"}.
ALTER TABLE partners ADD COLUMN branding TEXT NOT NULL DEFAULT '{}'
  CHECK (json_valid(branding) AND json_type(branding) = 'object');
-- Where leads are delivered (HTTPS; plain HTTP only to loopback for local development).
ALTER TABLE partners ADD COLUMN lead_webhook_url TEXT;
-- The webhook signing secret, sealed with AES-256-GCM (worker/adapters/crypto.ts, key
-- PHI_ENCRYPTION_KEY, aad "partner:<id>:webhook_secret"). Never stored or returned in clear.
ALTER TABLE partners ADD COLUMN webhook_secret_enc TEXT;
ALTER TABLE partners ADD COLUMN exact_check_enabled INTEGER NOT NULL DEFAULT 0
  CHECK (exact_check_enabled IN (0, 1));
ALTER TABLE partners ADD COLUMN phi_retention_days INTEGER NOT NULL DEFAULT 30
  CHECK (phi_retention_days BETWEEN 1 AND 90);
-- Public Turnstile site key the widget renders with (the secret is a Worker secret).
ALTER TABLE partners ADD COLUMN turnstile_site_key TEXT;
ALTER TABLE partners ADD COLUMN updated_at TEXT;

-- In-network (or explicitly out-of-network) contracts by payer directory id, with per-diem
-- allowed amounts in cents per program: the `network` and `allowedPerDay` defaults of estimates.
CREATE TABLE partner_contracts (
  partner_id          TEXT NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
  payer_id            TEXT NOT NULL,
  network             TEXT NOT NULL DEFAULT 'in' CHECK (network IN ('in', 'out')),
  sud_allowed_per_day INTEGER CHECK (sud_allowed_per_day IS NULL OR sud_allowed_per_day >= 0),
  mh_allowed_per_day  INTEGER CHECK (mh_allowed_per_day IS NULL OR mh_allowed_per_day >= 0),
  updated_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  PRIMARY KEY (partner_id, payer_id)
);

-- Secret staff API keys (`sk_…`). Only an HMAC-SHA256 of the key (HASH_KEY, "staff_key:" prefix)
-- is stored; the key itself is shown once, when it is created.
CREATE TABLE staff_keys (
  id           TEXT PRIMARY KEY,
  partner_id   TEXT NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
  key_hash     TEXT NOT NULL UNIQUE,
  label        TEXT NOT NULL,
  created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  last_used_at TEXT,
  revoked_at   TEXT
);
CREATE INDEX staff_keys_partner ON staff_keys (partner_id);

-- Console sessions opened with a staff key. Only an HMAC of the cookie token is stored; a
-- session dies with its key (revocation) or at expires_at.
CREATE TABLE staff_sessions (
  token_hash   TEXT PRIMARY KEY,
  partner_id   TEXT NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
  staff_key_id TEXT NOT NULL REFERENCES staff_keys (id) ON DELETE CASCADE,
  staff_label  TEXT NOT NULL,
  created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  expires_at   TEXT NOT NULL
);
CREATE INDEX staff_sessions_expiry ON staff_sessions (expires_at);
