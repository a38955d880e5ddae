// The exact check's own guard chain (as its declaration in worker/routes/eligibility.ts mounts it:
// site key or staff, the partner's exact-check switch, abuse limits, Turnstile, JSON, the
// member-ID limit, validation) on workerd, through the guard harness Worker (test/guards/),
// which mounts the declaration with a stand-in handler. The harness verifies Turnstile with a production-like secret of the fake Siteverify:
// tokens `fake.<hostname>.<nonce>` are valid once, for that hostname. Its limits
// (test/guards/wrangler.toml): 8 per IP, 40 per site key, 3 per member ID, per 60 s.
// Starts first: a limit test may wait up to 15 s for a fresh rate-limit window.
import { describe, expect, it } from 'vitest'
import { DEMO, LIMITS, OTHER, freshLimiterWindow, guardsApi, uniqueIp } from '../support/tenants'
import { expectProblem } from '../support/worker'

let nonce = 0
const token = (hostname: string) => `fake.${hostname}.${process.pid}-${Date.now()}-${nonce++}`

type Call = { siteKey?: string; origin?: string; turnstile?: string; ip?: string; memberId?: string; staffKey?: string }

function exactCheck(call: Call): Promise<Response> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json', 'CF-Connecting-IP': call.ip ?? uniqueIp() }
  if (call.siteKey) headers['X-Site-Key'] = call.siteKey
  if (call.origin) headers.Origin = call.origin
  if (call.turnstile) headers['X-Turnstile-Token'] = call.turnstile
  if (call.staffKey) headers.Authorization = `Bearer ${call.staffKey}`
  return guardsApi('/exact-check', {
    method: 'POST',
    headers,
    body: JSON.stringify({
      payer: 'aetna',
      memberId: call.memberId ?? `M${nonce++}X${process.pid}`,
      firstName: 'Jane',
      lastName: 'Doe',
      dateOfBirth: '1985-02-14',
    }),
  })
}

/** Runs `run` in one limiter window and checks the statuses it saw. */
async function inOneWindow(run: () => Promise<number[]>, expected: number[]): Promise<void> {
  await freshLimiterWindow()
  expect(await run()).toEqual(expected)
}

describe('requireTurnstile', () => {
  it('lets a visitor through with a fresh token solved on the partner host', async () => {
    const res = await exactCheck({ siteKey: DEMO.siteKey, origin: DEMO.origin, turnstile: token('127.0.0.1') })
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ partner: 'demo', staff: null })
  })

  it('refuses a missing token', async () => {
    const problem = await expectProblem(await exactCheck({ siteKey: DEMO.siteKey, origin: DEMO.origin }), 403)
    expect(problem.code).toBe('turnstile_required')
  })

  it('refuses a replayed token (single use)', async () => {
    const t = token('127.0.0.1')
    expect((await exactCheck({ siteKey: DEMO.siteKey, turnstile: t })).status).toBe(200)
    const problem = await expectProblem(await exactCheck({ siteKey: DEMO.siteKey, turnstile: t }), 403)
    expect(problem.code).toBe('turnstile_expired')
  })

  it('refuses a token solved on a host the partner did not register', async () => {
    // The demo partner registered 127.0.0.1 and localhost; the harness itself is on 127.0.0.1.
    const problem = await expectProblem(await exactCheck({ siteKey: DEMO.siteKey, turnstile: token('evil.example') }), 403)
    expect(problem.code).toBe('turnstile_failed')
  })

  it('refuses a forged token', async () => {
    const problem = await expectProblem(await exactCheck({ siteKey: DEMO.siteKey, turnstile: 'XXXX.DUMMY.TOKEN.XXXX' }), 403)
    expect(problem.code).toBe('turnstile_failed')
  })

  it('is skipped for authenticated staff, and a wrong staff key is refused before it', async () => {
    const res = await exactCheck({ staffKey: DEMO.staffKey })
    expect(await res.json()).toEqual({ partner: 'demo', staff: 'key' })
    expect((await expectProblem(await exactCheck({ staffKey: 'sk_not_a_key', siteKey: DEMO.siteKey }), 401)).code).toBe('unauthorized')
  })

  it('runs after the site-key check: wrong origins never reach Siteverify', async () => {
    const res = await exactCheck({ siteKey: DEMO.siteKey, origin: OTHER.origin, turnstile: token('127.0.0.1') })
    expect((await expectProblem(res, 403)).code).toBe('origin_not_allowed')
  })
})

describe('requireExactCheckEnabled', () => {
  const gated = (headers: Record<string, string>) => guardsApi('/exact-check-gated', { method: 'POST', headers })

  it('lets visitors of a partner that enabled the exact check through', async () => {
    expect((await gated({ 'X-Site-Key': DEMO.siteKey, Origin: DEMO.origin })).status).toBe(200)
  })

  it("refuses visitors of a partner that did not enable it, but not the partner's staff", async () => {
    const problem = await expectProblem(await gated({ 'X-Site-Key': OTHER.siteKey, Origin: OTHER.origin }), 403)
    expect(problem.code).toBe('exact_check_disabled')
    expect(await (await gated({ Authorization: `Bearer ${OTHER.staffKey}` })).json()).toEqual({ partner: 'other' })
  })
})

describe('abuse limits', () => {
  it('per member ID: the 4th check of one member within a minute is refused, however it is typed', async () => {
    await inOneWindow(async () => {
      const memberId = `ZQ${process.pid}${Date.now()}`
      const spellings = [memberId, memberId.toLowerCase(), `${memberId.slice(0, 4)}-${memberId.slice(4)}`, ` ${memberId} `]
      const statuses: number[] = []
      for (const spelling of spellings) {
        statuses.push((await exactCheck({ siteKey: DEMO.siteKey, turnstile: token('127.0.0.1'), memberId: spelling })).status)
      }
      return statuses
    }, [200, 200, 200, 429])
  })

  it('per member ID applies to staff too', async () => {
    await inOneWindow(async () => {
      const memberId = `ZS${process.pid}${Date.now()}`
      const statuses: number[] = []
      for (let i = 0; i < 4; i++) statuses.push((await exactCheck({ staffKey: DEMO.staffKey, memberId })).status)
      return statuses
    }, [200, 200, 200, 429])
  })

  it('per IP: the 9th call from one address within a minute gets 429 problem+json with Retry-After', async () => {
    await inOneWindow(async () => {
      const ip = uniqueIp()
      const statuses: number[] = []
      for (let i = 0; i < 9; i++) {
        const res = await exactCheck({ siteKey: DEMO.siteKey, turnstile: token('127.0.0.1'), ip })
        statuses.push(res.status)
        if (res.status === 429) {
          expect(res.headers.get('retry-after')).toBe('60')
          const problem = await expectProblem(res, 429)
          expect(problem).toMatchObject({ code: 'rate_limited', retryable: true })
        }
      }
      return statuses
    }, [...Array(8).fill(200), 429])
  })

  // The only test using this tenant (it offers the exact check): it spends its budget for the minute.
  it('per site key: the 41st call for one partner within a minute is refused, from any IP', async () => {
    await inOneWindow(async () => {
      const statuses: number[] = []
      for (let i = 0; i < 41; i++) {
        statuses.push((await exactCheck({ siteKey: LIMITS.siteKey, turnstile: token('limits.example') })).status)
      }
      return statuses
    }, [...Array(40).fill(200), 429])
  })
})
