-- PHI storage: leads (callback requests from the widget), their webhook outbox, saved
-- verifications of benefits (VOBs), and the audit log of every PHI read and write.
--
-- Every column whose name ends in `_enc` is AES-256-GCM ciphertext (`v1.<iv>.<data>`, see
-- worker/adapters/crypto.ts) whose additional data binds it to its table, row id and column,
-- so a value copied into another row or column does not decrypt. Everything else is non-PHI.
-- Timestamps are ISO 8601 UTC strings (`2026-11-23T10:00:00.000Z`), which sort as text.
-- partner_id is not a foreign key on purpose: the local seed re-inserts partners with
-- INSERT OR REPLACE on every `npm start`.

CREATE TABLE leads (
  id                   TEXT PRIMARY KEY,
  partner_id           TEXT NOT NULL,
  created_at           TEXT NOT NULL,
  consent_at           TEXT NOT NULL,
  consent_text_version TEXT NOT NULL,
  -- {name, phone, email, preferredTime, message}; aad `lead:<id>:contact`. NULL once purged.
  contact_enc          TEXT,
  -- Non-PHI context of the check that led to the request.
  payer_id             TEXT,
  state                TEXT,
  program              TEXT,
  coverage_status      TEXT,
  estimate_patient_pays INTEGER,
  delivery_status      TEXT NOT NULL
    CHECK (delivery_status IN ('pending', 'delivered', 'failed', 'no_webhook')),
  delivered_at         TEXT,
  purge_after          TEXT NOT NULL,
  purged_at            TEXT
);
CREATE INDEX leads_partner_created ON leads (partner_id, created_at DESC);
CREATE INDEX leads_purge ON leads (purge_after) WHERE purged_at IS NULL;

-- One row per lead to deliver. The body is the exact JSON sent (encrypted, aad
-- `outbox:<id>:body`); the id doubles as the X-IOP-Delivery-Id partners deduplicate on.
CREATE TABLE webhook_outbox (
  id              TEXT PRIMARY KEY,
  partner_id      TEXT NOT NULL,
  lead_id         TEXT NOT NULL REFERENCES leads (id) ON DELETE CASCADE,
  body_enc        TEXT,
  created_at      TEXT NOT NULL,
  attempts        INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT NOT NULL,
  -- A claimed row is skipped by other senders until this passes (crash-safe lease).
  locked_until    TEXT,
  -- HTTP status of the last attempt, or 0 for a network error or timeout.
  last_status     INTEGER,
  delivered_at    TEXT,
  gave_up_at      TEXT
);
CREATE INDEX webhook_outbox_due ON webhook_outbox (next_attempt_at)
  WHERE delivered_at IS NULL AND gave_up_at IS NULL;
CREATE INDEX webhook_outbox_lead ON webhook_outbox (lead_id);

-- Saved verifications of benefits, written by admissions staff.
CREATE TABLE vobs (
  id              TEXT PRIMARY KEY,
  partner_id      TEXT NOT NULL,
  created_by      TEXT NOT NULL,
  created_at      TEXT NOT NULL,
  -- Non-PHI summary for lists.
  payer_id        TEXT,
  payer_name      TEXT,
  program         TEXT,
  coverage_status TEXT,
  -- HMAC-SHA256(HASH_KEY, normalized member ID): finds earlier VOBs of a member, reveals nothing.
  member_hmac     TEXT,
  -- {name, dob, memberId}; aad `vob:<id>:patient`. NULL once purged.
  patient_enc     TEXT,
  -- {coverageCheck?, eligibility?, notes?}; aad `vob:<id>:result`. NULL once purged.
  result_enc      TEXT,
  purge_after     TEXT NOT NULL,
  purged_at       TEXT,
  deleted_at      TEXT
);
CREATE INDEX vobs_partner_created ON vobs (partner_id, created_at DESC);
CREATE INDEX vobs_purge ON vobs (purge_after) WHERE purged_at IS NULL;

-- Who did what to which PHI record, when. Never PHI itself: the actor is a staff label or a
-- system name, the subject an opaque id, and a member ID only ever appears as its HMAC.
CREATE TABLE audit_log (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  at          TEXT NOT NULL,
  partner_id  TEXT NOT NULL,
  actor       TEXT NOT NULL,
  action      TEXT NOT NULL CHECK (action IN (
                'lead.create', 'lead.read', 'lead.list',
                'vob.create', 'vob.read', 'vob.list', 'vob.delete', 'purge')),
  subject_id  TEXT,
  member_hmac TEXT,
  request_id  TEXT
);
CREATE INDEX audit_log_partner_at ON audit_log (partner_id, id DESC);
