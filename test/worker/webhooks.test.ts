import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { q, sql } from '../support/d1'
import { Webhook, WebhookVerificationError } from 'standardwebhooks'
import { newWebhookSecret } from '../../worker/adapters/webhook/signature'
import { WebhookReceiver, verifySignature } from '../support/webhook-receiver'
import { DEMO, OTHER, site, staff, widget } from '../support/tenants'
import { api, expectProblem, postJson, runCron as triggerCron, workerLogs } from '../support/worker'

const LEAD = {
  consent: true,
  consentTextVersion: '2026-11-01',
  name: 'Thaddeus Okonkwo-Reyes',
  phone: '214-555-0142',
  preferredTime: 'morning',
  context: { payerId: 'bcbs-tx', state: 'TX', program: 'substance_use' },
}

type LeadView = {
  id: string
  contact: { name: string } | null
  delivery: { status: string; attempts: number; lastStatus: string | null; deliveredAt: string | null }
}

const setWebhook = async (url: string | null, key = DEMO.staffKey) => {
  const res = await api('/v1/partners/me/webhook', {
    method: 'PUT',
    headers: { ...staff(key), 'Content-Type': 'application/json' },
    body: JSON.stringify({ url }),
  })
  expect(res.status).toBe(200)
  return (await res.json()) as { url: string | null; secret: string | null }
}

const lead = async (id: string): Promise<LeadView> => {
  const res = await api(`/v1/leads/${id}`, { headers: staff(DEMO.staffKey) })
  expect(res.status).toBe(200)
  return (await res.json()) as LeadView
}

/** Makes the lead's pending delivery due now (the test cannot wait 30 s … 6 h for backoff). */
const makeDue = (leadId: string) =>
  sql(`UPDATE webhook_outbox SET next_attempt_at = '2000-01-01T00:00:00.000Z' WHERE lead_id = ${q(leadId)} AND delivered_at IS NULL`)

/** Runs the Cron Trigger once on the lane's Worker (`runCron`, Miniflare's scheduled()). */
const runCron = async () => {
  const res = await triggerCron()
  expect(res.status).toBe(200)
}

const receiver = new WebhookReceiver()

beforeAll(async () => {
  await receiver.start()
})
afterAll(async () => {
  await setWebhook(null)
  await receiver.stop()
})

