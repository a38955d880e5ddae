// POST /v1/coverage/checks over HTTP: the answer's shape, unknown payers, validation naming each
// bad field, and privacy (the member ID is never echoed nor logged).
import { describe, expect, it } from 'vitest'
import { api, expectProblem, postJson, workerLogs } from '../support/worker'
import { DEMO, staff } from '../support/tenants'

// Staff calls: these tests are about the coverage check itself, not the widget's guards
// (test/worker/access-control.test.ts covers those).
const AS_STAFF = { headers: staff(DEMO.staffKey) }
const PATH = '/v1/coverage/checks'

type Body = {
  payer: { id: string; name: string; kind: string; confidence: number; matchedBy: string } | null
  plan: { type: string | null; market: string | null; name: string | null }
  coverage: {
    status: string
    priorAuthorization: string
    behavioralHealthManager: { name: string; phone: string | null } | null
    billingCodes: string[]
    sources: { title: string; url: string; verified: string }[]
    rule: { id: string; version: string }
  }
  estimate: {
    currency: string
    days: number
    patientPays: number
    assumptions: { field: string; value: unknown; why: string }[]
    explanation: string[]
    range?: { low: number; high: number; basis: string[] }
  }
  nextSteps: string[]
}

describe('POST /v1/coverage/checks', () => {
  it('answers a quick check with payer, plan, coverage, a typical estimate and a range', async () => {
    const res = await postJson(PATH, { payer: 'uhc', state: 'CA', plan: 'Choice Plus PPO', program: 'mental_health' }, AS_STAFF)
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    const body = (await res.json()) as Body
    expect(body.payer).toMatchObject({ id: 'unitedhealthcare', kind: 'commercial', matchedBy: 'alias' })
    expect(body.plan).toMatchObject({ type: 'PPO', market: null, name: 'Choice Plus PPO' })
    expect(body.coverage).toMatchObject({
      status: 'covered_with_conditions',
      billingCodes: ['S9480', '0905'],
      rule: { id: 'family-unitedhealthcare', version: '2026-12-03' },
    })
    expect(body.coverage.behavioralHealthManager?.name).toContain('Optum')
    expect(body.coverage.sources.every((s) => /^https?:\/\//.test(s.url))).toBe(true)
    expect(body.estimate.currency).toBe('USD')
    expect(body.estimate.days).toBe(36)
    expect(body.estimate.range!.low).toBeLessThanOrEqual(body.estimate.patientPays)
    expect(body.estimate.range!.high).toBeGreaterThanOrEqual(body.estimate.patientPays)
    expect(body.estimate.assumptions.map((a) => a.field)).toContain('benefits.coinsurance')
    expect(body.estimate.explanation.length).toBeGreaterThan(2)
    expect(body.nextSteps.length).toBeGreaterThan(0)
  })

  it('accepts a payer by id', async () => {
    const body = (await (await postJson(PATH, { payer: { id: 'cigna' } }, AS_STAFF)).json()) as Body
    expect(body.payer).toMatchObject({ id: 'cigna', matchedBy: 'id', confidence: 1 })
  })

  it('answers an unknown payer with 200, payer null, status unknown and next steps', async () => {
    const res = await postJson(PATH, {
      payer: 'Zyxwv Mutual of Nowhere',
      benefits: { coinsurance: 0.2 },
      treatment: { daysPerWeek: 3, weeks: 1, allowedPerDay: 10000 },
    }, AS_STAFF)
    expect(res.status).toBe(200)
    const body = (await res.json()) as Body
    expect(body.payer).toBeNull()
    expect(body.coverage.status).toBe('unknown')
    expect(body.coverage.rule.id).toBe('default')
    expect(body.nextSteps.join(' ')).toMatch(/card/)
    // Still estimated from what was given: 3 × 20 % × $100 = $60.
    expect(body.estimate.patientPays).toBe(6000)
  })

  it('allows met above total (clamped)', async () => {
    const res = await postJson(PATH, {
      payer: 'Aetna',
      benefits: { deductible: { total: 1000, met: 5000 }, coinsurance: 0 },
      treatment: { weeks: 1, allowedPerDay: 10000 },
    }, AS_STAFF)
    expect(res.status).toBe(200)
    expect(((await res.json()) as Body).estimate.patientPays).toBe(0)
  })

  it('400 naming each impossible field', async () => {
    const res = await postJson(PATH, {
      payer: 'Aetna',
      state: 'XX',
      program: 'detox',
      network: 'maybe',
      benefits: {
        coinsurance: 1.5,
        copay: -100,
        deductible: { total: 100.5, met: 0 },
      },
      treatment: { daysPerWeek: 8, weeks: 60, chargePerDay: -1 },
    }, AS_STAFF)
    const problem = await expectProblem(res, 400)
    expect(problem.code).toBe('validation_failed')
    expect(problem.errors?.map((e) => e.path).sort()).toEqual(
      [
        'benefits.coinsurance',
        'benefits.copay',
        'benefits.deductible.total',
        'network',
        'program',
        'state',
        'treatment.chargePerDay',
        'treatment.daysPerWeek',
        'treatment.weeks',
      ].sort(),
    )
  })

  it.each([
    [{ payer: 'Aetna', treatment: { daysPerWeek: 0 } }, 'treatment.daysPerWeek'],
    [{ payer: 'Aetna', treatment: { weeks: 2.5 } }, 'treatment.weeks'],
    [{ payer: '' }, 'payer'],
    [{ payer: 'x'.repeat(101) }, 'payer'],
    [{ payer: 'Aet\u0000na' }, 'payer'],
    [{}, 'payer'],
    [{ payer: 'Aetna', benefits: { coinsurance: 0.1234567 } }, 'benefits.coinsurance'],
    [{ payer: 'Aetna', surprise: 1 }, ''],
  ])('400 for %j at %s', async (request, path) => {
    const problem = await expectProblem(await postJson(PATH, request, AS_STAFF), 400)
    expect(problem.errors?.map((e) => e.path)).toContain(path)
  })

  it('405 with Allow for GET', async () => {
    const res = await api(PATH, AS_STAFF)
    await expectProblem(res, 405)
    expect(res.headers.get('allow')).toContain('POST')
  })

  it('400 for malformed JSON', async () => {
    const res = await api(PATH, { method: 'POST', headers: { ...staff(DEMO.staffKey), 'Content-Type': 'application/json' }, body: '{"payer":' })
    await expectProblem(res, 400)
  })

  it('accepts a 271 summary as benefits (remaining, nulls)', async () => {
    const res = await postJson(PATH, {
      payer: 'Aetna',
      benefits: {
        deductible: { total: 150000, remaining: 100000 },
        outOfPocketMax: { total: null, remaining: null },
        coinsurance: 0.2,
        copay: null,
        priorAuthorization: 'required',
      },
      treatment: { daysPerWeek: 5, weeks: 1, allowedPerDay: 40000 },
    }, AS_STAFF)
    expect(res.status).toBe(200)
    const body = (await res.json()) as Body
    // $1,000 remaining: days 1–2 $400 each, day 3 $200 + 20 % × $200 = $240, days 4–5 $80:
    // 400 + 400 + 240 + 80 + 80 = $1,200.
    expect(body.estimate.patientPays).toBe(120000)
  })

  it('415 for a body that is not JSON', async () => {
    const res = await api(PATH, { method: 'POST', headers: { ...staff(DEMO.staffKey), 'Content-Type': 'text/plain' }, body: 'payer=aetna' })
    await expectProblem(res, 415)
  })

  it('never echoes nor logs the member ID', async () => {
    const memberId = `ZGP${Date.now()}`
    const res = await postJson(PATH, { payer: 'Cigna', memberId }, AS_STAFF)
    expect(res.status).toBe(200)
    expect(await res.text()).not.toContain(memberId)
    expect(await workerLogs()).not.toContain(memberId)
  })
})
