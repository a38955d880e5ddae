import { beforeAll, describe, expect, it } from 'vitest'
import { createHmac } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { q, sql } from '../support/d1'
import { DEMO, OTHER, site, staff, widget } from '../support/tenants'
import { api, expectProblem, postJson, runCron, workerLogs } from '../support/worker'

const PATIENT = { name: 'Evangeline Przybylski', dob: '1987-04-19', memberId: 'ZQX987654321' }
const PHI = ['Evangeline', 'Przybylski', '1987-04-19', 'ZQX987654321', '987654321']
const COVERAGE_CHECK = {
  payer: { id: 'aetna', name: 'Aetna', kind: 'commercial' },
  coverage: { status: 'covered_with_conditions', priorAuthorization: 'required' },
  estimate: { currency: 'USD', days: 36, patientPays: 312_000, planPays: 1_128_000 },
}
const VOB = { patient: PATIENT, program: 'substance_use', coverageCheck: COVERAGE_CHECK, notes: 'PA via Carelon, ref 12' }

type VobView = {
  id: string
  createdBy: string
  payerId: string | null
  payerName: string | null
  coverageStatus: string | null
  patient: typeof PATIENT | null
  result: { coverageCheck?: unknown; notes?: string } | null
  purgedAt: string | null
}

const HASH_KEY = async () => {
  const env = await readFile('local.env', 'utf8')
  return Buffer.from(/^HASH_KEY=(.+)$/m.exec(env)![1]!, 'base64')
}

const createVob = async (body: unknown = VOB, key = DEMO.staffKey) => {
  const res = await postJson('/v1/vobs', body, { headers: staff(key) })
  expect(res.status).toBe(201)
  return (await res.json()) as { id: string; createdAt: string; purgeAfter: string }
}


describe('POST /v1/vobs', () => {
  it('saves a verification and answers 201 with its id and purge date, no PHI', async () => {
    const res = await postJson('/v1/vobs', VOB, { headers: staff(DEMO.staffKey) })
    expect(res.status).toBe(201)
    const text = await res.text()
    for (const s of PHI) expect(text).not.toContain(s)
    const body = JSON.parse(text) as { id: string; createdAt: string; purgeAfter: string }
    // The demo partner keeps PHI 30 days (the default retention).
    expect(Date.parse(body.purgeAfter) - Date.parse(body.createdAt)).toBe(30 * 86_400_000)
  })

  it.each([
    ['no patient', { coverageCheck: COVERAGE_CHECK }, 'patient'],
    ['a DOB that does not exist', { ...VOB, patient: { ...PATIENT, dob: '1987-02-30' } }, 'patient.dob'],
    ['a DOB in the future', { ...VOB, patient: { ...PATIENT, dob: '2999-01-01' } }, 'patient.dob'],
    ['a member ID with spaces inside', { ...VOB, patient: { ...PATIENT, memberId: 'ZQX 987' } }, 'patient.memberId'],
    ['neither a coverage check nor a 271 reading', { patient: PATIENT }, 'coverageCheck'],
    ['an unknown field', { ...VOB, ssn: '123-45-6789' }, ''],
  ])('400 for %s', async (_name, body, path) => {
    const problem = await expectProblem(await postJson('/v1/vobs', body, { headers: staff(DEMO.staffKey) }), 400)
    expect(problem.errors?.map((e) => e.path)).toContain(path)
    expect(JSON.stringify(problem)).not.toContain('123-45-6789')
  })

  it('stores name, DOB and member ID only encrypted; the member ID as an HMAC for correlation', async () => {
    const { id } = await createVob()
    const [row] = await sql(`SELECT * FROM vobs WHERE id = ${q(id)}`)
    const raw = JSON.stringify(row)
    for (const s of PHI) expect(raw).not.toContain(s)
    expect(row).toMatchObject({
      partner_id: 'demo',
      created_by: 'Local demo key',
      payer_id: 'aetna',
      payer_name: 'Aetna',
      program: 'substance_use',
      coverage_status: 'covered_with_conditions',
      patient_enc: expect.stringMatching(/^v1\./),
      result_enc: expect.stringMatching(/^v1\./),
      member_hmac: createHmac('sha256', await HASH_KEY()).update('ZQX987654321').digest('hex'),
    })
  })

  it('accepts a 271 reading alone and takes payer and status from it', async () => {
    const eligibility = { transactions: [{ status: 'active', payer: { id: '60054', name: 'AETNA' }, iop: {} }] }
    const { id } = await createVob({ patient: PATIENT, eligibility })
    const vob = (await (await api(`/v1/vobs/${id}`, { headers: staff(DEMO.staffKey) })).json()) as VobView
    expect(vob).toMatchObject({ payerId: '60054', payerName: 'AETNA', coverageStatus: 'active', result: { eligibility } })
  })
})

