/**
 * @module
 * A short per-isolate cache of partner lookups (by site key and by id), of partners' payer
 * contracts, and of the set of all registered origins (for CORS preflights), so that D1 stays
 * off the hot path of widget calls. Entries live 60 s. Unknown site keys are remembered in a
 * separate, bounded negative cache, so a flood of made-up keys can never evict a real partner
 * (on 0.1 they shared one 1,000-entry map); the per-IP limit on unrecognized credentials runs
 * before any D1 lookup of a key the positive cache does not hold (site-key.ts).
 * Staff credentials are cached by adapters/d1/staff.ts, with an epoch for prompt revocation.
 */
import { listContracts, type Contract } from '../adapters/d1/contracts'
import { findPartnerById, findPartnerBySiteKey, listAllOrigins, type Partner } from '../adapters/d1/partners'

export const PARTNER_CACHE_TTL_MS = 60_000
const MAX_ENTRIES = 5_000
const MAX_UNKNOWN = 1_000

type Entry<T> = { value: T; expires: number }
const bySiteKey = new Map<string, Entry<Partner>>()
const unknownSiteKeys = new Map<string, number>()
const byId = new Map<string, Entry<Partner | null>>()
const contractsByPartner = new Map<string, Entry<ReadonlyMap<string, Contract>>>()
let allOrigins: Entry<string[]> | undefined

function cached<T>(map: Map<string, Entry<T>>, key: string, now: number, load: () => Promise<T>): Promise<T> {
  const hit = map.get(key)
  if (hit && hit.expires > now) return Promise.resolve(hit.value)
  return load().then((value) => {
    if (map.size >= MAX_ENTRIES) map.delete(map.keys().next().value!)
    map.set(key, { value, expires: now + PARTNER_CACHE_TTL_MS })
    return value
  })
}

/**
 * The partner owning this site key, or null; at most 60 s stale. `beforeLookup` (the per-IP
 * limit) runs whenever the positive cache does not answer, also for a remembered unknown key.
 */
export async function partnerForSiteKey(
  db: D1Database,
  siteKey: string,
  now = Date.now(),
  beforeLookup: () => Promise<void> = async () => {},
): Promise<Partner | null> {
  const hit = bySiteKey.get(siteKey)
  if (hit && hit.expires > now) return hit.value
  await beforeLookup()
  if ((unknownSiteKeys.get(siteKey) ?? 0) > now) return null
  const partner = await findPartnerBySiteKey(db, siteKey)
  if (partner) {
    if (bySiteKey.size >= MAX_ENTRIES) bySiteKey.delete(bySiteKey.keys().next().value!)
    bySiteKey.set(siteKey, { value: partner, expires: now + PARTNER_CACHE_TTL_MS })
    unknownSiteKeys.delete(siteKey)
  } else {
    if (unknownSiteKeys.size >= MAX_UNKNOWN) unknownSiteKeys.delete(unknownSiteKeys.keys().next().value!)
    unknownSiteKeys.set(siteKey, now + PARTNER_CACHE_TTL_MS)
  }
  return partner
}

/**
 * The partner with this id (a staff credential's tenant), or null; at most 60 s stale. Only the
 * partner's configuration is cached: the staff credential itself is checked on every call.
 */
export function partnerById(db: D1Database, id: string, now = Date.now()): Promise<Partner | null> {
  return cached(byId, id, now, () => findPartnerById(db, id))
}

/**
 * The partner's contract with one payer (estimate defaults), or null; at most 60 s stale. A
 * partner's contracts are few, so they are loaded and cached together.
 */
export async function contractFor(db: D1Database, partnerId: string, payerId: string, now = Date.now()): Promise<Contract | null> {
  const contracts = await cached(contractsByPartner, partnerId, now, async () =>
    new Map((await listContracts(db, partnerId)).map((c) => [c.payerId, c])),
  )
  return contracts.get(payerId) ?? null
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
  unknownSiteKeys.clear()
  byId.clear()
  contractsByPartner.clear()
  allOrigins = undefined
}
