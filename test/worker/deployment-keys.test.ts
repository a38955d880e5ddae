// Issue 13, finding 7, on workerd: a deployment (ENVIRONMENT other than local) with the public
// local.env keys serves nothing: every request, a lead included, is a 503 before anything is
// stored, and the isolate logs the reason once (names only). With proper keys it serves.
// Starts two Workers of its own from the run's deploy bundle (no D1 needed for what is asked).
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { startBundledWorker, type LocalWorker } from '../../scripts/local-worker.mjs'
import { DEMO, widget } from '../support/tenants'

let misconfigured: LocalWorker
let configured: LocalWorker
let state: string

beforeAll(async () => {
  state = await mkdtemp(join(tmpdir(), 'iop-keys-'))
  ;[misconfigured, configured] = await Promise.all([
    startBundledWorker({ bundle: inject('workerBundle'), persistTo: join(state, 'a'), vars: { ENVIRONMENT: 'production' } }),
    startBundledWorker({
      bundle: inject('workerBundle'),
      persistTo: join(state, 'b'),
      vars: { ENVIRONMENT: 'production', PHI_ENCRYPTION_KEY: randomBytes(32).toString('base64'), HASH_KEY: randomBytes(32).toString('base64') },
    }),
  ])
})
afterAll(async () => {
  await Promise.all([misconfigured?.stop(), configured?.stop()])
  await rm(state, { recursive: true, force: true })
})

describe('PHI keys outside local', () => {
  it('with the local.env keys: 503 problem for every request, one error log', async () => {
    const health = await fetch(`${misconfigured.url}/health`)
    expect(health.status).toBe(503)
    expect(health.headers.get('content-type')).toBe('application/problem+json')
    expect(((await health.json()) as { code: string }).code).toBe('service_misconfigured')
    const lead = await fetch(`${misconfigured.url}/v1/leads`, {
      method: 'POST',
      headers: { ...widget(DEMO.siteKey), 'Content-Type': 'application/json' },
      body: JSON.stringify({ consent: true, consentTextVersion: '2026-11-01', name: 'Oona Brightwater', phone: '214-555-0100' }),
    })
    expect(lead.status).toBe(503)
    expect(((await lead.json()) as { retryable: boolean }).retryable).toBe(true)
    await new Promise((r) => setTimeout(r, 300))
    const lines = misconfigured.output().split('\n').filter((l) => l.includes('deployment_keys_invalid'))
    expect(lines).toHaveLength(1)
    expect(lines[0]).toContain('PHI_ENCRYPTION_KEY is the public local.env value')
    expect(misconfigured.output()).not.toContain('Oona Brightwater')
  })

  it('with proper keys: serves', async () => {
    expect((await fetch(`${configured.url}/health`)).status).toBe(200)
  })
})
