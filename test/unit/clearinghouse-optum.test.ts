// The Optum adapter against the sandbox's Optum mode: OAuth2 client credentials, the token cached
// per isolate until (just before) expiry, a revoked token refreshed once, every documented error.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startSandboxClearinghouse, type SandboxClearinghouse } from '../../scripts/sandbox-clearinghouse.mjs'
import { clearOptumTokens, OPTUM_RAW_X12_URL, OPTUM_TOKEN_URL, optumAdapter } from '../../worker/adapters/clearinghouse/optum'
import type { Fetcher } from '../../worker/adapters/clearinghouse/types'
import { inquiry, key, statusOf } from './clearinghouse-support'

let sandbox: SandboxClearinghouse
beforeAll(async () => {
  sandbox = await startSandboxClearinghouse({ optum: { clientId: 'cid', clientSecret: 'csecret' }, slowMs: 1500 })
})
afterAll(() => sandbox.stop())
beforeEach(() => clearOptumTokens())

/** A clock the test moves; the sandbox's own token expiry uses real time (one hour). */
let clock = 1_000_000
const now = () => clock

const adapter = (over: { clientSecret?: string; timeoutMs?: number; headers?: Record<string, string> } = {}, fetcher?: Fetcher) =>
  optumAdapter(
    {
      url: sandbox.endpoints.optum,
      tokenUrl: sandbox.endpoints.optumToken,
      clientId: 'cid',
      clientSecret: over.clientSecret ?? 'csecret',
      timeoutMs: over.timeoutMs ?? 5000,
      extraHeaders: over.headers ?? {},
    },
    fetcher,
    now,
  )

describe('Optum Medical Network raw X12 adapter', () => {
  it("targets Optum's documented token and eligibility URLs by default", () => {
    expect(OPTUM_TOKEN_URL).toBe('https://apigw.optum.com/apip/auth/v2/token')
    expect(OPTUM_RAW_X12_URL).toBe('https://apigw.optum.com/medicalnetwork/eligibility/v3/raw-x12')
  })

  it('success: client-credentials token, then Bearer on the raw-x12 call; per-customer headers sent', async () => {
    const calls: { url: string; init: RequestInit }[] = []
    const recording: Fetcher = (url, init) => (calls.push({ url, init }), fetch(url, init))
    const r = await adapter({ headers: { 'X-Optum-Customer': 'c-1' } }, recording).send270(inquiry('ACTIVE001'), key())
    if (!r.ok) throw new Error(JSON.stringify(r.error))
    expect(statusOf(r.value.x12)).toBe('active')
    expect(calls.map((c) => c.url)).toEqual([sandbox.endpoints.optumToken, sandbox.endpoints.optum])
    expect(JSON.parse(calls[0]!.init.body as string)).toEqual({ client_id: 'cid', client_secret: 'csecret', grant_type: 'client_credentials' })
    expect((calls[1]!.init.headers as Record<string, string>).Authorization).toMatch(/^Bearer sbx_[0-9a-f]{32}$/)
    expect(calls[1]!.init.headers).toMatchObject({ 'X-Optum-Customer': 'c-1' })
  })

  it('the token is reused until 60 s before expiry, then fetched anew', async () => {
    const tokensAt = () => sandbox.stats().tokens
    const start = tokensAt()
    clock = 1_000_000
    expect((await adapter().send270(inquiry('ACTIVE001'), key())).ok).toBe(true)
    clock += 30 * 60_000 // half an hour later: same token
    expect((await adapter().send270(inquiry('ACTIVE001'), key())).ok).toBe(true)
    expect(tokensAt() - start).toBe(1)
    clock += 29 * 60_000 + 1 // 59 min 1 ms after issue: inside the 60 s margin of the 3600 s lifespan
    expect((await adapter().send270(inquiry('ACTIVE001'), key())).ok).toBe(true)
    expect(tokensAt() - start).toBe(2)
  })

  it('a token revoked before its expiry: 401, one new token, the 270 sent once more', async () => {
    expect((await adapter().send270(inquiry('ACTIVE001'), key())).ok).toBe(true)
    sandbox.expireTokens()
    const start = sandbox.stats().tokens
    const r = await adapter().send270(inquiry('ACTIVE001'), key())
    expect(r.ok && r.value.attempts).toBe(2)
    expect(sandbox.stats().tokens - start).toBe(1)
  })

  it('a wrong client secret: the token endpoint refuses, unauthorized, the 270 never sent', async () => {
    const before = sandbox.stats().byMode['optum'] ?? 0
    const r = await adapter({ clientSecret: 'nope' }).send270(inquiry('ACTIVE001'), key())
    expect(r).toEqual({ ok: false, error: { reason: 'unauthorized', attempts: 0, status: 401 } })
    expect(sandbox.stats().byMode['optum'] ?? 0).toBe(before)
  })

  it('a Bearer the fake never issued is refused (so a test with a wrong token fails)', async () => {
    const forged: Fetcher = (u, init) =>
      u.endsWith('/token')
        ? Promise.resolve(new Response(JSON.stringify({ access_token: 'forged', expires_in: 3600 }), { status: 200 }))
        : fetch(u, init)
    const r = await adapter({}, forged).send270(inquiry('ACTIVE001'), key())
    expect(r).toEqual({ ok: false, error: { reason: 'unauthorized', attempts: 2, status: 401 } })
  })

  it('Optum down (HTTP 500) is unavailable; a garbled answer is bad_body; busy payer is a 271', async () => {
    expect(await adapter().send270(inquiry('ERROR50001'), key())).toEqual({ ok: false, error: { reason: 'unavailable', attempts: 1, status: 500, code: null } })
    expect(await adapter().send270(inquiry('GARBLED001'), key())).toEqual({ ok: false, error: { reason: 'bad_body', attempts: 1 } })
    const busy = await adapter().send270(inquiry('BUSY000001'), key())
    expect(busy.ok && statusOf(busy.value.x12)).toBe('rejected')
  })

  it('timeout within one deadline shared by the token and the 270', async () => {
    const r = await optumAdapter(
      { url: sandbox.endpoints.optum, tokenUrl: sandbox.endpoints.optumToken, clientId: 'cid', clientSecret: 'csecret', timeoutMs: 300, extraHeaders: {} },
      undefined,
      Date.now,
    ).send270(inquiry('SLOW000001'), key())
    expect(r).toEqual({ ok: false, error: { reason: 'timeout', attempts: 1 } })
  })

  it('idempotent retry: a reset connection is retried once; the fake replays by the 270 trace, the payer asked once', async () => {
    const before = sandbox.stats().byMember['FLAKY00001'] ?? { requests: 0, payerCalls: 0, replays: 0 }
    const x12 = inquiry('FLAKY00001', 'trace-optum-1')
    const r = await adapter().send270(x12, key())
    expect(r.ok && r.value.attempts).toBe(2)
    expect((await adapter().send270(x12, key())).ok).toBe(true)
    const after = sandbox.stats().byMember['FLAKY00001']!
    expect(after.payerCalls - before.payerCalls).toBe(1)
  })
})
