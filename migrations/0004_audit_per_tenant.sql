-- Audit log, per tenant (issue 13): ids count per partner, so an id never shows a tenant how many
-- accesses other tenants made (a global AUTOINCREMENT did). Also new: `eligibility.check` (the
-- exact 270/271 check, which reads PHI it is sent), `audit.export`, an `outcome` column (what the
-- access answered: a coverage status or a problem code, never PHI) and `subject_ids`, the ids a
-- list read showed as a JSON array, so a list is one row, not one per record.
-- SQLite cannot change a CHECK constraint, so the table is rebuilt and its rows renumbered.
CREATE TABLE audit_log_v2 (
  partner_id  TEXT NOT NULL,
  id          INTEGER NOT NULL,
  at          TEXT NOT NULL,
  actor       TEXT NOT NULL,
  action      TEXT NOT NULL CHECK (action IN (
                'lead.create', 'lead.read', 'lead.list',
                'vob.create', 'vob.read', 'vob.list', 'vob.delete', 'purge',
                'eligibility.check', 'audit.export')),
  subject_id  TEXT,
  subject_ids TEXT,
  member_hmac TEXT,
  request_id  TEXT,
  outcome     TEXT,
  PRIMARY KEY (partner_id, id)
) WITHOUT ROWID;

INSERT INTO audit_log_v2 (partner_id, id, at, actor, action, subject_id, member_hmac, request_id)
SELECT partner_id, ROW_NUMBER() OVER (PARTITION BY partner_id ORDER BY id), at, actor, action,
       subject_id, member_hmac, request_id
FROM audit_log;

DROP TABLE audit_log;
ALTER TABLE audit_log_v2 RENAME TO audit_log;
-- Retention purge deletes by age across tenants.
CREATE INDEX audit_log_at ON audit_log (at);
