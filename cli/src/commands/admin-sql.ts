/**
 * @module
 * The SQL that bootstraps a deployment's partners without hand-computed HMACs: the same rows the
 * Worker writes (worker/adapters/d1/partners.ts, staff.ts), with staff keys stored as the Worker
 * stores them, HMAC-SHA256(HASH_KEY, "staff_key:" + key) in hex. Pure apart from `randomBytes`.
 */
import { createHmac, randomBytes } from 'node:crypto'

/** A new secret: 24 random bytes, base64url (the site- and staff-key formats allow `[A-Za-z0-9_-]`). */
const token = (): string => randomBytes(24).toString('base64url')

export const newSiteKey = (): string => `pk_${token()}`
export const newStaffKey = (): { id: string; secret: string } => ({
  id: `key_${token().slice(0, 16)}`,
  secret: `sk_${token()}`,
})

/** What the Worker stores for a staff key (worker/adapters/d1/staff.ts `credentialHash`). */
export function staffKeyHash(hashKeyB64: string, secret: string): string {
  const key = Buffer.from(hashKeyB64, 'base64')
  if (key.length < 32) throw new Error('HASH_KEY must be at least 32 bytes, base64 (the Worker secret of that name)')
  return createHmac('sha256', key).update(`staff_key:${secret}`).digest('hex')
}

/** A SQL string literal. */
export const lit = (value: string): string => `'${value.replace(/'/g, "''")}'`

const PARTNER_ID = /^[a-z0-9][a-z0-9-]{1,62}$/

export function partnerId(value: string | undefined): string {
  if (!value || !PARTNER_ID.test(value)) {
    throw new Error('--partner/--id must be 2–63 lowercase letters, digits or "-" (e.g. sunrise-recovery)')
  }
  return value
}

/**
 * An origin as the Worker compares it (scheme://host[:port], no path): HTTPS, or HTTP only for
 * loopback during development, where a trailing `:*` allows any port.
 */
export function origin(value: string): string {
  const loopbackAnyPort = /^http:\/\/(127\.0\.0\.1|localhost):\*$/.exec(value)
  if (loopbackAnyPort) return value
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new Error(`--origin ${value}: not a URL (give https://checker.example.org)`)
  }
  const loopback = url.hostname === '127.0.0.1' || url.hostname === 'localhost'
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new Error(`--origin ${value}: must be https:// (plain http only for localhost)`)
  }
  if (url.pathname !== '/' || url.search || url.hash || url.username) {
    throw new Error(`--origin ${value}: an origin has no path, query or credentials (give ${url.origin})`)
  }
  return url.origin
}

export type StaffKeyGrant = { id: string; secret: string; sql: string }

export function insertStaffKey(hashKey: string, partner: string, label: string): StaffKeyGrant {
  const { id, secret } = newStaffKey()
  const sql =
    'INSERT INTO staff_keys (id, partner_id, key_hash, label) VALUES ' +
    `(${lit(id)}, ${lit(partner)}, ${lit(staffKeyHash(hashKey, secret))}, ${lit(label)});`
  return { id, secret, sql }
}

export const insertPartner = (p: { id: string; name: string; siteKey: string; origins: string[]; admissionsPhone?: string }): string =>
  'INSERT INTO partners (id, name, site_key, allowed_origins, admissions_phone) VALUES ' +
  `(${lit(p.id)}, ${lit(p.name)}, ${lit(p.siteKey)}, ${lit(JSON.stringify(p.origins))}, ${p.admissionsPhone ? lit(p.admissionsPhone) : 'NULL'});`

export const setOrigins = (partner: string, origins: string[]): string =>
  `UPDATE partners SET allowed_origins = ${lit(JSON.stringify(origins))}, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ${lit(partner)};`

export const setSiteKey = (partner: string, siteKey: string): string =>
  `UPDATE partners SET site_key = ${lit(siteKey)}, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ${lit(partner)};`

/**
 * Revokes a staff key and moves the revocation epoch (migration 0004), so every isolate drops the
 * credentials it verified and cached (worker/adapters/d1/staff.ts) on its next epoch read.
 */
export const revokeStaffKey = (partner: string, keyId: string): string =>
  `UPDATE staff_keys SET revoked_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ${lit(keyId)} AND partner_id = ${lit(partner)} AND revoked_at IS NULL;\n` +
  `UPDATE auth_epoch SET epoch = epoch + 1 WHERE id = 1;`
