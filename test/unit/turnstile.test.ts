import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DUMMY_TOKEN, FAKE_SECRET, startFakeTurnstile, TEST_SECRETS, type FakeTurnstile } from '../../scripts/fake-turnstile.mjs'
import { freePort } from '../../scripts/local-worker.mjs'
import { verifyTurnstile } from '../../worker/adapters/turnstile'

let fake: FakeTurnstile
beforeAll(async () => {
  fake = await startFakeTurnstile()
})
afterAll(() => fake.stop())

const verify = (secret: string, token: string, extra: { allowedHostnames?: string[]; idempotencyKey?: string } = {}) =>
  verifyTurnstile({
    secret,
    token,
    allowedHostnames: extra.allowedHostnames ?? ['center.example'],
    remoteIp: '203.0.113.7',
    verifyUrl: fake.verifyUrl,
    ...(extra.idempotencyKey ? { idempotencyKey: extra.idempotencyKey } : {}),
  })

describe("Cloudflare's documented test secrets (through the fake Siteverify)", () => {
  it('1x…AA passes, reporting example.com, which is accepted for test secrets only', async () => {
    expect(await verify(TEST_SECRETS.pass, DUMMY_TOKEN)).toEqual({ ok: true, hostname: 'example.com' })
  })

  it('2x…AA fails with invalid-input-response', async () => {
    expect(await verify(TEST_SECRETS.fail, DUMMY_TOKEN)).toEqual({
      ok: false,
      reason: 'rejected',
      errorCodes: ['invalid-input-response'],
    })
  })

  it('3x…AA reports the token as already spent', async () => {
    expect(await verify(TEST_SECRETS.spent, DUMMY_TOKEN)).toEqual({
      ok: false,
      reason: 'rejected',
      errorCodes: ['timeout-or-duplicate'],
    })
  })
})

describe('production behaviour (the fake production secret)', () => {
  it('accepts a token once, for the hostname it was solved on', async () => {
    expect(await verify(FAKE_SECRET, 'fake.center.example.t1')).toEqual({ ok: true, hostname: 'center.example' })
  })

  it('refuses a replayed token with timeout-or-duplicate', async () => {
    await verify(FAKE_SECRET, 'fake.center.example.t2')
    expect(await verify(FAKE_SECRET, 'fake.center.example.t2')).toMatchObject({
      ok: false,
      errorCodes: ['timeout-or-duplicate'],
    })
  })

  it('treats a retry with the same idempotency key as the same verification', async () => {
    const idempotencyKey = crypto.randomUUID()
    expect(await verify(FAKE_SECRET, 'fake.center.example.t3', { idempotencyKey })).toMatchObject({ ok: true })
    expect(await verify(FAKE_SECRET, 'fake.center.example.t3', { idempotencyKey })).toMatchObject({ ok: true })
  })

  it("refuses a token solved on a hostname that is not the partner's", async () => {
    expect(await verify(FAKE_SECRET, 'fake.evil.example.t4')).toMatchObject({ ok: false, reason: 'hostname_mismatch' })
  })

  it('does not accept example.com for a production secret', async () => {
    expect(await verify(FAKE_SECRET, 'fake.example.com.t5')).toMatchObject({ ok: false, reason: 'hostname_mismatch' })
  })

  it('refuses an unknown secret', async () => {
    expect(await verify('0x4AAAAAAAnotTheSecret', 'fake.center.example.t6')).toMatchObject({
      ok: false,
      errorCodes: ['invalid-input-secret'],
    })
  })
})

describe('inputs and failures', () => {
  it('does not call Siteverify for an empty or over-long token', async () => {
    const before = fake.calls()
    expect(await verify(FAKE_SECRET, '')).toMatchObject({ ok: false, reason: 'missing' })
    expect(await verify(FAKE_SECRET, 'x'.repeat(2049))).toMatchObject({ ok: false, reason: 'missing' })
    expect(fake.calls()).toBe(before)
  })

  it('reports an unreachable Siteverify as unavailable instead of throwing', async () => {
    const port = await freePort()
    const outcome = await verifyTurnstile({
      secret: FAKE_SECRET,
      token: 'fake.center.example.t7',
      allowedHostnames: ['center.example'],
      verifyUrl: `http://127.0.0.1:${port}/turnstile/v0/siteverify`,
    })
    expect(outcome).toMatchObject({ ok: false, reason: 'unavailable' })
  })

  it('sends the documented form fields', async () => {
    let sent: URLSearchParams | undefined
    const fetcher = (async (_url: string, init: RequestInit) => {
      sent = init.body as URLSearchParams
      return Response.json({ success: true, 'error-codes': [], hostname: 'center.example' })
    }) as unknown as typeof fetch
    await verifyTurnstile({
      secret: 's3cret',
      token: 'tok',
      allowedHostnames: ['center.example'],
      remoteIp: '203.0.113.7',
      idempotencyKey: '6f1d7c2e-0000-4000-8000-000000000000',
      fetcher,
    })
    expect(Object.fromEntries(sent!)).toEqual({
      secret: 's3cret',
      response: 'tok',
      remoteip: '203.0.113.7',
      idempotency_key: '6f1d7c2e-0000-4000-8000-000000000000',
    })
  })
})
