/**
 * @module
 * Staff credentials in D1: secret API keys (`sk_…`) and console sessions. Neither is stored in
 * clear: a key or a session token is looked up by its HMAC-SHA256 under HASH_KEY, so a copy of
 * the database alone cannot be used to sign in. Keys are 256-bit random values, so a fast keyed
 * hash is enough (no password hashing needed).
 */
import { hmacHex } from '../crypto'

export type StaffKey = {
  id: string
  partnerId: string
  label: string
  createdAt: string
  lastUsedAt: string | null
  revokedAt: string | null
}

export type StaffSession = {
  partnerId: string
  staffKeyId: string
  staffLabel: string
  createdAt: string
  expiresAt: string
}

type StaffKeyRow = {
  id: string
  partner_id: string
  label: string
  created_at: string
  last_used_at: string | null
  revoked_at: string | null
}

const toStaffKey = (r: StaffKeyRow): StaffKey => ({
  id: r.id,
  partnerId: r.partner_id,
  label: r.label,
  createdAt: r.created_at,
  lastUsedAt: r.last_used_at,
  revokedAt: r.revoked_at,
})

/** Keyed hash of a staff key or a session token, with a purpose prefix so the two never mix. */
export const credentialHash = (hashKey: string, purpose: 'staff_key' | 'session', value: string) =>
  hmacHex(hashKey, `${purpose}:${value}`)

/** 32 random bytes as base64url: the secret part of staff keys and session tokens. */
export function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32))
  let bin = ''
  for (const b of bytes) bin += String.fromCharCode(b)
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

/*
 * Verified credentials are cached per isolate (by their keyed hash, never in clear) for 30 s, so
 * a busy staff integration does not read D1 for its key on every call. Revocation stays prompt:
 * every revoke and sign-out bumps `auth_epoch` (migration 0004) and clears this isolate's cache
 * at once; other isolates re-read the epoch at most every 2 s and drop everything when it moved.
 * Only verified credentials are cached: an unknown one is looked up again each time, behind the
 * per-IP limit on unrecognized credentials (rate-limit.ts), so guesses cannot evict real keys.
 */
const VERIFIED_TTL_MS = 30_000
const EPOCH_TTL_MS = 2_000
const MAX_VERIFIED = 5_000
type Verified = { value: StaffKey | StaffSession; expires: number }
const verified = new Map<string, Verified>()
/**
 * Credentials this isolate has verified before. When the epoch moves (any sign-out or revocation
 * anywhere), the cache above is dropped, but looking such a credential up again is a recheck, not
 * a guess: it is not counted against the per-IP limit, so a flood of guesses from an office's
 * address never locks out the office's real key. A recheck that finds nothing forgets it.
 */
const known = new Set<string>()
let epoch: { value: number; readAt: number } | undefined

async function epochIsCurrent(db: D1Database, now: number): Promise<void> {
  if (epoch && now - epoch.readAt < EPOCH_TTL_MS) return
  const row = await db.prepare('SELECT epoch FROM auth_epoch WHERE id = 1').first<{ epoch: number }>()
  const value = row?.epoch ?? 0
  if (!epoch || epoch.value !== value) verified.clear()
  epoch = { value, readAt: now }
}

function remember(hash: string, value: StaffKey | StaffSession, now: number): void {
  if (verified.size >= MAX_VERIFIED) verified.delete(verified.keys().next().value!)
  verified.set(hash, { value, expires: now + VERIFIED_TTL_MS })
  if (known.size >= MAX_VERIFIED) known.delete(known.values().next().value!)
  known.add(hash)
}

/** Forgets every cached credential of this isolate (after a revocation it made). */
export function forgetVerifiedCredentials(): void {
  // `known` stays: a revoked key's recheck finds nothing in D1 and is forgotten then.
  verified.clear()
  epoch = undefined
}

const bumpEpoch = (db: D1Database) => db.prepare('UPDATE auth_epoch SET epoch = epoch + 1 WHERE id = 1')

/**
 * What `beforeLookup` is for: the caller's per-IP limit on credentials no cache recognized,
 * run before D1 is asked (it throws the 429).
 */
export type BeforeLookup = () => Promise<void>

/** The active (not revoked) key with this secret, or null; `beforeLookup` runs unless the cache answers. */
export async function findActiveStaffKey(
  db: D1Database,
  hashKey: string,
  secret: string,
  beforeLookup: BeforeLookup = async () => {},
  now = Date.now(),
): Promise<StaffKey | null> {
  const hash = await credentialHash(hashKey, 'staff_key', secret)
  await epochIsCurrent(db, now)
  const hit = verified.get(`k:${hash}`)
  if (hit && hit.expires > now) return hit.value as StaffKey
  if (!known.has(`k:${hash}`)) await beforeLookup()
  const row = await db
    .prepare('SELECT * FROM staff_keys WHERE key_hash = ? AND revoked_at IS NULL')
    .bind(hash)
    .first<StaffKeyRow>()
  if (!row) {
    known.delete(`k:${hash}`)
    return null
  }
  const key = toStaffKey(row)
  remember(`k:${hash}`, key, now)
  return key
}

