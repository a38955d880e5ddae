// Eligibility answers carry a coverage check computed with the payer's own figures. Expected
// numbers are hand calculations from the 271s: sandbox/271/active.x12 (what the sandbox
// clearinghouse answers for ACTIVE001…) and test/fixtures/x12/aetna-sud-in-and-out.x12 have the
// same SUD figures: in network deductible $1,500 with $1,000 left, out-of-pocket max $6,000 with
// $5,500 left, 20 % coinsurance (AI line, prior authorization required); out of network deductible
// $3,000 with $3,000 left, out-of-pocket max $12,000, 40 %.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { DEMO, staff } from '../support/tenants'
import { api, expectProblem, postJson } from '../support/worker'

type Check = {
  payer: { id: string; matchedBy: string } | null
  plan: { type: string | null; name: string | null }
  coverage: { status: string; priorAuthorization: string; notes: string[] }
  estimate: {
    days: number
    patientPays: number
    planPays: number
    breakdown: { deductible: number; coinsurance: number; copay: number; balanceBilling: number }
    outOfPocketMaxReachedOnDay: number | null
    assumptions: { field: string; value: unknown }[]
    range?: unknown
  }
  nextSteps: string[]
}

const person = { payer: 'aetna', firstName: 'Jane', lastName: 'Doe', dateOfBirth: '1985-02-14' }
const course = { daysPerWeek: 3, weeks: 12, allowedPerDay: 40000, chargePerDay: 60000 }
const check = (memberId: string, extra: Record<string, unknown> = {}) =>
  postJson('/v1/eligibility/checks', { ...person, memberId, treatment: course, ...extra }, { headers: staff(DEMO.staffKey) })
const benefitFields = (c: Check) =>
  c.estimate.assumptions.map((a) => a.field).filter((f) => /^benefits\.((deductible|outOfPocketMax)(\.|$)|coinsurance$|copay$)/.test(f))

describe('POST /v1/eligibility/checks: the coverage check with the member’s figures', () => {
  it('in network: the 271’s deductible and out-of-pocket figures, exactly', async () => {
    const res = await check('ACTIVE001-E1')
    expect(res.status).toBe(200)
    const body = (await res.json()) as { payerId: string; coverageCheck: Check }
    const c = body.coverageCheck
    expect(c.payer).toMatchObject({ id: 'aetna', matchedBy: 'id' })
    // The plan name of the 271 ("SANDBOX PPO") names the plan type.
    expect(c.plan).toMatchObject({ type: 'PPO', name: 'SANDBOX PPO' })
    expect(c.coverage.status).toBe('covered_with_conditions')
    expect(c.coverage.priorAuthorization).toBe('required')
    // 36 days at $400: $1,000 deductible left (days 1–2 and $200 of day 3), then 20 %:
    // 40000 + 40000 + (20000 + 4000) + 33 × 8000 = 368000, under the $5,500 left to the cap.
    expect(c.estimate).toMatchObject({
      days: 36,
      patientPays: 368000,
      planPays: 36 * 40000 - 368000,
      breakdown: { deductible: 100000, coinsurance: 268000, copay: 0, balanceBilling: 0 },
      outOfPocketMaxReachedOnDay: null,
    })
    // The member's figures are given, not assumed, and no typical range is shown.
    expect(benefitFields(c)).toEqual([])
    expect(c.estimate.range).toBeUndefined()
  })

  it('out of network: the out-of-network figures and the balance bill', async () => {
    const body = (await (await check('ACTIVE001-E2', { network: 'out' })).json()) as { coverageCheck: Check }
    // $3,000 deductible: 7 × 40000 + 20000 on day 8; 40 %: 8000 on day 8 + 28 × 16000 = 456000;
    // balance bill 36 × (60000 − 40000) = 720000; 756000 is under the $12,000 cap.
    expect(body.coverageCheck.estimate).toMatchObject({
      patientPays: 300000 + 456000 + 720000,
      breakdown: { deductible: 300000, coinsurance: 456000, copay: 0, balanceBilling: 720000 },
    })
    // The 271 gives no remaining amount for the out-of-network cap: nothing met is assumed, and said.
    expect(benefitFields(body.coverageCheck)).toEqual(['benefits.outOfPocketMax.met'])
  })

  it('an inactive member: not covered, and what to do', async () => {
    const res = await check('INACTIVE01-E3')
    expect(res.status).toBe(200)
    const c = ((await res.json()) as { coverageCheck: Check }).coverageCheck
    expect(c.coverage.status).toBe('not_covered')
    expect(c.nextSteps[0]).toMatch(/inactive/)
  })

  it('rejects a bad network value, naming the field', async () => {
    const res = await check('ACTIVE001-E4', { network: 'sideways' })
    const problem = await expectProblem(res, 400)
    expect(JSON.stringify(problem)).toContain('network')
  })
})

describe('POST /v1/eligibility/x12?estimate=1', () => {
  const aetna = readFileSync(new URL('../fixtures/x12/aetna-sud-in-and-out.x12', import.meta.url), 'utf8')
  const post = (query: string, body = aetna) =>
    api(`/v1/eligibility/x12${query}`, { method: 'POST', headers: { ...staff(DEMO.staffKey), 'Content-Type': 'text/plain' }, body })

  it('adds a coverage check per entry, with the payer from the 271 and its figures', async () => {
    const res = await post('?estimate=1')
    expect(res.status).toBe(200)
    const body = (await res.json()) as { transactions: unknown[]; coverageChecks: (Check | null)[] }
    expect(body.coverageChecks).toHaveLength(body.transactions.length)
    const c = body.coverageChecks[0]!
    expect(c.payer).toMatchObject({ id: 'aetna', matchedBy: 'id' })
    expect(c.coverage.priorAuthorization).toBe('required')
    // Typical course (3 days × 12 weeks) at the demo partner's contracted $350 a day with Aetna
    // (seed/local.sql), the same figures: $1,000 deductible left (days 1–2 and $300 of day 3),
    // then 20 %: 1000 on day 3 + 33 × 7000 = 100000 + 1000 + 231000 = 332000.
    expect(c.estimate.patientPays).toBe(332000)
    expect(c.estimate.breakdown.deductible).toBe(100000)
    expect(benefitFields(c)).toEqual([])
  })

  it('answers the reading alone without estimate=1', async () => {
    const body = (await (await post('')).json()) as Record<string, unknown>
    expect(body).not.toHaveProperty('coverageChecks')
  })

  it('answers a rejected entry without a price, saying why and what to do', async () => {
    const rejected = readFileSync(new URL('../fixtures/x12/cigna-subscriber-not-found.x12', import.meta.url), 'utf8')
    const body = (await (await post('?estimate=1', rejected)).json()) as {
      coverageChecks: { estimate: unknown; noEstimate: string; member: { status: string }; coverage: { status: string; conditions: unknown[] }; nextSteps: string[] }[]
    }
    expect(body.coverageChecks).toHaveLength(1)
    const a = body.coverageChecks[0]!
    expect(a.estimate).toBeNull()
    expect(a.noEstimate).toBe('member_rejected')
    expect(a.member.status).toBe('rejected')
    expect(a.coverage.status).toBe('unknown')
    expect(a.coverage.conditions).toEqual([])
    // AAA 75 (subscriber not found) points at the payer and the member ID.
    expect(a.nextSteps.slice(0, 2)).toEqual([
      'Check that this is the right payer (for Blue plans, the right state plan).',
      'Check the member ID against the card, including any prefix.',
    ])
  })
})
