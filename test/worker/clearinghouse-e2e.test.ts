// End to end through the Worker for each real vendor's contract: POST /v1/eligibility/checks with
// CLEARINGHOUSE_VENDOR=stedi, optum and caqh-core-soap against the sandbox's matching mode (which
// checks path, headers, token or envelope). One Worker per vendor, one after the other, each with
// its own sandbox on a free port; the shared Worker of global-setup runs the sandbox protocol.
// Starts first: each vendor's timeout test waits out CLEARINGHOUSE_TIMEOUT_MS (3 s).
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { startFakeTurnstile, type FakeTurnstile } from '../../scripts/fake-turnstile.mjs'
import { startBundledWorker, type LocalWorker } from '../../scripts/local-worker.mjs'
import {
  SANDBOX_API_KEY,
  SANDBOX_CORE,
  SANDBOX_OPTUM,
  startSandboxClearinghouse,
  type SandboxClearinghouse,
} from '../../scripts/sandbox-clearinghouse.mjs'
import { seededState } from '../support/seeded'
import { DEMO, staff, uniqueIp, widget } from '../support/tenants'

type Vendor = 'stedi' | 'optum' | 'caqh-core-soap'
type SandboxOptions = NonNullable<Parameters<typeof startSandboxClearinghouse>[0]>

/** The vendor's vars for a sandbox, and the sandbox options that make those credentials wrong. */
const VENDORS: Record<Vendor, { vars: (s: SandboxClearinghouse) => Record<string, string>; wrongCredentials: SandboxOptions }> = {
  stedi: {
    vars: (s) => ({ CLEARINGHOUSE_URL: s.endpoints.stedi, CLEARINGHOUSE_API_KEY: SANDBOX_API_KEY }),
    wrongCredentials: { apiKey: 'rotated' },
  },
  optum: {
    vars: (s) => ({
      CLEARINGHOUSE_URL: s.endpoints.optum,
      CLEARINGHOUSE_TOKEN_URL: s.endpoints.optumToken,
      CLEARINGHOUSE_CLIENT_ID: SANDBOX_OPTUM.clientId,
      CLEARINGHOUSE_CLIENT_SECRET: SANDBOX_OPTUM.clientSecret,
    }),
    wrongCredentials: { optum: { ...SANDBOX_OPTUM, clientSecret: 'rotated' } },
  },
  'caqh-core-soap': {
    vars: (s) => ({
      CLEARINGHOUSE_URL: s.endpoints.core,
      CLEARINGHOUSE_USERNAME: SANDBOX_CORE.username,
      CLEARINGHOUSE_PASSWORD: SANDBOX_CORE.password,
      CLEARINGHOUSE_SENDER_ID: 'IOPCHECKER',
      CLEARINGHOUSE_RECEIVER_ID: SANDBOX_CORE.receiverId,
    }),
    wrongCredentials: { core: { ...SANDBOX_CORE, password: 'rotated' } },
  },
}

describe.each(Object.keys(VENDORS) as Vendor[])('POST /v1/eligibility/checks with CLEARINGHOUSE_VENDOR=%s', (vendor) => {
  let sandbox: SandboxClearinghouse
  let worker: LocalWorker
  let turnstile: FakeTurnstile
  let dir = ''
  const sandboxOptions: SandboxOptions = { slowMs: 5000, concurrencyLimit: 1 }

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), `iop-${vendor}-`))
    sandbox = await startSandboxClearinghouse(sandboxOptions)
    turnstile = await startFakeTurnstile()
    await seededState(dir) // a fresh migrated and seeded D1
    worker = await startBundledWorker({
      bundle: inject('workerBundle'),
      persistTo: dir,
      vars: {
        CLEARINGHOUSE_VENDOR: vendor,
        CLEARINGHOUSE_TIMEOUT_MS: '3000',
        TURNSTILE_VERIFY_URL: turnstile.verifyUrl,
        TURNSTILE_SCRIPT_URL: turnstile.scriptUrl,
        ...VENDORS[vendor].vars(sandbox),
      },
    })
  })

  afterAll(async () => {
    await worker?.stop()
    await sandbox?.stop()
    await turnstile?.stop()
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  const check = (memberId: string, headers: Record<string, string> = staff(DEMO.staffKey)) =>
    fetch(`${worker.url}/v1/eligibility/checks`, {
      method: 'POST',
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: JSON.stringify({ payer: 'aetna', memberId, firstName: 'Jane', lastName: 'Doe', dateOfBirth: '1985-02-14' }),
    })
  const modeOf: Record<Vendor, string> = { stedi: 'stedi', optum: 'optum', 'caqh-core-soap': 'core' }

  it('active member: the reading from the 271 the vendor contract carried', async () => {
    const res = await check('ACTIVE001E2E1')
    expect(res.status).toBe(200)
    const body = (await res.json()) as { transactions: { status: string }[] }
    expect(body.transactions[0]!.status).toBe('active')
    expect(sandbox.stats().byMode[modeOf[vendor]]).toBe(1)
  })

  it('payer busy (AAA 42 in the 271): 503 payer_unavailable, retryable, Retry-After', async () => {
    const res = await check('BUSY000001E2E')
    expect(res.status).toBe(503)
    expect(res.headers.get('retry-after')).toBe('300')
    expect(await res.json()).toMatchObject({ code: 'payer_unavailable', retryable: true })
  })

  it('the vendor down: 503 clearinghouse_error, retryable, Retry-After', async () => {
    const res = await check('ERROR50001E2E')
    expect(res.status).toBe(503)
    expect(res.headers.get('retry-after')).toBe('60')
    expect(await res.json()).toMatchObject({ code: 'clearinghouse_error', retryable: true })
  })

  it('no answer within CLEARINGHOUSE_TIMEOUT_MS: 503 payer_timeout', async () => {
    const res = await check('SLOW000001E2E1')
    expect(res.status).toBe(503)
    expect(await res.json()).toMatchObject({ code: 'payer_timeout', retryable: true })
    if (vendor === 'stedi') {
      // The slow inquiry is still in flight at Stedi (limit 1 here): the next one is refused with 429.
      const busy = await check('ACTIVE001E2E2')
      expect(busy.status).toBe(429)
      expect(busy.headers.get('retry-after')).toBe('5')
      expect(await busy.json()).toMatchObject({ code: 'clearinghouse_busy', retryable: true })
    }
  })

  it('credentials refused: a configuration error for staff, naming the vendor', async () => {
    const port = Number(new URL(sandbox.url).port)
    await sandbox.stop()
    sandbox = await startSandboxClearinghouse({ ...sandboxOptions, ...VENDORS[vendor].wrongCredentials, port })
    const res = await check('ACTIVE001E2E3')
    expect(res.status).toBe(503)
    const problem = (await res.json()) as { code: string; retryable: boolean; detail: string }
    expect(problem).toMatchObject({ code: 'clearinghouse_misconfigured', retryable: false })
    expect(problem.detail).toContain(vendor)
    expect(sandbox.stats().rejected).toBeGreaterThanOrEqual(1)
  })

  it('credentials refused, asked by a visitor through the widget: a plain "not available now"', async () => {
    const res = await check('ACTIVE001E2E4', { ...widget(DEMO.siteKey), 'CF-Connecting-IP': uniqueIp() })
    expect(res.status).toBe(503)
    const problem = (await res.json()) as { code: string; detail: string }
    expect(problem.code).toBe('exact_check_unavailable')
    expect(problem.detail).not.toMatch(/CLEARINGHOUSE_|credential|stedi|optum|caqh/i)
  })
})
