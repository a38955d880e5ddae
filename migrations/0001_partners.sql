-- Partners: the treatment centers and directories that embed the checker.
-- A partner's site key is public (it ships in the embed snippet) and is bound to its origins.
CREATE TABLE partners (
  id               TEXT PRIMARY KEY,
  name             TEXT NOT NULL,
  site_key         TEXT NOT NULL UNIQUE CHECK (site_key LIKE 'pk\_%' ESCAPE '\'),
  -- JSON array of allowed origins; a trailing ":*" allows any port (local development).
  allowed_origins  TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(allowed_origins)),
  admissions_phone TEXT,
  created_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