describe('reading VOBs', () => {
  it('GET /v1/vobs lists ids, dates, payer and status, and no PHI', async () => {
    const { id } = await createVob()
    const res = await api('/v1/vobs?limit=10', { headers: staff(DEMO.staffKey) })
    expect(res.status).toBe(200)
    const text = await res.text()
    for (const s of PHI) expect(text).not.toContain(s)
    const { vobs } = JSON.parse(text) as { vobs: VobView[] }
    expect(vobs[0]).toEqual({
      id,
      // VOB- and the id's first eight hex digits in two groups (worker/domain/vob/reference.ts).
      reference: `VOB-${id.slice(0, 4).toUpperCase()}-${id.slice(4, 8).toUpperCase()}`,
      createdAt: expect.any(String),
      createdBy: 'Local demo key',
      payerId: 'aetna',
      payerName: 'Aetna',
      program: 'substance_use',
      coverageStatus: 'covered_with_conditions',
      purgeAfter: expect.any(String),
      purgedAt: null,
    })
  })

  it('GET /v1/vobs/:id returns the decrypted VOB', async () => {
    const { id } = await createVob()
    const res = await api(`/v1/vobs/${id}`, { headers: staff(DEMO.staffKey) })
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(await res.json()).toMatchObject({
      id,
      patient: PATIENT,
      result: { coverageCheck: COVERAGE_CHECK, notes: VOB.notes },
      purgedAt: null,
    })
  })

  it('DELETE /v1/vobs/:id removes the PHI, keeps a tombstone, then 404', async () => {
    const { id } = await createVob()
    const del = await api(`/v1/vobs/${id}`, { method: 'DELETE', headers: staff(DEMO.staffKey) })
    expect(del.status).toBe(204)
    await expectProblem(await api(`/v1/vobs/${id}`, { headers: staff(DEMO.staffKey) }), 404)
    await expectProblem(await api(`/v1/vobs/${id}`, { method: 'DELETE', headers: staff(DEMO.staffKey) }), 404)
    const [row] = await sql(`SELECT patient_enc, result_enc, member_hmac, deleted_at FROM vobs WHERE id = ${q(id)}`)
    expect(row).toEqual({ patient_enc: null, result_enc: null, member_hmac: null, deleted_at: expect.any(String) })
  })

  it('404 for an unknown id, 400 for an id that is not one', async () => {
    await expectProblem(await api(`/v1/vobs/${crypto.randomUUID()}`, { headers: staff(DEMO.staffKey) }), 404)
    await expectProblem(await api('/v1/vobs/not-an-id', { headers: staff(DEMO.staffKey) }), 400)
  })
})

describe('audit of PHI access', () => {
  it('records create, list, read and delete: who, when, what, never the PHI', async () => {
    const created = await postJson('/v1/vobs', VOB, { headers: staff(DEMO.staffKey) })
    const { id } = (await created.json()) as { id: string }
    const list = await api('/v1/vobs', { headers: staff(DEMO.staffKey) })
    const read = await api(`/v1/vobs/${id}`, { headers: staff(DEMO.staffKey) })
    const del = await api(`/v1/vobs/${id}`, { method: 'DELETE', headers: staff(DEMO.staffKey) })
    const res = await api('/v1/audit?limit=20', { headers: staff(DEMO.staffKey) })
    expect(res.status).toBe(200)
    const text = await res.text()
    for (const s of PHI) expect(text).not.toContain(s)
    const { entries } = JSON.parse(text) as { entries: { action: string; subjectId: string | null; actor: string; requestId: string; at: string; memberHmac: string | null }[] }
    const byRequest = (r: Response) => entries.filter((e) => e.requestId === r.headers.get('x-request-id'))
    const hmac = createHmac('sha256', await HASH_KEY()).update('ZQX987654321').digest('hex')
    expect(byRequest(created)).toEqual([expect.objectContaining({ action: 'vob.create', subjectId: id, actor: 'staff:key_demo_local', memberHmac: hmac })])
    expect(byRequest(list)).toEqual([expect.objectContaining({ action: 'vob.list', subjectId: null })])
    expect(byRequest(read)).toEqual([expect.objectContaining({ action: 'vob.read', subjectId: id, memberHmac: hmac })])
    expect(byRequest(del)).toEqual([expect.objectContaining({ action: 'vob.delete', subjectId: id })])
    // Newest first.
    expect(entries.map((e) => e.at)).toEqual([...entries.map((e) => e.at)].sort().reverse())

    const raw = JSON.stringify(await sql('SELECT * FROM audit_log'))
    for (const s of PHI) expect(raw).not.toContain(s)
  })

  it('keeps names, DOBs and member IDs out of the logs', async () => {
    await createVob()
    const logs = await workerLogs()
    expect(logs).toContain('"event":"request"') // the log is really there
    for (const s of PHI) expect(logs).not.toContain(s)
  })
})

