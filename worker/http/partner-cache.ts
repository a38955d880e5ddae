/**
 * @module
 * A short per-isolate cache of partner lookups by site key, and of the set of all registered
 * origins (for CORS preflights), so that D1 stays off the hot path of widget calls. Entries live
 * 60 s; unknown keys are cached too (bounded), so a flood of made-up keys cannot flood D1.
 * Staff credentials are never cached: revoking a key takes effect at once.
 */
import { findPartnerBySiteKey, listAllOrigins, type Partner } from '../adapters/d1/partners'

export const PARTNER_CACHE_TTL_MS = 60_000
const MAX_ENTRIES = 1_000

type Entry<T> = { value: T; expires: number }
const bySiteKey = new Map<string, Entry<Partner | null>>()
let allOrigins: Entry<string[]> | undefined

/** The partner owning this site key, or null; at most 60 s stale. */
export async function partnerForSiteKey(db: D1Database, siteKey: string, now = Date.now()): Promise<Partner | null> {
  const hit = bySiteKey.get(siteKey)
  if (hit && hit.expires > now) return hit.value
  const value = await findPartnerBySiteKey(db, siteKey)
  if (bySiteKey.size >= MAX_ENTRIES) bySiteKey.delete(bySiteKey.keys().next().value!)
  bySiteKey.set(siteKey, { value, expires: now + PARTNER_CACHE_TTL_MS })
  return value
}

/** Every registered origin pattern of every partner; at most 60 s stale. */
export async function registeredOrigins(db: D1Database, now = Date.now()): Promise<string[]> {
  if (allOrigins && allOrigins.expires > now) return allOrigins.value
  const value = await listAllOrigins(db)
  allOrigins = { value, expires: now + PARTNER_CACHE_TTL_MS }
  return value
}

/** Drops everything cached (after a partner's configuration changed in this isolate). */
export function invalidatePartnerCache(): void {
  bySiteKey.clear()
  allOrigins = undefined
}
