// The Stedi adapter against the sandbox's Stedi mode (the documented raw-X12 contract): success,
// each documented error, the concurrency limit, timeout, and an idempotent retry.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startSandboxClearinghouse, type SandboxClearinghouse } from '../../scripts/sandbox-clearinghouse.mjs'
import { stediAdapter, STEDI_RAW_X12_URL } from '../../worker/adapters/clearinghouse/stedi'
import type { Fetcher } from '../../worker/adapters/clearinghouse/types'
import { inquiry, key, statusOf } from './clearinghouse-support'

let sandbox: SandboxClearinghouse
beforeAll(async () => {
  sandbox = await startSandboxClearinghouse({ apiKey: 'test_stedi_key', concurrencyLimit: 2, slowMs: 1500 })
})
afterAll(() => sandbox.stop())

const adapter = (over: { apiKey?: string; timeoutMs?: number; url?: string } = {}, fetcher?: Fetcher) =>
  stediAdapter({ url: over.url ?? sandbox.endpoints.stedi, apiKey: over.apiKey ?? 'test_stedi_key', timeoutMs: over.timeoutMs ?? 5000 }, fetcher)

describe('Stedi raw X12 adapter', () => {
  it("targets Stedi's documented endpoint by default", () => {
    expect(STEDI_RAW_X12_URL).toBe('https://healthcare.us.stedi.com/2024-04-01/change/medicalnetwork/eligibility/v3/raw-x12')
  })

  it('success: the key itself in Authorization, {"x12"} in, the 271 from the JSON answer', async () => {
    const calls: RequestInit[] = []
    const recording: Fetcher = (u, init) => (calls.push(init), fetch(u, init))
    const r = await adapter({}, recording).send270(inquiry('ACTIVE001'), key())
    if (!r.ok) throw new Error(JSON.stringify(r.error))
    expect(statusOf(r.value.x12)).toBe('active')
    expect(r.value.mode).toBe('test') // the fake answers as Stedi's test mode does (meta.applicationMode)
    expect(calls[0]!.headers).toMatchObject({ Authorization: 'test_stedi_key', 'Content-Type': 'application/json' })
    expect(Object.keys(JSON.parse(calls[0]!.body as string))).toEqual(['x12'])
  })

  it('a wrong key is refused by the fake, and reads as unauthorized (a configuration error)', async () => {
    const r = await adapter({ apiKey: 'wrong' }).send270(inquiry('ACTIVE001'), key())
    expect(r).toEqual({ ok: false, error: { reason: 'unauthorized', attempts: 1, status: 401 } })
  })

  it('the sandbox rejects a "Bearer" or "Key" scheme: Stedi takes the key alone', async () => {
    const asBearer: Fetcher = (u, init) => fetch(u, { ...init, headers: { ...(init.headers as object), Authorization: 'Bearer test_stedi_key' } })
    const r = await adapter({}, asBearer).send270(inquiry('ACTIVE001'), key())
    expect(r.ok).toBe(false)
  })

  it('a wrong path is a 404 from the fake, read as refused', async () => {
    const r = await adapter({ url: `${sandbox.url}/2024-04-01/change/medicalnetwork/eligibility/v3` }).send270(inquiry('ACTIVE001'), key())
    expect(r).toEqual({ ok: false, error: { reason: 'refused', attempts: 1, status: 404, code: null } })
  })

  it('the payer busy (AAA 42) comes back as a 271 for the caller to read', async () => {
    const r = await adapter().send270(inquiry('BUSY000001'), key())
    expect(r.ok && statusOf(r.value.x12)).toBe('rejected')
  })

  it('Stedi down (HTTP 500) is unavailable', async () => {
    const r = await adapter().send270(inquiry('ERROR50001'), key())
    expect(r).toEqual({ ok: false, error: { reason: 'unavailable', attempts: 1, status: 500, code: null } })
  })

  it('an answer that is not the documented JSON is bad_body', async () => {
    const r = await adapter().send270(inquiry('GARBLED001'), key())
    expect(r).toEqual({ ok: false, error: { reason: 'bad_body', attempts: 1 } })
  })

  it('past the concurrency limit Stedi answers 429: rate_limited', async () => {
    const slow = [adapter().send270(inquiry('SLOW000001', 'a'), key()), adapter().send270(inquiry('SLOW000001', 'b'), key())]
    await new Promise((r) => setTimeout(r, 200)) // both are in flight at the fake
    const third = await adapter().send270(inquiry('ACTIVE001'), key())
    expect(third).toEqual({ ok: false, error: { reason: 'rate_limited', attempts: 1, retryAfterSeconds: null } })
    const done = await Promise.all(slow)
    expect(done.map((d) => d.ok)).toEqual([true, true])
  })

  it('timeout: no answer within the deadline', async () => {
    const r = await adapter({ timeoutMs: 300 }).send270(inquiry('SLOW000001', 'c'), key())
    expect(r).toEqual({ ok: false, error: { reason: 'timeout', attempts: 1 } })
  })

  it('idempotent retry: a reset connection is retried once with the same Idempotency-Key, the payer asked once', async () => {
    const before = sandbox.stats().byMember['FLAKY00001'] ?? { requests: 0, payerCalls: 0, replays: 0 }
    const k = key()
    const r = await adapter().send270(inquiry('FLAKY00001'), k)
    expect(r.ok && r.value.attempts).toBe(2)
    const again = await adapter().send270(inquiry('FLAKY00001'), k)
    expect(again.ok).toBe(true)
    const after = sandbox.stats().byMember['FLAKY00001']!
    expect(after.payerCalls - before.payerCalls).toBe(1)
    expect(after.replays - before.replays).toBe(1)
  })

  it.each([
    ['42', 'unavailable'],
    ['80', 'unavailable'],
    ['33', 'refused'],
  ])('200 with errors[].code %s and no x12 (payer not reached) is %s', async (code, reason) => {
    const answer: Fetcher = () => Promise.resolve(new Response(JSON.stringify({ meta: {}, errors: [{ code, description: 'x' }] }), { status: 200 }))
    const r = await adapter({}, answer).send270(inquiry('ACTIVE001'), key())
    expect(r).toEqual({ ok: false, error: { reason, attempts: 1, status: 200, code } })
  })
})
