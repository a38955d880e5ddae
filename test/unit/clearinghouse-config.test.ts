// Choosing the vendor from the deployment's vars (or a partner's own account), and the problem
// each clearinghouse failure becomes.
import { describe, expect, it } from 'vitest'
import { transportProblem } from '../../worker/adapters/clearinghouse/call'
import { adapterFor, deploymentSettings, partnerSettings, timeoutOf } from '../../worker/adapters/clearinghouse/config'
import type { ClearinghouseError } from '../../worker/adapters/clearinghouse/types'

const vendorOf = (env: Record<string, string>) => {
  const r = adapterFor(deploymentSettings(env))
  return r.ok ? r.adapter.vendor : r.problem
}

describe('adapterFor (CLEARINGHOUSE_VENDOR and its settings)', () => {
  it('sandbox by default; no URL means not configured', () => {
    expect(vendorOf({ CLEARINGHOUSE_URL: 'http://127.0.0.1:1/v1/eligibility' })).toBe('sandbox')
    expect(vendorOf({})).toEqual({ kind: 'not_configured' })
  })

  it.each([
    ['stedi', { CLEARINGHOUSE_API_KEY: 'k' }],
    ['optum', { CLEARINGHOUSE_CLIENT_ID: 'i', CLEARINGHOUSE_CLIENT_SECRET: 's' }],
    ['caqh-core-soap', { CLEARINGHOUSE_URL: 'https://x', CLEARINGHOUSE_USERNAME: 'u', CLEARINGHOUSE_PASSWORD: 'p', CLEARINGHOUSE_SENDER_ID: 'S', CLEARINGHOUSE_RECEIVER_ID: 'R' }],
  ])('%s with its settings', (vendor, vars) => {
    expect(vendorOf({ CLEARINGHOUSE_VENDOR: vendor, ...vars })).toBe(vendor)
  })

  it('names each missing setting, never a value', () => {
    expect(vendorOf({ CLEARINGHOUSE_VENDOR: 'stedi' })).toEqual({ kind: 'invalid', vendor: 'stedi', missing: ['CLEARINGHOUSE_API_KEY'] })
    expect(vendorOf({ CLEARINGHOUSE_VENDOR: 'optum', CLEARINGHOUSE_CLIENT_ID: 'i', CLEARINGHOUSE_EXTRA_HEADERS: '{"bad header": "x"}' })).toEqual({
      kind: 'invalid',
      vendor: 'optum',
      missing: ['CLEARINGHOUSE_CLIENT_SECRET', 'CLEARINGHOUSE_EXTRA_HEADERS'],
    })
    expect(vendorOf({ CLEARINGHOUSE_VENDOR: 'caqh-core-soap', CLEARINGHOUSE_URL: 'https://x' })).toEqual({
      kind: 'invalid',
      vendor: 'caqh-core-soap',
      missing: ['CLEARINGHOUSE_USERNAME', 'CLEARINGHOUSE_PASSWORD', 'CLEARINGHOUSE_SENDER_ID', 'CLEARINGHOUSE_RECEIVER_ID'],
    })
    expect(vendorOf({ CLEARINGHOUSE_VENDOR: 'availity' })).toEqual({ kind: 'invalid', vendor: null, missing: ['CLEARINGHOUSE_VENDOR'] })
  })

  it.each([
    ['', 20_000],
    ['abc', 20_000],
    ['-5', 20_000],
    ['5000', 5_000],
    ['60000', 60_000],
    ['120000', 60_000],
  ])('CLEARINGHOUSE_TIMEOUT_MS %j → %d ms (CORE\u2019s 20 s by default, the vendors\u2019 60 s at most)', (text, ms) => {
    expect(timeoutOf(text)).toBe(ms)
  })

  it("a partner's own account (CLEARINGHOUSE_PARTNER_ACCOUNTS) replaces the deployment's; others keep it", () => {
    const env = { CLEARINGHOUSE_URL: 'http://127.0.0.1:1/v1/eligibility', CLEARINGHOUSE_PARTNER_ACCOUNTS: JSON.stringify({ p_own: { vendor: 'stedi', apiKey: 'theirs' } }) }
    const own = partnerSettings(env, 'p_own')
    expect(own).toEqual({ vendor: 'stedi', apiKey: 'theirs' })
    expect(partnerSettings(env, 'p_other')).toBeNull()
    expect(partnerSettings(env, 'constructor')).toBeNull()
    const r = adapterFor(own!)
    expect(r.ok && r.adapter.vendor).toBe('stedi')
  })
})

describe('transportProblem', () => {
  const problem = (e: ClearinghouseError, audience: 'staff' | 'visitor' = 'staff') => {
    const p = transportProblem(e, 'stedi', audience)
    return { status: p.status, code: p.code, retryable: p.retryable, retryAfter: p.headers['Retry-After'] ?? null, detail: p.message }
  }

  it('concurrency limit → 429 with the vendor\u2019s Retry-After (or 5 s)', () => {
    expect(problem({ reason: 'rate_limited', attempts: 1, retryAfterSeconds: 12 })).toMatchObject({ status: 429, code: 'clearinghouse_busy', retryable: true, retryAfter: '12' })
    expect(problem({ reason: 'rate_limited', attempts: 1, retryAfterSeconds: null })).toMatchObject({ status: 429, retryAfter: '5' })
  })

  it('vendor down → 503 retryable with Retry-After; timeout and unreachable likewise', () => {
    expect(problem({ reason: 'unavailable', attempts: 1, status: 500, code: 'soap:Receiver' })).toMatchObject({ status: 503, code: 'clearinghouse_error', retryable: true, retryAfter: '60' })
    expect(problem({ reason: 'timeout', attempts: 1 })).toMatchObject({ status: 503, code: 'payer_timeout', retryable: true, retryAfter: '60' })
    expect(problem({ reason: 'transport', attempts: 2 })).toMatchObject({ status: 503, code: 'clearinghouse_unreachable', retryable: true })
  })

  it('bad credentials: a configuration error for staff, a plain "not available now" for visitors', () => {
    const staff = problem({ reason: 'unauthorized', attempts: 1, status: 401 })
    expect(staff).toMatchObject({ status: 503, code: 'clearinghouse_misconfigured', retryable: false, retryAfter: null })
    expect(staff.detail).toContain('CLEARINGHOUSE_')
    const visitor = problem({ reason: 'unauthorized', attempts: 1, status: 401 }, 'visitor')
    expect(visitor).toMatchObject({ status: 503, code: 'exact_check_unavailable', retryable: false })
    expect(visitor.detail).toBe('Real-time checks are not available right now. You can still see what plans like yours usually cover, or ask the center to check for you.')
  })

  it('a vendor code is quoted only when it is a short token', () => {
    expect(problem({ reason: 'refused', attempts: 1, status: 200, code: 'ReceiverIDIllegal' }).detail).toBe(
      'The clearinghouse (stedi) refused the inquiry (HTTP 200) (ReceiverIDIllegal): check the clearinghouse configuration.',
    )
    expect(problem({ reason: 'refused', attempts: 1, status: 400, code: 'JANE DOE 1985-02-14' }).detail).not.toContain('JANE')
  })
})
