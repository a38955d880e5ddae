import { beforeAll, describe, expect, it } from 'vitest'
import { q, sql } from '../support/d1'
import { DEMO, OTHER, site, staff, widget } from '../support/tenants'
import { api, expectProblem, postJson, workerLogs } from '../support/worker'

const VALID = {
  consent: true,
  consentTextVersion: '2026-11-01',
  name: 'Marisol Quintanilla-Ashby',
  phone: '(512) 555-0187',
  email: 'marisol.qa@example.org',
  preferredTime: 'evening',
  message: 'Please call after 6pm, my coworkers should not hear.',
  context: { payerId: 'aetna', state: 'TX', program: 'substance_use', coverageStatus: 'covered', patientPays: 123_400 },
}
const PHI = ['Marisol', 'Quintanilla', '5125550187', '555-0187', 'marisol.qa', 'coworkers']

type LeadView = {
  id: string
  consent: { at: string; textVersion: string }
  contact: Record<string, string> | null
  context: Record<string, unknown>
  delivery: { status: string }
}

const createLead = async (body: unknown = VALID, key = DEMO.siteKey) => {
  const res = await postJson('/v1/leads', body, { headers: widget(key) })
  expect(res.status).toBe(202)
  return (await res.json()) as { id: string; status: string }
}


describe('POST /v1/leads', () => {
  it('answers 202 with the lead id only, never echoing the contact details', async () => {
    const res = await postJson('/v1/leads', VALID, { headers: widget(DEMO.siteKey) })
    expect(res.status).toBe(202)
    expect(res.headers.get('cache-control')).toBe('no-store')
    const text = await res.text()
    expect(JSON.parse(text)).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), status: 'received' })
    for (const s of PHI) expect(text).not.toContain(s)
  })

  it.each([
    ['consent missing', { ...VALID, consent: undefined }, 'consent'],
    ['consent false', { ...VALID, consent: false }, 'consent'],
    ['consent as a string', { ...VALID, consent: 'yes' }, 'consent'],
    ['consent text version missing', { ...VALID, consentTextVersion: undefined }, 'consentTextVersion'],
    ['neither phone nor email', { ...VALID, phone: undefined, email: undefined }, 'phone'],
    ['a phone that is not 10 US digits', { ...VALID, phone: '555-0187' }, 'phone'],
    ['an area code starting with 1', { ...VALID, phone: '(112) 555-0187' }, 'phone'],
    ['a bad email', { ...VALID, email: 'not-an-email' }, 'email'],
    ['an empty name', { ...VALID, name: '   ' }, 'name'],
    ['an unknown preferred time', { ...VALID, preferredTime: 'midnight' }, 'preferredTime'],
    ['control characters in the message', { ...VALID, message: 'hi\u0000there' }, 'message'],
    ['a member ID (not collected on leads)', { ...VALID, memberId: 'W123456789' }, ''],
    ['negative patientPays', { ...VALID, context: { patientPays: -1 } }, 'context.patientPays'],
  ])('400 for %s', async (_name, body, path) => {
    const problem = await expectProblem(await postJson('/v1/leads', body, { headers: widget(DEMO.siteKey) }), 400)
    expect(problem.code).toBe('validation_failed')
    expect(problem.errors?.map((e) => e.path)).toContain(path)
  })

  it('accepts an email without a phone, and normalizes a phone to E.164', async () => {
    const { id: a } = await createLead({ ...VALID, phone: undefined })
    const { id: b } = await createLead({ ...VALID, email: undefined, phone: '+1 512.555.0187' })
    const get = async (id: string) =>
      ((await (await api(`/v1/leads/${id}`, { headers: staff(DEMO.staffKey) })).json()) as LeadView).contact
    expect(await get(a)).toEqual({
      name: VALID.name,
      email: VALID.email,
      preferredTime: 'evening',
      message: VALID.message,
    })
    expect((await get(b))?.phone).toBe('+15125550187')
  })

  it('401 without a registered site key', async () => {
    await expectProblem(await postJson('/v1/leads', VALID), 401)
    await expectProblem(await postJson('/v1/leads', VALID, { headers: site('pk_test_nope') }), 401)
  })

  it('415 for a body that is not JSON', async () => {
    const res = await api('/v1/leads', { method: 'POST', headers: { ...widget(DEMO.siteKey), 'Content-Type': 'text/plain' }, body: 'x' })
    await expectProblem(res, 415)
  })
})

