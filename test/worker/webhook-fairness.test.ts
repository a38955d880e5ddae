// Issue 13 (scale): the outbox drain was serial and oldest-first (25 rows a tick), so one
// partner's dead webhook delayed every partner's leads. Here partner "other" has 30 due
// deliveries to a webhook that hangs, older than one due delivery of "demo": one cron tick must
// still deliver demo's (on 0.1 the tick spent itself on 25 of other's rows and demo waited).
// Starts first: the cron tick waits out the hanging webhook's timeouts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { q, sql } from '../support/d1'
import { WebhookReceiver } from '../support/webhook-receiver'
import { DEMO, OTHER, staff } from '../support/tenants'
import { api, postJson, runCron } from '../support/worker'

const LEAD = { consent: true, consentTextVersion: '2026-11-01', name: 'Rosalind Fairweather', phone: '214-555-0190' }

const putWebhook = async (key: string, url: string | null) =>
  expect(
    (await api('/v1/partners/me/webhook', { method: 'PUT', headers: { ...staff(key), 'Content-Type': 'application/json' }, body: JSON.stringify({ url }) })).status,
  ).toBe(200)

const postLead = async (key: string) => {
  const res = await postJson('/v1/leads', LEAD, { headers: staff(key) })
  expect(res.status).toBe(202)
  return ((await res.json()) as { id: string }).id
}

const hanging = new WebhookReceiver()
const healthy = new WebhookReceiver()

beforeAll(async () => {
  await Promise.all([hanging.start(), healthy.start()])
  hanging.mode = 'hang'
  healthy.mode = 'fail'
})
afterAll(async () => {
  await sql("UPDATE webhook_outbox SET gave_up_at = '2000-01-01T00:00:00.000Z' WHERE partner_id = 'other' AND delivered_at IS NULL")
  await putWebhook(OTHER.staffKey, null)
  await putWebhook(DEMO.staffKey, null)
  await Promise.all([hanging.stop(), healthy.stop()])
})

// Timeouts as options, not vi.setConfig (which reaches only the first file of a worker process).
describe('the cron drain is fair across partners', { timeout: 120_000 }, () => {
  it("one partner's hanging webhook does not hold back another partner's lead", async () => {
    await putWebhook(OTHER.staffKey, hanging.url)
    await putWebhook(DEMO.staffKey, healthy.url)
    const stuck: string[] = []
    for (let i = 0; i < 30; i++) stuck.push(await postLead(OTHER.staffKey))
    const demoLead = await postLead(DEMO.staffKey)
    await healthy.waitFor(1) // its immediate attempt failed (500): a retry is due later
    // Make everything due, other's rows older than demo's.
    await sql(`UPDATE webhook_outbox SET next_attempt_at = '2000-01-01T00:00:00.000Z', locked_until = NULL WHERE lead_id IN (${stuck.map(q).join(', ')})`)
    await sql(`UPDATE webhook_outbox SET next_attempt_at = '2000-01-02T00:00:00.000Z' WHERE lead_id = ${q(demoLead)}`)
    healthy.mode = 'ok'
    expect((await runCron()).status).toBe(200)
    const [row] = await sql<{ delivered_at: string | null }>(`SELECT delivered_at FROM webhook_outbox WHERE lead_id = ${q(demoLead)}`)
    expect(row!.delivered_at).not.toBeNull()
  })
})
