// Issue 13 (scale): webhook delivery goes through Cloudflare Queues (workerd's local queues), the
// D1 outbox stays the record and the cron only sweeps. Nothing here runs the cron (runCron): a
// lead that reaches a receiver got there through the LEAD_DELIVERIES consumer. Waits are bounded polls.
// Starts first: the queue's real 30 s retry backoff.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Webhook } from 'standardwebhooks'
import { q, sql } from '../support/d1'
import { WebhookReceiver } from '../support/webhook-receiver'
import { DEMO, OTHER, staff } from '../support/tenants'
import { api, postJson, workerLogs } from '../support/worker'

const LEAD = { consent: true, consentTextVersion: '2026-11-01', name: 'Evangelina Quarshie-Lindqvist', phone: '214-555-0163' }

const putWebhook = async (key: string, url: string | null) => {
  const res = await api('/v1/partners/me/webhook', { method: 'PUT', headers: { ...staff(key), 'Content-Type': 'application/json' }, body: JSON.stringify({ url }) })
  expect(res.status).toBe(200)
  return ((await res.json()) as { secret: string | null }).secret
}

const postLead = async (key: string) => {
  const res = await postJson('/v1/leads', LEAD, { headers: staff(key) })
  expect(res.status).toBe(202)
  return ((await res.json()) as { id: string }).id
}

type Delivery = { status: string; attempts: number; lastStatus: string | null }
const deliveryOf = async (key: string, id: string): Promise<Delivery> => {
  const res = await api(`/v1/leads/${id}`, { headers: staff(key) })
  expect(res.status).toBe(200)
  return ((await res.json()) as { delivery: Delivery }).delivery
}

/** The requests a receiver got for one lead (the body names the lead id). */
const requestsFor = (receiver: WebhookReceiver, leadId: string) => receiver.received.filter((r) => r.body.includes(leadId))

/** Polls until the receiver has `n` requests for the lead, or fails after `timeoutMs`. */
async function waitForLead(receiver: WebhookReceiver, leadId: string, n: number, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs
  while (requestsFor(receiver, leadId).length < n) {
    if (Date.now() > until) throw new Error(`expected ${n} requests for the lead, got ${requestsFor(receiver, leadId).length}`)
    await new Promise((r) => setTimeout(r, 100))
  }
}

const demoHook = new WebhookReceiver()
const deadHook = new WebhookReceiver()

beforeAll(async () => {
  await Promise.all([demoHook.start(), deadHook.start()])
})
afterAll(async () => {
  // Nothing of this file's leads is left for later files' queue consumers or cron ticks.
  await sql("UPDATE webhook_outbox SET gave_up_at = '2000-01-01T00:00:00.000Z' WHERE partner_id IN ('demo', 'other') AND delivered_at IS NULL AND gave_up_at IS NULL")
  await putWebhook(OTHER.staffKey, null)
  await putWebhook(DEMO.staffKey, null)
  await Promise.all([demoHook.stop(), deadHook.stop()])
})

// Timeouts as options, not vi.setConfig (which reaches only the first file of a worker process).
describe('webhook delivery through the LEAD_DELIVERIES queue', { timeout: 120_000 }, () => {
  it('a posted lead reaches the webhook through the queue, signed, without a cron tick', async () => {
    const secret = await putWebhook(DEMO.staffKey, demoHook.url)
    demoHook.mode = 'ok'
    const id = await postLead(DEMO.staffKey)
    await waitForLead(demoHook, id, 1, 20_000)
    const [got] = requestsFor(demoHook, id)
    expect(new Webhook(secret!).verify(got!.body, got!.standard)).toMatchObject({ type: 'lead.created', lead: { id } })
    await expect.poll(() => deliveryOf(DEMO.staffKey, id)).toMatchObject({ status: 'delivered', attempts: 1, lastStatus: 'delivered' })
    const [row] = await sql<{ delivered_at: string | null; locked_until: string | null }>(
      `SELECT delivered_at, locked_until FROM webhook_outbox WHERE lead_id = ${q(id)}`,
    )
    expect(row!.delivered_at).not.toBeNull()
    expect(row!.locked_until).toBeNull()
    // It was the queue consumer that delivered it (the claim is exclusive: one sender per attempt),
    // and no contact detail reached the logs.
    const logs = await workerLogs()
    expect(logs).toMatch(new RegExp(`"event":"lead_delivery_message","code":"delivered","x_delivery":"${got!.deliveryId}","x_queue":"ack"`))
    expect(logs).not.toContain('Quarshie')
    expect(logs).not.toContain('2145550163')
  })

  it('a failing webhook is retried by the queue on the backoff and, once it recovers, gets the lead exactly once', async () => {
    await putWebhook(DEMO.staffKey, demoHook.url)
    demoHook.mode = 'fail'
    const id = await postLead(DEMO.staffKey)
    await waitForLead(demoHook, id, 1, 20_000)
    await expect.poll(() => deliveryOf(DEMO.staffKey, id)).toMatchObject({ status: 'pending', attempts: 1, lastStatus: 'failed_5xx' })
    demoHook.mode = 'ok'
    // The first retry is due 30 s ± 10 % after the failure (backoff.ts); the queue brings it back.
    await waitForLead(demoHook, id, 2, 90_000)
    await expect.poll(() => deliveryOf(DEMO.staffKey, id)).toMatchObject({ status: 'delivered', attempts: 2, lastStatus: 'delivered' })
    const logs = await workerLogs()
    expect(logs).toMatch(new RegExp(`"event":"lead_delivery_message","code":"retry","x_delivery":"${requestsFor(demoHook, id)[0]!.deliveryId}","x_queue":"retry"`))
    const requests = requestsFor(demoHook, id)
    expect(new Set(requests.map((r) => r.deliveryId)).size).toBe(1)
    expect(requests.map((r) => r.answered)).toEqual([500, 200])
  })

  it("one partner's dead webhook does not hold back another partner's lead", async () => {
    await putWebhook(OTHER.staffKey, deadHook.url)
    await putWebhook(DEMO.staffKey, demoHook.url)
    deadHook.mode = 'hang' // every attempt times out (WEBHOOK_TIMEOUT_MS = 1.5 s in the tests)
    demoHook.mode = 'ok'
    const stuck: string[] = []
    // Sent one after another, 20 × 1.5 s would be 30 s before demo's turn.
    for (let i = 0; i < 20; i++) stuck.push(await postLead(OTHER.staffKey))
    const demoLead = await postLead(DEMO.staffKey)
    await waitForLead(demoHook, demoLead, 1, 20_000)
    await expect.poll(() => deliveryOf(DEMO.staffKey, demoLead)).toMatchObject({ status: 'delivered' })
    const rows = await sql<{ n: number }>(
      `SELECT count(*) AS n FROM webhook_outbox WHERE lead_id IN (${stuck.map(q).join(', ')}) AND delivered_at IS NOT NULL`,
    )
    expect(rows[0]!.n).toBe(0)
    // The dead endpoint was really being tried meanwhile (the queue was not simply idle).
    expect(deadHook.received.length).toBeGreaterThan(0)
  })
})
