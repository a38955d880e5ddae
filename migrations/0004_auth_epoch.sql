-- One counter that every credential revocation bumps (a staff key revoked, a session ended).
-- Isolates cache verified staff credentials for up to 30 s, but re-read this row at most every
-- 2 s and drop their whole cache when it moved: a revocation takes effect everywhere within 2 s
-- (at once in the isolate that made it) for one tiny D1 read per isolate per 2 s, instead of a
-- D1 read of the key on every staff call (worker/adapters/d1/staff.ts).
CREATE TABLE auth_epoch (
  id    INTEGER PRIMARY KEY CHECK (id = 1),
  epoch INTEGER NOT NULL
);
INSERT INTO auth_epoch (id, epoch) VALUES (1, 0);
