// Issue 13, finding 6: on 0.1, 1,500 made-up site keys from one address were 1,500 × 401 and
// 1,500 D1 reads, the same for staff keys and session cookies. Now credentials that no cache
// recognizes count against a per-IP limit (RATE_LIMIT_AUTH, 60 a minute) before any lookup;
// known credentials answered from a cache are not counted, so a flood does not lock real staff out.
// Starts first: a limit test may wait up to 15 s for a fresh rate-limit window.
import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { DEMO, freshLimiterWindow, staff, uniqueIp } from '../support/tenants'
import { api, expectProblem } from '../support/worker'

const LIMIT = 60 // wrangler.toml RATE_LIMIT_AUTH
const token = () => randomBytes(32).toString('base64url')

/** Sends `n` requests one by one from `ip`; returns the statuses in order. */
async function flood(n: number, ip: string, headers: () => Record<string, string>, path = '/v1/site-config') {
  const statuses: number[] = []
  for (let i = 0; i < n; i++) {
    const res = await api(path, { headers: { ...headers(), 'CF-Connecting-IP': ip } })
    await res.body?.cancel()
    statuses.push(res.status)
  }
  return statuses
}

/** Up to the limit every guess is a 401; after it, every one is a 429 (none looked up). */
function expectLimited(statuses: number[]) {
  const firstLimited = statuses.indexOf(429)
  expect(firstLimited).toBeGreaterThan(0)
  expect(firstLimited).toBeLessThanOrEqual(LIMIT)
  expect(statuses.slice(0, firstLimited).every((s) => s === 401)).toBe(true)
  expect(statuses.slice(firstLimited).every((s) => s === 429)).toBe(true)
}

describe('per-IP limit on unrecognized credentials', () => {
  it('made-up site keys: 401 up to the limit, then 429 with Retry-After', { timeout: 60_000 }, async () => {
    await freshLimiterWindow()
    const ip = uniqueIp()
    expectLimited(await flood(LIMIT + 10, ip, () => ({ 'X-Site-Key': `pk_${token()}` })))
    const res = await api('/v1/site-config', { headers: { 'X-Site-Key': `pk_${token()}`, 'CF-Connecting-IP': ip } })
    const problem = await expectProblem(res, 429)
    expect(problem.code).toBe('rate_limited')
    expect(res.headers.get('Retry-After')).toBe('60')
  })

  it('random staff keys and session cookies count the same way', { timeout: 60_000 }, async () => {
    await freshLimiterWindow()
    expectLimited(await flood(LIMIT + 5, uniqueIp(), () => staff(`sk_${token()}`), '/v1/leads'))
    expectLimited(await flood(LIMIT + 5, uniqueIp(), () => ({ Cookie: `__Host-iop_staff=${token()}` }), '/v1/leads'))
  })

  it('a flood from one address does not lock out a known staff key or another address', { timeout: 60_000 }, async () => {
    await freshLimiterWindow()
    const ip = uniqueIp()
    expect((await api('/v1/audit?limit=1', { headers: { ...staff(DEMO.staffKey), 'CF-Connecting-IP': ip } })).status).toBe(200)
    expect((await flood(LIMIT + 5, ip, () => staff(`sk_${token()}`), '/v1/leads')).at(-1)).toBe(429)
    // The verified key is answered from the isolate's cache: not counted, not refused.
    expect((await api('/v1/audit?limit=1', { headers: { ...staff(DEMO.staffKey), 'CF-Connecting-IP': ip } })).status).toBe(200)
    // The limit is per address: the real site key works from elsewhere.
    expect((await api('/v1/site-config', { headers: { 'X-Site-Key': DEMO.siteKey, 'CF-Connecting-IP': uniqueIp() } })).status).toBe(200)
  })

  it('a sign-out elsewhere (the revocation epoch moves) still does not lock a known key out of a flooded address', { timeout: 60_000 }, async () => {
    await freshLimiterWindow()
    const ip = uniqueIp()
    expect((await api('/v1/audit?limit=1', { headers: { ...staff(DEMO.staffKey), 'CF-Connecting-IP': ip } })).status).toBe(200)
    expect((await flood(LIMIT + 5, ip, () => staff(`sk_${token()}`), '/v1/leads')).at(-1)).toBe(429)
    // Someone signs in and out from another address: the epoch moves and every isolate drops its
    // cache of verified credentials on its next epoch read (at most 2 s later).
    const signIn = await api('/v1/staff/sessions', { method: 'POST', headers: { ...staff(DEMO.staffKey), 'CF-Connecting-IP': uniqueIp() } })
    expect(signIn.status).toBe(201)
    const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!
    const signOut = await api('/v1/staff/sessions', { method: 'DELETE', headers: { Cookie: cookie, 'CF-Connecting-IP': uniqueIp() } })
    expect(signOut.status).toBeLessThan(300)
    await new Promise((r) => setTimeout(r, 2_100))
    // The office's real key was verified before: looking it up again is a recheck, not a guess.
    expect((await api('/v1/audit?limit=1', { headers: { ...staff(DEMO.staffKey), 'CF-Connecting-IP': ip } })).status).toBe(200)
    // A guess from that address is still refused before any lookup.
    expect((await api('/v1/leads', { headers: { ...staff(`sk_${token()}`), 'CF-Connecting-IP': ip } })).status).toBe(429)
  })
})
