// Issue 13, findings 2 and 5: one owner of webhook configuration. On 0.1, after
// `PATCH /v1/partners/me {"leadWebhookUrl": …}` or `POST /v1/partners/me/webhook-secret`, every
// lead was a 500 (two write paths sealed the secret under different additional data), and both
// setters accepted internal addresses. Here: set, rotate, PATCH other fields, and a lead is still
// received and verifies with the newest secret; a secret that cannot be opened loses no lead.
import { createCipheriv, randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { q, sql as sqlOnce } from '../support/d1'
import { WebhookReceiver, verifySignature } from '../support/webhook-receiver'
import { DEMO, staff, uniqueIp, widget } from '../support/tenants'
import { api, expectProblem, postJson, runCron as triggerCron, workerLogs } from '../support/worker'

const LEAD = {
  consent: true,
  consentTextVersion: '2026-11-01',
  name: 'Wilhelmina Achterberg-Soto',
  phone: '214-555-0177',
  context: { payerId: 'aetna', state: 'TX', program: 'substance_use' },
}

const json = (method: string, path: string, body: unknown) =>
  api(path, { method, headers: { ...staff(DEMO.staffKey), 'Content-Type': 'application/json' }, body: JSON.stringify(body) })

const putWebhook = async (url: string | null) => {
  const res = await json('PUT', '/v1/partners/me/webhook', { url })
  expect(res.status).toBe(200)
  return ((await res.json()) as { secret: string | null }).secret
}

const rotate = async () => {
  const res = await api('/v1/partners/me/webhook-secret', { method: 'POST', headers: staff(DEMO.staffKey) })
  expect(res.status).toBe(201)
  return ((await res.json()) as { secret: string }).secret
}

const postLead = async () => {
  const res = await postJson('/v1/leads', LEAD, { headers: { ...widget(DEMO.siteKey), 'CF-Connecting-IP': uniqueIp() } })
  expect(res.status).toBe(202)
  return ((await res.json()) as { id: string }).id
}

const runCron = async () => expect((await triggerCron()).status).toBe(200)

/** AES-256-GCM as worker/adapters/crypto.ts seals (`v1.<iv>.<data+tag>`, base64url), with the local key. */
function sealLocally(plaintext: string, aad: string): string {
  const key = Buffer.from('bG9jYWwtb25seS1kZW1vLWtleS0zMi1ieXRlcy0hISE=', 'base64') // local.env PHI_ENCRYPTION_KEY
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(Buffer.from(aad))
  const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()])
  return `v1.${iv.toString('base64url')}.${data.toString('base64url')}`
}

/**
 * `sql` on the shared local SQLite can meet a write the Worker makes in the background (a staff
 * key's last-use touch, a delivery record) and fail with D1's "internal error" (the file is
 * busy); such a statement is simply tried again. Any other error fails the test.
 */
async function sql<T = Record<string, unknown>>(statement: string): Promise<T[]> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await sqlOnce<T>(statement)
    } catch (e) {
      if (attempt >= 5 || !String(e).includes('internal error')) throw e
      await new Promise((r) => setTimeout(r, 200 * attempt))
    }
  }
}

const receiver = new WebhookReceiver()

beforeAll(async () => {
  await receiver.start()
  receiver.mode = 'ok'
})
afterAll(async () => {
  await putWebhook(null)
  await receiver.stop()
})

const deliveryStatus = async (leadId: string) =>
  ((await (await api(`/v1/leads/${leadId}`, { headers: staff(DEMO.staffKey) })).json()) as { delivery: { status: string } }).delivery.status

/**
 * The delivery of `leadId`, once it has arrived and the Worker has recorded it (so that its D1
 * write is over before the next test edits its rows directly, test/support/d1.ts).
 */
async function deliveryOf(leadId: string) {
  await expect.poll(() => receiver.received.some((r) => r.body.includes(leadId)), { timeout: 10_000 }).toBe(true)
  await expect.poll(() => deliveryStatus(leadId), { timeout: 10_000 }).toBe('delivered')
  return receiver.received.find((r) => r.body.includes(leadId))!
}