describe('webhook delivery through outages', () => {
  it('survives 500, connection refused and a timeout, then delivers exactly once, signed', async () => {
    const { secret } = await setWebhook(receiver.url)
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/)

    // 1. The immediate attempt (waitUntil after the 202) meets a 500.
    receiver.mode = 'fail'
    const res = await postJson('/v1/leads', LEAD, { headers: widget(DEMO.siteKey) })
    expect(res.status).toBe(202)
    const { id } = (await res.json()) as { id: string }
    await receiver.waitFor(1)
    await expect.poll(async () => (await lead(id)).delivery).toMatchObject({ status: 'pending', attempts: 1, lastStatus: 'failed_5xx' })

    // The retry is scheduled 30 s ± 10 % after the failure, not sooner.
    const [row] = await sql<{ next_attempt_at: string; created_at: string }>(
      `SELECT next_attempt_at, created_at FROM webhook_outbox WHERE lead_id = ${q(id)}`,
    )
    const wait = Date.parse(row!.next_attempt_at) - Date.parse(row!.created_at)
    expect(wait).toBeGreaterThanOrEqual(27_000)
    expect(wait).toBeLessThan(33_000 + 10_000) // + the failed attempt itself (≤ 1.5 s timeout)
    // Not due yet: a cron tick now sends nothing.
    await runCron()
    expect(receiver.received).toHaveLength(1)

    // 2. The webhook is down: connection refused.
    await receiver.stop()
    await makeDue(id)
    await runCron()
    expect(await lead(id)).toMatchObject({ delivery: { status: 'pending', attempts: 2, lastStatus: 'unreachable' } })

    // 3. It is back but hangs: the attempt times out (WEBHOOK_TIMEOUT_MS = 1.5 s in the tests).
    await receiver.start()
    receiver.mode = 'hang'
    await makeDue(id)
    await runCron()
    expect(receiver.received).toHaveLength(2)
    expect(await lead(id)).toMatchObject({ delivery: { status: 'pending', attempts: 3, lastStatus: 'timeout' } })

    // 4. It recovers.
    receiver.mode = 'ok'
    await makeDue(id)
    await runCron()
    expect(await lead(id)).toMatchObject({
      delivery: { status: 'delivered', attempts: 4, lastStatus: 'delivered', deliveredAt: expect.any(String) },
    })

    // 5. Later ticks never send it again.
    await makeDue(id)
    await runCron()
    await runCron()
    expect(receiver.received).toHaveLength(3)

    // The receiver's view: one delivery id, the same body every time, processed (2xx) exactly once.
    const ids = new Set(receiver.received.map((r) => r.deliveryId))
    expect(ids.size).toBe(1)
    expect(receiver.received.every((r) => r.body === receiver.received[0]!.body)).toBe(true)
    expect(receiver.received.filter((r) => r.answered === 200)).toHaveLength(1)
    const now = Math.floor(Date.now() / 1000)
    for (const r of receiver.received) {
      expect(r.event).toBe('lead.created')
      // Standard Webhooks, checked by its reference package; webhook-id is the delivery id.
      expect(r.standard['webhook-id']).toBe(r.deliveryId)
      expect(new Webhook(secret!).verify(r.body, r.standard)).toEqual(JSON.parse(r.body))
      expect(() => new Webhook(newWebhookSecret()).verify(r.body, r.standard)).toThrow(WebhookVerificationError)
      // The deprecated header, still sent during the migration window.
      expect(r.signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/)
      expect(verifySignature(Buffer.from(r.body), r.signature, secret!, now)).toBe(true)
      expect(verifySignature(r.body, r.signature, 'whsec_wrong', now)).toBe(false)
      expect(verifySignature(r.body + ' ', r.signature, secret!, now)).toBe(false)
      // A captured request replayed 10 minutes later fails the 5-minute tolerance.
      expect(verifySignature(r.body, r.signature, secret!, now + 600)).toBe(false)
    }
    const payload = JSON.parse(receiver.received[0]!.body) as Record<string, unknown>
    expect(payload).toMatchObject({
      id: [...ids][0],
      type: 'lead.created',
      partnerId: 'demo',
      lead: {
        id,
        consent: { textVersion: '2026-11-01' },
        contact: { name: LEAD.name, phone: '+12145550142', preferredTime: 'morning' },
        context: LEAD.context,
      },
    })

    // Nothing of the body reached the logs.
    const logs = await workerLogs()
    expect(logs).toContain('"event":"request"') // the log is really there
    expect(logs).not.toContain('Okonkwo')
    expect(logs).not.toContain('2145550142')
    expect(logs).toContain('"event":"webhook_delivery"')
  }, 90_000)

  it('a permanently failing webhook gives up after the delivery window, and the lead stays visible to staff', async () => {
    await setWebhook(receiver.url)
    receiver.mode = 'fail'
    const before = receiver.received.length
    const { id } = (await (await postJson('/v1/leads', LEAD, { headers: widget(DEMO.siteKey) })).json()) as { id: string }
    await receiver.waitFor(before + 1)
    await expect.poll(async () => (await lead(id)).delivery.attempts).toBe(1)

    // Pretend the lead is 7 days old (the default delivery window) and its next retry is due.
    await sql(
      `UPDATE webhook_outbox SET created_at = '2000-01-01T00:00:00.000Z', next_attempt_at = '2000-01-01T00:00:00.000Z' WHERE lead_id = ${q(id)}`,
    )
    await runCron()
    const view = await lead(id)
    expect(view).toMatchObject({ delivery: { status: 'failed', attempts: 2, lastStatus: 'failed_5xx' } })
    expect(view.contact?.name).toBe(LEAD.name)

    // No more attempts, even when due.
    await makeDue(id)
    await runCron()
    expect(receiver.received.length).toBe(before + 2)
    const { leads } = (await (await api('/v1/leads?limit=100', { headers: staff(DEMO.staffKey) })).json()) as { leads: LeadView[] }
    expect(leads.find((l) => l.id === id)?.delivery.status).toBe('failed')
  }, 60_000)

  it('a partner without a webhook still gets every lead, in the console', async () => {
    await setWebhook(null)
    const { id } = (await (await postJson('/v1/leads', LEAD, { headers: widget(DEMO.siteKey) })).json()) as { id: string }
    expect(await lead(id)).toMatchObject({ contact: { name: LEAD.name }, delivery: { status: 'no_webhook' } })
  })
})

describe('PUT /v1/partners/me/webhook', () => {
  it('stores the secret encrypted and returns it once', async () => {
    const { secret } = await setWebhook('https://hooks.example.org/iop')
    const [row] = await sql<{ lead_webhook_url: string; webhook_secret_enc: string }>(
      "SELECT lead_webhook_url, webhook_secret_enc FROM partners WHERE id = 'demo'",
    )
    expect(row!.lead_webhook_url).toBe('https://hooks.example.org/iop')
    expect(row!.webhook_secret_enc).toMatch(/^v1\./)
    expect(row!.webhook_secret_enc).not.toContain(secret!.slice(6))
    await setWebhook(null)
  })

  it.each([
    ['plain http to another host', 'http://hooks.example.org/iop'],
    ['credentials in the URL', 'https://user:pw@hooks.example.org/iop'],
    ['not a URL', 'hooks'],
  ])('400 for %s', async (_name, url) => {
    const res = await api('/v1/partners/me/webhook', {
      method: 'PUT',
      headers: { ...staff(DEMO.staffKey), 'Content-Type': 'application/json' },
      body: JSON.stringify({ url }),
    })
    expect((await expectProblem(res, 400)).errors?.[0]?.path).toBe('url')
  })

  it('401 without a staff key; each partner only changes its own webhook', async () => {
    const anonymous = await api('/v1/partners/me/webhook', {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', ...site(DEMO.siteKey) },
      body: JSON.stringify({ url: null }),
    })
    await expectProblem(anonymous, 401)
    await setWebhook('https://other.example.org/hook', OTHER.staffKey)
    const rows = await sql<{ id: string; lead_webhook_url: string | null }>("SELECT id, lead_webhook_url FROM partners WHERE id IN ('demo', 'other') ORDER BY id")
    expect(rows).toEqual([
      { id: 'demo', lead_webhook_url: null },
      { id: 'other', lead_webhook_url: 'https://other.example.org/hook' },
    ])
    await setWebhook(null, OTHER.staffKey)
  })
})