describe('leads at rest', () => {
  it('stores name, phone, email and message only encrypted (raw D1 row and outbox)', async () => {
    const { id } = await createLead()
    const [row] = await sql(`SELECT * FROM leads WHERE id = ${q(id)}`)
    expect(row).toBeDefined()
    const raw = JSON.stringify(row)
    for (const s of PHI) expect(raw).not.toContain(s)
    expect(row!.contact_enc).toMatch(/^v1\.[\w-]+\.[\w-]+$/)
    // The non-PHI context stays queryable in clear.
    expect(row).toMatchObject({ partner_id: 'demo', payer_id: 'aetna', state: 'TX', estimate_patient_pays: 123_400 })
    const outbox = JSON.stringify(await sql(`SELECT * FROM webhook_outbox WHERE lead_id = ${q(id)}`))
    for (const s of PHI) expect(outbox).not.toContain(s)
  })

  it('keeps contact details out of the logs', async () => {
    await createLead()
    const logs = await workerLogs()
    expect(logs).toContain('"event":"request"') // the log is really there
    for (const s of PHI) expect(logs).not.toContain(s)
  })
})

describe('staff views of leads', () => {
  it('lists the partner’s leads decrypted, newest first, with consent and delivery status', async () => {
    const { id } = await createLead()
    const res = await api('/v1/leads?limit=5', { headers: staff(DEMO.staffKey) })
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    const { leads } = (await res.json()) as { leads: LeadView[] }
    expect(leads[0]).toMatchObject({
      id,
      consent: { textVersion: '2026-11-01' },
      contact: { name: VALID.name, phone: '+15125550187', email: VALID.email },
      context: VALID.context,
      delivery: { status: expect.stringMatching(/^(no_webhook|pending|delivered|failed)$/) },
    })
    expect(leads.length).toBeLessThanOrEqual(5)
  })

  it('audits the list in one row naming every lead it showed, without PHI in the audit rows', async () => {
    const { id } = await createLead()
    const list = await api('/v1/leads?limit=1', { headers: staff(DEMO.staffKey) })
    const requestId = list.headers.get('x-request-id')!
    const rows = await sql<{ action: string; subject_id: string | null; subject_ids: string | null; actor: string }>(
      `SELECT action, subject_id, subject_ids, actor FROM audit_log WHERE request_id = ${q(requestId)} ORDER BY id`,
    )
    expect(rows).toEqual([{ action: 'lead.list', subject_id: null, subject_ids: JSON.stringify([id]), actor: 'staff:key_demo_local' }])
    const all = JSON.stringify(await sql('SELECT * FROM audit_log'))
    for (const s of PHI) expect(all).not.toContain(s)
  })

  it('401 without a staff key, and a site key is not a staff key', async () => {
    await expectProblem(await api('/v1/leads'), 401)
    await expectProblem(await api('/v1/leads', { headers: site(DEMO.siteKey) }), 401)
    await expectProblem(await api('/v1/leads', { headers: staff('sk_test_wrong') }), 401)
  })
})

describe('tenant isolation for leads', () => {
  it('another partner’s staff gets 404 for a lead id that is not theirs, and never lists it', async () => {
    const { id } = await createLead()
    const problem = await expectProblem(await api(`/v1/leads/${id}`, { headers: staff(OTHER.staffKey) }), 404)
    expect(problem.code).toBe('not_found')
    const { leads } = (await (await api('/v1/leads?limit=100', { headers: staff(OTHER.staffKey) })).json()) as { leads: LeadView[] }
    expect(leads.map((l) => l.id)).not.toContain(id)
  })

  it('a lead posted with another partner’s site key belongs to that partner only', async () => {
    const { id } = await createLead(VALID, OTHER.siteKey)
    expect((await api(`/v1/leads/${id}`, { headers: staff(OTHER.staffKey) })).status).toBe(200)
    await expectProblem(await api(`/v1/leads/${id}`, { headers: staff(DEMO.staffKey) }), 404)
  })
})