describe('one owner of webhook configuration', () => {
  it('set the URL, rotate the secret, then a lead arrives signed with the new secret', async () => {
    const first = await putWebhook(receiver.url)
    const rotated = await rotate()
    expect(rotated).not.toBe(first)
    const id = await postLead()
    const got = await deliveryOf(id)
    expect(verifySignature(got.body, got.signature, rotated)).toBe(true)
    expect(verifySignature(got.body, got.signature, first!)).toBe(false)
  })

  it('a lead posted after PATCH of other fields is delivered and verifies', async () => {
    const secret = await putWebhook(receiver.url)
    const patched = await json('PATCH', '/v1/partners/me', { phiRetentionDays: 30, admissionsPhone: '+18005550100' })
    expect(patched.status).toBe(200)
    const got = await deliveryOf(await postLead())
    expect(verifySignature(got.body, got.signature, secret!)).toBe(true)
  })

  it('PATCH refuses leadWebhookUrl and points to PUT /v1/partners/me/webhook; nothing changes', async () => {
    await putWebhook(receiver.url)
    const problem = await expectProblem(await json('PATCH', '/v1/partners/me', { leadWebhookUrl: 'https://hooks.example.org/x' }), 400)
    expect(problem.errors).toEqual([{ path: 'leadWebhookUrl', message: expect.stringContaining('PUT /v1/partners/me/webhook') }])
    const [row] = await sql<{ lead_webhook_url: string }>("SELECT lead_webhook_url FROM partners WHERE id = 'demo'")
    expect(row!.lead_webhook_url).toBe(receiver.url)
  })

  it('a secret sealed the old way (additional data partner:<id>:webhook) still signs', async () => {
    await putWebhook(receiver.url)
    const legacy = 'whsec_legacy_format_secret_for_the_test'
    await sql(`UPDATE partners SET webhook_secret_enc = ${q(sealLocally(legacy, 'partner:demo:webhook'))} WHERE id = 'demo'`)
    const got = await deliveryOf(await postLead())
    expect(verifySignature(got.body, got.signature, legacy)).toBe(true)
  })

  it('a secret that cannot be opened loses no lead: stored, queued, logged without PHI, delivered after a rotation', async () => {
    await putWebhook(receiver.url)
    await sql("UPDATE partners SET webhook_secret_enc = 'v1.AAAAAAAAAAAAAAAA.garbage' WHERE id = 'demo'")
    const id = await postLead()
    const [row] = await sql<{ delivered_at: string | null; gave_up_at: string | null }>(
      `SELECT delivered_at, gave_up_at FROM webhook_outbox WHERE lead_id = ${q(id)}`,
    )
    expect(row).toEqual({ delivered_at: null, gave_up_at: null })
    const view = await api(`/v1/leads/${id}`, { headers: staff(DEMO.staffKey) })
    expect(((await view.json()) as { contact: { name: string } }).contact.name).toBe(LEAD.name)
    const logs = await workerLogs()
    expect(logs).toContain('webhook_secret_unreadable')
    expect(logs).not.toContain(LEAD.name)
    expect(receiver.received.some((r) => r.body.includes(id))).toBe(false)

    const secret = await rotate()
    await sql(`UPDATE webhook_outbox SET next_attempt_at = '2000-01-01T00:00:00.000Z' WHERE lead_id = ${q(id)}`)
    await runCron()
    const got = await deliveryOf(id)
    expect(verifySignature(got.body, got.signature, secret)).toBe(true)
  })
})

describe('webhook URLs never reach internal addresses', () => {
  it.each([
    'https://169.254.169.254/latest/meta-data/',
    'https://10.0.0.1/',
    'https://192.168.1.10/hook',
    'https://metadata.google.internal/computeMetadata/v1/',
    'https://crm.corp.internal/hook',
    'https://printer.local/hook',
    'https://[::ffff:127.0.0.1]/',
    'https://[fd00::1]/',
    'https://intranet/hook',
    'https://hooks.example.org/iop#frag',
    'https://hooks.example.org:22/iop',
  ])('PUT refuses %s', async (url) => {
    const problem = await expectProblem(await json('PUT', '/v1/partners/me/webhook', { url }), 400)
    expect(problem.errors?.[0]?.path).toBe('url')
  })

  it('every URL set rotates the secret (a new URL never keeps the old one)', async () => {
    const a = await putWebhook('https://hooks.example.org/a')
    const b = await putWebhook('https://hooks.example.org/b')
    expect(b).not.toBe(a)
  })
})
