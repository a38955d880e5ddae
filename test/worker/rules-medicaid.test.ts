// Medicaid and military rules over HTTP (POST /v1/coverage/checks against the local Worker): the
// state's own rule answers, with its authorizing entity and a primary source; TRICARE For Life and
// CHAMPVA cost what their rules say (hand calculations in the comments).
import { describe, expect, it } from 'vitest'
import { isPrimarySource } from '../../worker/data/rules/primary-sources'
import { OTHER, staff } from '../support/tenants'
import { postJson } from '../support/worker'

type Body = {
  payer: { id: string } | null
  coverage: {
    priorAuthorization: string
    behavioralHealthManager: { name: string; phone: string | null } | null
    notes: string[]
    sources: { url: string }[]
    rule: { id: string }
  }
  estimate: { allowedTotal: number; patientPays: number; outOfPocketMaxReachedOnDay: number | null }
  nextSteps: string[]
}

const checkOver = async (request: Record<string, unknown>): Promise<Body> => {
  const res = await postJson('/v1/coverage/checks', request, { headers: staff(OTHER.staffKey) })
  expect(res.status).toBe(200)
  return (await res.json()) as Body
}

describe('POST /v1/coverage/checks: Medicaid by state', () => {
  it.each([
    ['pennsylvania medicaid', 'PA', 'medicaid-pa', /Behavioral HealthChoices plan \(BH-MCO\)/],
    ['husky', 'CT', 'medicaid-ct', /^Connecticut Behavioral Health Partnership/],
    ['michigan medicaid', 'MI', 'medicaid-mi', /Prepaid Inpatient Health Plan \(PIHP\)/],
    ['health first colorado', 'CO', 'medicaid-co', /Regional Accountable Entity \(RAE\)/],
  ])('%s in %s → %s, naming the entity that authorizes IOP', async (payer, state, rule, entity) => {
    const b = await checkOver({ payer, state })
    expect(b.payer?.id).toBe(`medicaid-${state.toLowerCase()}`)
    expect(b.coverage.rule.id).toBe(rule)
    expect(b.coverage.behavioralHealthManager?.name).toMatch(entity)
    expect(b.coverage.sources.some((s) => isPrimarySource(s.url))).toBe(true)
    expect(b.estimate.patientPays).toBe(0)
  })

  it('a physical-health HealthChoices plan in PA → the county BH-MCO authorizes IOP, not the plan', async () => {
    const b = await checkOver({ payer: { id: 'amerihealth-caritas' }, state: 'PA' })
    expect(b.coverage.rule.id).toBe('medicaid-pa-plans')
    expect(b.coverage.behavioralHealthManager?.name).toMatch(/Behavioral HealthChoices plan \(BH-MCO\)/)
    expect(b.coverage.notes.join(' ')).toMatch(/not by a physical-health plan/)
  })

  it('ahcccs in AZ → the ACC plan or the RBHA', async () => {
    const b = await checkOver({ payer: 'ahcccs', state: 'AZ' })
    expect(b.coverage.rule.id).toBe('medicaid-az')
    expect(b.coverage.notes.join(' ')).toMatch(/Regional Behavioral Health Authority \(RBHA\)/)
  })

  it('texas medicaid in TX → its own rule, with the generic typical per diem (not Virginia’s)', async () => {
    const b = await checkOver({ payer: 'texas medicaid', state: 'TX' })
    expect(b.coverage.rule.id).toBe('medicaid-tx')
    // 36 days × the generic $250.
    expect(b.estimate.allowedTotal).toBe(36 * 25000)
    expect(b.coverage.sources.map((s) => s.url)).not.toContain('https://www.dmas.virginia.gov/')
  })
})

describe('POST /v1/coverage/checks: military and VA', () => {
  it('tricare for life → $0 for covered IOP', async () => {
    const b = await checkOver({ payer: 'tricare for life', state: 'FL' })
    expect(b.coverage.rule.id).toBe('payer-tricare-for-life')
    // 36 × $259.13 = $9,328.68, all paid by Medicare and TFL.
    expect(b.estimate.allowedTotal).toBe(932868)
    expect(b.estimate.patientPays).toBe(0)
  })

  it('champva → $50 deductible, 25 %, capped at $3,000 on day 30', async () => {
    const b = await checkOver({ payer: 'champva', state: 'OH' })
    // $137.50 on day 1, $100 a day after, the $3,000 cap reached on day 30 (see the unit test).
    expect(b.estimate.patientPays).toBe(300000)
    expect(b.estimate.outOfPocketMaxReachedOnDay).toBe(30)
  })
})
