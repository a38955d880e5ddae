-- Admissions workflow on leads (issue 16): where each callback request stands and who owns it.
-- Neither column is PHI: the status is one of four words, the owner a staff member's label.
-- (0004 is the hardening branch's; this one only adds columns and widens one CHECK.)

ALTER TABLE leads ADD COLUMN status TEXT NOT NULL DEFAULT 'new'
  CHECK (status IN ('new', 'contacted', 'admitted', 'not_admitted'));
ALTER TABLE leads ADD COLUMN owner TEXT;
ALTER TABLE leads ADD COLUMN status_updated_at TEXT;

-- A status change is audited as `lead.update`. SQLite cannot alter a CHECK constraint, so the
-- audit log is rebuilt with the wider list, keeping every row, its id and the index.
-- (At merge: this list must also hold any action a later-numbered or 0004 migration allows.)
CREATE TABLE audit_log_0005 (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  at          TEXT NOT NULL,
  partner_id  TEXT NOT NULL,
  actor       TEXT NOT NULL,
  action      TEXT NOT NULL CHECK (action IN (
                'lead.create', 'lead.read', 'lead.list', 'lead.update',
                'vob.create', 'vob.read', 'vob.list', 'vob.delete', 'purge')),
  subject_id  TEXT,
  member_hmac TEXT,
  request_id  TEXT
);
INSERT INTO audit_log_0005 (id, at, partner_id, actor, action, subject_id, member_hmac, request_id)
  SELECT id, at, partner_id, actor, action, subject_id, member_hmac, request_id FROM audit_log;
DROP TABLE audit_log;
ALTER TABLE audit_log_0005 RENAME TO audit_log;
CREATE INDEX audit_log_partner_at ON audit_log (partner_id, id DESC);