/** Records use of a key at most once a minute, so authentication does not write on every call. */
export async function touchStaffKey(db: D1Database, id: string, now: Date): Promise<void> {
  const minuteAgo = new Date(now.getTime() - 60_000).toISOString()
  await db
    .prepare('UPDATE staff_keys SET last_used_at = ? WHERE id = ? AND (last_used_at IS NULL OR last_used_at < ?)')
    .bind(now.toISOString(), id, minuteAgo)
    .run()
}

/** Creates a key for the partner; the returned `secret` exists only in this response. */
export async function createStaffKey(
  db: D1Database,
  hashKey: string,
  partnerId: string,
  label: string,
): Promise<{ key: StaffKey; secret: string }> {
  const secret = `sk_${randomToken()}`
  const id = `key_${randomToken().slice(0, 16)}`
  const hash = await credentialHash(hashKey, 'staff_key', secret)
  const row = await db
    .prepare('INSERT INTO staff_keys (id, partner_id, key_hash, label) VALUES (?, ?, ?, ?) RETURNING *')
    .bind(id, partnerId, hash, label)
    .first<StaffKeyRow>()
  return { key: toStaffKey(row!), secret }
}

export async function listStaffKeys(db: D1Database, partnerId: string): Promise<StaffKey[]> {
  const { results } = await db
    .prepare('SELECT * FROM staff_keys WHERE partner_id = ? ORDER BY created_at, id')
    .bind(partnerId)
    .all<StaffKeyRow>()
  return results.map(toStaffKey)
}

/**
 * Revokes one of the partner's keys and ends its sessions. Scoped by partner: another tenant's
 * key id is simply not found. Returns false when there is no such active key.
 */
export async function revokeStaffKey(db: D1Database, partnerId: string, id: string, now: Date): Promise<boolean> {
  const [update] = await db.batch([
    db
      .prepare('UPDATE staff_keys SET revoked_at = ? WHERE id = ? AND partner_id = ? AND revoked_at IS NULL')
      .bind(now.toISOString(), id, partnerId),
    db.prepare('DELETE FROM staff_sessions WHERE staff_key_id = ? AND partner_id = ?').bind(id, partnerId),
    bumpEpoch(db),
  ])
  forgetVerifiedCredentials()
  return (update?.meta.changes ?? 0) > 0
}

/** Opens a session for a key; returns the cookie token (stored only as its hash). */
export async function createSession(
  db: D1Database,
  hashKey: string,
  key: StaffKey,
  expiresAt: Date,
): Promise<string> {
  const token = randomToken()
  await db
    .prepare('INSERT INTO staff_sessions (token_hash, partner_id, staff_key_id, staff_label, expires_at) VALUES (?, ?, ?, ?, ?)')
    .bind(await credentialHash(hashKey, 'session', token), key.partnerId, key.id, key.label, expiresAt.toISOString())
    .run()
  return token
}

/** The live session for a cookie token: not expired, and its key not revoked (cached like keys). */
export async function findLiveSession(
  db: D1Database,
  hashKey: string,
  token: string,
  now: Date,
  beforeLookup: BeforeLookup = async () => {},
): Promise<StaffSession | null> {
  const hash = await credentialHash(hashKey, 'session', token)
  await epochIsCurrent(db, now.getTime())
  const hit = verified.get(`s:${hash}`)
  if (hit && hit.expires > now.getTime()) {
    const session = hit.value as StaffSession
    if (session.expiresAt > now.toISOString()) return session
  }
  if (!known.has(`s:${hash}`)) await beforeLookup()
  const row = await db
    .prepare(
      `SELECT s.partner_id, s.staff_key_id, s.staff_label, s.created_at, s.expires_at
         FROM staff_sessions s JOIN staff_keys k ON k.id = s.staff_key_id
        WHERE s.token_hash = ? AND s.expires_at > ? AND k.revoked_at IS NULL`,
    )
    .bind(hash, now.toISOString())
    .first<{ partner_id: string; staff_key_id: string; staff_label: string; created_at: string; expires_at: string }>()
  if (!row) {
    known.delete(`s:${hash}`)
    return null
  }
  const session: StaffSession = {
    partnerId: row.partner_id,
    staffKeyId: row.staff_key_id,
    staffLabel: row.staff_label,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
  }
  remember(`s:${hash}`, session, now.getTime())
  return session
}

/** Ends a session (sign-out), everywhere: bumps the auth epoch so no isolate keeps it cached. */
export async function deleteSession(db: D1Database, hashKey: string, token: string): Promise<void> {
  await db.batch([
    db.prepare('DELETE FROM staff_sessions WHERE token_hash = ?').bind(await credentialHash(hashKey, 'session', token)),
    bumpEpoch(db),
  ])
  forgetVerifiedCredentials()
}

/** Removes expired sessions (called opportunistically; the purge Cron may call it too). */
export async function deleteExpiredSessions(db: D1Database, now: Date): Promise<void> {
  await db.prepare('DELETE FROM staff_sessions WHERE expires_at <= ?').bind(now.toISOString()).run()
}
