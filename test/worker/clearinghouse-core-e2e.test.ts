// End to end through the Worker with CLEARINGHOUSE_VENDOR=caqh-core-soap: POST /v1/eligibility/checks
// builds the 270, wraps it in the CORE vC2.2.0 SOAP envelope, the sandbox checks envelope and
// WS-Security and answers; the problems a caller sees for busy, down and refused credentials.
// Its own Worker (the shared one runs the sandbox protocol) and its own sandbox on a free port.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { prepareDatabase, startWorker, type LocalWorker } from '../../scripts/local-worker.mjs'
import { SANDBOX_CORE, startSandboxClearinghouse, type SandboxClearinghouse } from '../../scripts/sandbox-clearinghouse.mjs'
import { DEMO, staff } from '../support/tenants'

let sandbox: SandboxClearinghouse
let worker: LocalWorker
let dir = ''

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'iop-core-'))
  sandbox = await startSandboxClearinghouse({ slowMs: 5000 })
  await prepareDatabase({ persistTo: dir, quiet: true })
  worker = await startWorker({
    persistTo: dir,
    quiet: true,
    vars: {
      CLEARINGHOUSE_VENDOR: 'caqh-core-soap',
      CLEARINGHOUSE_URL: sandbox.endpoints.core,
      CLEARINGHOUSE_USERNAME: SANDBOX_CORE.username,
      CLEARINGHOUSE_PASSWORD: SANDBOX_CORE.password,
      CLEARINGHOUSE_SENDER_ID: 'IOPCHECKER',
      CLEARINGHOUSE_RECEIVER_ID: SANDBOX_CORE.receiverId,
      CLEARINGHOUSE_TIMEOUT_MS: '3000',
    },
  })
}, 90_000)

afterAll(async () => {
  await worker?.stop()
  await sandbox?.stop()
  if (dir) await rm(dir, { recursive: true, force: true })
})

const check = (memberId: string) =>
  fetch(`${worker.url}/v1/eligibility/checks`, {
    method: 'POST',
    headers: { ...staff(DEMO.staffKey), 'Content-Type': 'application/json' },
    body: JSON.stringify({ payer: 'aetna', memberId, firstName: 'Jane', lastName: 'Doe', dateOfBirth: '1985-02-14' }),
  })

describe('POST /v1/eligibility/checks over CAQH CORE SOAP', () => {
  it('active member: the reading, read from the 271 in the CORE response envelope', async () => {
    const res = await check('ACTIVE001CORE1')
    expect(res.status).toBe(200)
    const body = (await res.json()) as { transactions: { status: string; payer: { name: string } }[] }
    expect(body.transactions[0]).toMatchObject({ status: 'active' })
    expect(sandbox.stats().byMode['core']).toBeGreaterThanOrEqual(1)
  })

  it('payer busy (AAA 42 in the 271): 503 retryable with Retry-After', async () => {
    const res = await check('BUSY000001CORE')
    expect(res.status).toBe(503)
    expect(res.headers.get('retry-after')).toBe('300')
    expect(await res.json()).toMatchObject({ code: 'payer_unavailable', retryable: true })
  })

  it('the far side down (SOAP Fault env:Receiver): 503 clearinghouse_error, retryable', async () => {
    const res = await check('ERROR50001CORE')
    expect(res.status).toBe(503)
    expect(res.headers.get('retry-after')).toBe('60')
    expect(await res.json()).toMatchObject({ code: 'clearinghouse_error', retryable: true })
  })

  it('timeout: 503 payer_timeout', async () => {
    const res = await check('SLOW000001CORE')
    expect(res.status).toBe(503)
    expect(await res.json()).toMatchObject({ code: 'payer_timeout', retryable: true })
  })

  it('credentials refused (WS-Security FailedAuthentication): a configuration error for staff', async () => {
    // The same port, a sandbox that expects another password.
    const port = Number(new URL(sandbox.url).port)
    await sandbox.stop()
    sandbox = await startSandboxClearinghouse({ port, core: { ...SANDBOX_CORE, password: 'rotated' } })
    const res = await check('ACTIVE001CORE2')
    expect(res.status).toBe(503)
    const problem = (await res.json()) as { code: string; retryable: boolean; detail: string }
    expect(problem).toMatchObject({ code: 'clearinghouse_misconfigured', retryable: false })
    expect(problem.detail).toContain('caqh-core-soap')
    expect(sandbox.stats().rejected).toBe(1)
  })
})
