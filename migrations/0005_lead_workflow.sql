-- Admissions workflow on leads (issue 16): where each callback request stands and who owns it.
-- Neither column is PHI: the status is one of four words, the owner a staff member's label.
-- (The 0004_* migrations are the hardening branch's; this one adds columns and widens one CHECK.)

ALTER TABLE leads ADD COLUMN status TEXT NOT NULL DEFAULT 'new'
  CHECK (status IN ('new', 'contacted', 'admitted', 'not_admitted'));
ALTER TABLE leads ADD COLUMN owner TEXT;
ALTER TABLE leads ADD COLUMN status_updated_at TEXT;

-- A status change is audited as `lead.update`. SQLite cannot alter a CHECK constraint, so the
-- audit log (as 0004_audit_per_tenant.sql left it) is rebuilt with the wider list, keeping every
-- row and its per-partner id, and its index. (At merge: this list must also hold any action a
-- migration numbered before it allows.)
CREATE TABLE audit_log_v3 (
  partner_id  TEXT NOT NULL,
  id          INTEGER NOT NULL,
  at          TEXT NOT NULL,
  actor       TEXT NOT NULL,
  action      TEXT NOT NULL CHECK (action IN (
                'lead.create', 'lead.read', 'lead.list', 'lead.update',
                'vob.create', 'vob.read', 'vob.list', 'vob.delete', 'purge',
                'eligibility.check', 'audit.export')),
  subject_id  TEXT,
  subject_ids TEXT,
  member_hmac TEXT,
  request_id  TEXT,
  outcome     TEXT,
  PRIMARY KEY (partner_id, id)
) WITHOUT ROWID;
INSERT INTO audit_log_v3 (partner_id, id, at, actor, action, subject_id, subject_ids, member_hmac, request_id, outcome)
  SELECT partner_id, id, at, actor, action, subject_id, subject_ids, member_hmac, request_id, outcome FROM audit_log;
DROP TABLE audit_log;
ALTER TABLE audit_log_v3 RENAME TO audit_log;
CREATE INDEX audit_log_at ON audit_log (at);