describe('retention purge (Cron Trigger)', () => {
  it('clears the PHI of a VOB and a lead past retention, keeps tombstones, audits `purge`', async () => {
    const { id: vobId } = await createVob()
    const { id: keepId } = await createVob()
    const leadRes = await postJson(
      '/v1/leads',
      { consent: true, consentTextVersion: '2026-11-01', name: 'Evangeline Przybylski', email: 'e.p@example.org' },
      { headers: widget(DEMO.siteKey) },
    )
    expect(leadRes.status).toBe(202)
    const { id: leadId } = (await leadRes.json()) as { id: string }
    await sql(`UPDATE vobs SET purge_after = '2001-01-01T00:00:00.000Z' WHERE id = ${q(vobId)}`)
    await sql(`UPDATE leads SET purge_after = '2001-01-01T00:00:00.000Z' WHERE id = ${q(leadId)}`)
    expect((await runCron()).status).toBe(200)

    const vob = (await (await api(`/v1/vobs/${vobId}`, { headers: staff(DEMO.staffKey) })).json()) as VobView
    expect(vob).toMatchObject({ id: vobId, patient: null, result: null, payerId: 'aetna', purgedAt: expect.any(String) })
    const lead = (await (await api(`/v1/leads/${leadId}`, { headers: staff(DEMO.staffKey) })).json()) as { contact: unknown; purgedAt: string }
    expect(lead).toMatchObject({ contact: null, purgedAt: expect.any(String) })
    const rows = await sql(`SELECT patient_enc, result_enc, member_hmac FROM vobs WHERE id = ${q(vobId)}`)
    expect(rows).toEqual([{ patient_enc: null, result_enc: null, member_hmac: null }])
    const audits = await sql(
      `SELECT actor, action, subject_id FROM audit_log WHERE action = 'purge' AND subject_id IN (${q(vobId)}, ${q(leadId)}) ORDER BY subject_id`,
    )
    expect(audits).toHaveLength(2)
    expect(audits).toEqual(
      expect.arrayContaining([
        { actor: 'system:retention', action: 'purge', subject_id: vobId },
        { actor: 'system:retention', action: 'purge', subject_id: leadId },
      ]),
    )
    // A VOB within retention is untouched.
    const kept = (await (await api(`/v1/vobs/${keepId}`, { headers: staff(DEMO.staffKey) })).json()) as VobView
    expect(kept.patient).toEqual(PATIENT)
  }, 60_000)
})

describe('tenant isolation for VOBs and audit', () => {
  it('another partner’s staff gets 404 (not 403) for read and delete, and never lists it', async () => {
    const { id } = await createVob()
    for (const method of ['GET', 'DELETE']) {
      const problem = await expectProblem(await api(`/v1/vobs/${id}`, { method, headers: staff(OTHER.staffKey) }), 404)
      expect(problem.code).toBe('not_found')
    }
    const { vobs } = (await (await api('/v1/vobs?limit=100', { headers: staff(OTHER.staffKey) })).json()) as { vobs: VobView[] }
    expect(vobs.map((v) => v.id)).not.toContain(id)
    // Still there for its owner.
    expect((await api(`/v1/vobs/${id}`, { headers: staff(DEMO.staffKey) })).status).toBe(200)
  })

  it('a VOB saved by another partner is recorded under that partner', async () => {
    const { id } = await createVob(VOB, OTHER.staffKey)
    const [row] = await sql(`SELECT partner_id, created_by FROM vobs WHERE id = ${q(id)}`)
    expect(row).toEqual({ partner_id: 'other', created_by: 'Local test key' })
    await expectProblem(await api(`/v1/vobs/${id}`, { headers: staff(DEMO.staffKey) }), 404)
  })

  it('the audit log shows only the caller’s partner', async () => {
    await createVob(VOB, OTHER.staffKey)
    const { entries } = (await (await api('/v1/audit?limit=200', { headers: staff(OTHER.staffKey) })).json()) as { entries: { id: number; actor: string; requestId: string | null }[] }
    expect(entries.length).toBeGreaterThan(0)
    expect(entries.every((e) => e.actor === 'staff:key_other_local' || e.actor.startsWith('system:') || e.actor === 'site')).toBe(true)
    // Ids count per partner (migration 0004), so rows are told apart by their request.
    const demoRequests = await sql<{ request_id: string | null }>("SELECT request_id FROM audit_log WHERE partner_id = 'demo' AND request_id IS NOT NULL")
    const shown = new Set(entries.map((e) => e.requestId))
    expect(demoRequests.length).toBeGreaterThan(0)
    expect(demoRequests.some((r) => shown.has(r.request_id))).toBe(false)
  })

  it.each([
    ['POST', '/v1/vobs'],
    ['GET', '/v1/vobs'],
    ['GET', `/v1/vobs/${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}`],
    ['DELETE', `/v1/vobs/${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}`],
    ['GET', '/v1/audit'],
  ])('%s %s: 401 anonymous or with a site key only', async (method, path) => {
    const init = method === 'POST' ? { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(VOB) } : { method }
    await expectProblem(await api(path, init), 401)
    await expectProblem(await api(path, { ...init, headers: { ...(init.headers ?? {}), ...site(DEMO.siteKey) } }), 401)
  })
})
