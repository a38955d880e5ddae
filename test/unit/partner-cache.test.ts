// Issue 13, finding 6: unknown site keys must not evict real partners from the per-isolate
// cache (on 0.1 they shared one 1,000-entry map), and every key the positive cache does not
// answer goes through the caller's per-IP limit before D1 is asked.
import { describe, expect, it } from 'vitest'
import { partnerForSiteKey, invalidatePartnerCache } from '../../worker/http/partner-cache'

/** A D1 stand-in that answers the site-key query for one partner and counts the queries. */
function fakeDb(knownKey: string) {
  const counts = { queries: 0 }
  const row = {
    id: 'p1', name: 'P', site_key: knownKey, allowed_origins: '[]', admissions_phone: null, programs: '["substance_use"]',
    branding: '{}', lead_webhook_url: null, webhook_secret_enc: null, exact_check_enabled: 0, phi_retention_days: 30,
    turnstile_site_key: null, created_at: '2026-01-01T00:00:00.000Z', updated_at: '2026-01-01T00:00:00.000Z',
  }
  const db = {
    prepare: () => ({
      bind: (key: string) => ({
        first: async () => {
          counts.queries++
          return key === knownKey ? row : null
        },
      }),
    }),
  } as unknown as D1Database
  return { db, counts }
}

describe('partnerForSiteKey', () => {
  it('5,000 unknown keys do not evict a real partner, and each unknown key passes the limiter first', async () => {
    invalidatePartnerCache()
    const { db, counts } = fakeDb('pk_real')
    const now = 1_000_000
    let limited = 0
    const limiter = async () => void limited++
    expect((await partnerForSiteKey(db, 'pk_real', now, limiter))?.id).toBe('p1')
    for (let i = 0; i < 5_000; i++) expect(await partnerForSiteKey(db, `pk_fake_${i}`, now, limiter)).toBeNull()
    expect(limited).toBe(5_001)
    const before = counts.queries
    expect((await partnerForSiteKey(db, 'pk_real', now + 1, limiter))?.id).toBe('p1')
    expect(counts.queries).toBe(before) // still cached: no D1 read
    expect(limited).toBe(5_001) // and not counted against the IP
  })

  it('a remembered unknown key is not looked up again, but still counts against the limiter', async () => {
    invalidatePartnerCache()
    const { db, counts } = fakeDb('pk_real')
    let limited = 0
    const limiter = async () => void limited++
    await partnerForSiteKey(db, 'pk_guess', 0, limiter)
    await partnerForSiteKey(db, 'pk_guess', 1, limiter)
    expect(counts.queries).toBe(1)
    expect(limited).toBe(2)
  })

  it('a limiter that refuses stops the lookup', async () => {
    invalidatePartnerCache()
    const { db, counts } = fakeDb('pk_real')
    await expect(partnerForSiteKey(db, 'pk_guess', 0, async () => Promise.reject(new Error('429')))).rejects.toThrow('429')
    expect(counts.queries).toBe(0)
  })
})
