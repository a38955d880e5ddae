// The coverage check as a pure function: coverage answers from the rules, what is assumed and why,
// the precedence request > partner defaults > rule typicals, and the quick-check range.
import { describe, expect, it } from 'vitest'
import { PAYERS, PAYERS_BY_ID } from '../../worker/data/payers'
import { PROFILES, RULES } from '../../worker/data/rules'
import { checkCoverage, type CoverageCheckInput } from '../../worker/domain/coverage/check'
import type { PartnerDefaults } from '../../worker/domain/coverage/types'
import type { PayerResolution } from '../../worker/domain/payer/resolve'
import type { PayerKind, PayerRecord } from '../../worker/domain/payer/types'

const payerOf = (id: string): PayerRecord => PAYERS.find((p) => p.id === id)!
/** A synthetic directory record for kinds the branch's small directory lacks. */
const synthetic = (kind: PayerKind, family = `test-${kind}`): PayerRecord => ({
  id: `test-${kind}`,
  name: `Test ${kind}`,
  kind,
  states: [],
  aliases: [],
  family,
  source: 'https://example.org/test',
  verified: '2026-11-23',
})
/** The resolution of an `{id}` for a record (synthetic ones are not in the directory's index). */
const match = (payer: PayerRecord | null): PayerResolution | null =>
  payer
    ? {
        id: payer.id,
        name: payer.name,
        kind: payer.kind,
        confidence: 1,
        matchedBy: 'id',
        family: payer.family,
        ...(payer.behavioralHealthManager ? { behavioralHealthManager: payer.behavioralHealthManager } : {}),
        ...(payer.status ? { status: payer.status } : {}),
        alternatives: [],
      }
    : null
const check = (input: Partial<CoverageCheckInput> & { payer: PayerResolution | null }, partnerDefaults?: PartnerDefaults) =>
  checkCoverage(input, { rules: RULES, profiles: PROFILES, directory: PAYERS_BY_ID, ...(partnerDefaults ? { partnerDefaults } : {}) })
const fields = (r: ReturnType<typeof check>) => r.estimate!.assumptions.map((a) => a.field)

describe('coverage answers', () => {
  it('answers an unknown payer with status unknown, the default rule and next steps', () => {
    const r = check({ payer: match(null), treatment: { daysPerWeek: 3, weeks: 1, allowedPerDay: 10000 } })
    expect(r.payer).toBeNull()
    expect(r.coverage.status).toBe('unknown')
    expect(r.coverage.rule.id).toBe('default')
    expect(r.nextSteps.join(' ')).toContain('back of your insurance card')
    // No price without a plan to price (docs/architecture.md "The one answer"): nothing is known to price.
    expect(r.estimate).toBeNull()
    expect(r.noEstimate).toBe('payer_unknown')
  })

  it('names the behavioral-health manager of a carve-out (UnitedHealthcare → Optum)', () => {
    const r = check({ payer: match(payerOf('unitedhealthcare')), state: 'CA', plan: 'Choice Plus PPO' })
    expect(r.coverage.rule).toEqual({ id: 'family-unitedhealthcare', version: '2026-12-03' })
    expect(r.coverage.behavioralHealthManager?.name).toContain('Optum')
    expect(r.coverage.status).toBe('covered_with_conditions')
    expect(r.coverage.billingCodes).toEqual(['H0015', 'S9475', '0906'])
    expect(r.coverage.sources.length).toBeGreaterThan(1)
  })

  it('uses psychiatric IOP codes for mental health', () => {
    const r = check({ payer: match(payerOf('cigna')), program: 'mental_health' })
    expect(r.coverage.billingCodes).toEqual(['S9480', '0905'])
    expect(r.coverage.behavioralHealthManager?.name).toContain('Evernorth')
  })

  it('does not cover an HMO out of network, and prices nothing for a quick check', () => {
    const r = check({
      payer: match(payerOf('aetna')),
      plan: 'Aetna HMO',
      network: 'out',
      treatment: { daysPerWeek: 3, weeks: 2, chargePerDay: 90000, allowedPerDay: 40000 },
    })
    expect(r.plan.type).toBe('HMO')
    expect(r.coverage.status).toBe('not_covered')
    expect(r.coverage.referralRequired).toBe(true)
    expect(r.coverage.outOfNetworkBenefits).toBe(false)
    // The rules say not covered and no benefits were given: no price, and what to do instead.
    expect(r.estimate).toBeNull()
    expect(r.noEstimate).toBe('not_covered')
    expect(r.coverage.conditions.map((c) => c.kind)).toEqual(['referral', 'in_network_only'])
  })

  it('Medicare: no S9480, Part B deductible and 20 % with no cap, the published per diem', () => {
    const r = check({ payer: match(synthetic('medicare')), state: 'OH' })
    expect(r.coverage.rule.id).toBe('kind-medicare')
    expect(r.coverage.billingCodes).not.toContain('S9480')
    expect(r.coverage.notes.join(' ')).toContain('not payable by Medicare')
    // 36 days × $259.13 = $9,328.68 allowed; $283 deductible, then 20 % of the rest:
    // 0.2 × (932868 − 28300) = 180913.6 cents, summed per day: day 2 pays 0.2 × (25913 − 2387)
    // = 4705.2 → 4705, other 34 days 0.2 × 25913 = 5182.6 → 5183 each: 4705 + 34 × 5183 = 180927.
    expect(r.estimate!.allowedTotal).toBe(932868)
    expect(r.estimate!.breakdown.deductible).toBe(28300)
    expect(r.estimate!.breakdown.coinsurance).toBe(180927)
    expect(r.estimate!.outOfPocketMaxReachedOnDay).toBeNull()
  })

  it('TRICARE in Texas goes to TriWest; Prime needs a referral', () => {
    const r = check({ payer: match(synthetic('tricare')), state: 'TX', plan: 'TRICARE Prime' })
    expect(r.coverage.behavioralHealthManager).toEqual({
      name: 'TriWest Healthcare Alliance (TRICARE West)',
      phone: '1-888-874-9378',
    })
    expect(r.coverage.referralRequired).toBe(true)
    // The TRICARE Operations Manual (no preauthorization for IOP) and the contractors' pages
    // (approval required) disagree, so the answer is `varies` (issue 15).
    expect(r.coverage.priorAuthorization).toBe('varies')
  })

  it('Virginia Medicaid uses the ARTS rate of $250 a day', () => {
    const r = check({ payer: match(synthetic('medicaid', 'state-medicaid')), state: 'VA' })
    // The fee-for-service program names Magellan; the ARTS facts cascade from the state rule.
    expect(r.coverage.rule.id).toBe('medicaid-va-fee-for-service')
    expect(r.coverage.behavioralHealthManager?.name).toMatch(/^Magellan of Virginia/)
    expect(r.coverage.priorAuthorization).toBe('required')
    const allowed = r.estimate!.assumptions.find((a) => a.field === 'treatment.allowedPerDay')
    expect(allowed?.value).toBe(25000)
    expect(r.estimate!.patientPays).toBe(0)
  })

  it('a Virginia Medicaid managed-care plan authorizes IOP itself: no fee-for-service manager, same ARTS rate', () => {
    const r = check({ payer: match(synthetic('medicaid', 'medicaid-mco')), state: 'VA' })
    expect(r.coverage.rule.id).toBe('family-medicaid-mco')
    expect(r.coverage.behavioralHealthManager).toBeNull()
    expect(r.coverage.status).toBe('covered_with_conditions')
    expect(r.estimate!.assumptions.find((a) => a.field === 'treatment.allowedPerDay')?.value).toBe(25000)
  })

  it('answers a defunct payer honestly', () => {
    const defunct = { ...synthetic('commercial'), status: 'defunct' as const }
    const r = check({ payer: match(defunct) })
    expect(r.coverage.status).toBe('not_covered')
    expect(r.estimate).toBeNull()
    expect(r.noEstimate).toBe('payer_defunct')
    expect(r.nextSteps[0]).toContain('no longer offers coverage')
  })
})

describe('assumptions', () => {
  it('applies given benefits exactly: missing fields are none, and listed', () => {
    const r = check({
      payer: match(payerOf('aetna')),
      network: 'in',
      benefits: { coinsurance: 0.5 },
      treatment: { daysPerWeek: 3, weeks: 2, chargePerDay: 12345, allowedPerDay: 12345 },
    })
    expect(fields(r)).toEqual(['benefits.deductible', 'benefits.outOfPocketMax'])
    expect(r.estimate!.assumptions[0]).toMatchObject({ value: null })
    expect(r.estimate!.range).toBeUndefined()
    // 50 % of $123.45 = $61.725 → $61.73 a day (half up) × 6 = $370.38
    expect(r.estimate!.patientPays).toBe(37038)
  })

  it('lists treatment defaults (3 days, 12 weeks) and never overrides given values', () => {
    const r = check({ payer: match(payerOf('aetna')), network: 'in', benefits: { copay: 5000 } })
    expect(r.estimate!.days).toBe(36)
    expect(fields(r)).toEqual(
      expect.arrayContaining(['treatment.daysPerWeek', 'treatment.weeks', 'treatment.allowedPerDay', 'treatment.chargePerDay']),
    )
    expect(fields(r)).not.toContain('benefits.copay')
    expect(fields(r)).not.toContain('network')
  })

  it('in network, a charge alone stands in for the allowed amount (an upper bound)', () => {
    const r = check({ payer: match(payerOf('aetna')), benefits: {}, treatment: { chargePerDay: 50000 } })
    expect(r.estimate!.allowedTotal).toBe(36 * 50000)
    expect(r.estimate!.assumptions.find((a) => a.field === 'treatment.allowedPerDay')?.why).toContain('upper bound')
  })

  it('out of network, a charge alone is allowed at the typical amount, never above the charge', () => {
    const r = check({ payer: match(payerOf('aetna')), network: 'out', benefits: {}, treatment: { chargePerDay: 100000, weeks: 1 } })
    // typical allowed $400 (default rule); balance bill $600 × 3 days.
    expect(r.estimate!.allowedTotal).toBe(120000)
    expect(r.estimate!.breakdown.balanceBilling).toBe(180000)
  })

  it('precedence: request values > partner defaults > rule typicals; network defaults to in', () => {
    const partner: PartnerDefaults = { network: 'in', allowedPerDay: 35000, chargePerDay: 50000 }
    const fromPartner = check({ payer: match(payerOf('aetna')), benefits: {}, treatment: { weeks: 1 } }, partner)
    expect(fromPartner.estimate!.allowedTotal).toBe(3 * 35000)
    expect(fromPartner.estimate!.chargeTotal).toBe(3 * 50000)
    expect(fromPartner.estimate!.assumptions.find((a) => a.field === 'network')?.why).toContain('contract')
    const fromRequest = check(
      { payer: match(payerOf('aetna')), benefits: {}, network: 'out', treatment: { weeks: 1, allowedPerDay: 20000, chargePerDay: 30000 } },
      partner,
    )
    expect(fromRequest.estimate!.allowedTotal).toBe(3 * 20000)
    expect(fromRequest.estimate!.breakdown.balanceBilling).toBe(3 * 10000)
    const bare = check({ payer: match(payerOf('aetna')), benefits: {}, treatment: { weeks: 1 } })
    expect(bare.estimate!.assumptions.find((a) => a.field === 'network')?.value).toBe('in')
    expect(bare.estimate!.allowedTotal).toBe(3 * 40000)
  })
})

describe('the quick check (no benefits): typical values and a range', () => {
  it('uses the typical plan, says why, and gives a low–high range around it', () => {
    const r = check({ payer: match(payerOf('oscar')), state: 'NY', plan: 'Oscar Silver Simple' })
    expect(r.plan).toMatchObject({ market: 'individual', metalTier: 'silver' })
    const ded = r.estimate!.assumptions.find((a) => a.field === 'benefits.deductible.total')
    expect(ded).toMatchObject({ value: 500000 })
    expect(ded?.why).toContain('silver')
    // 36 days × $400 = $14,400 allowed. Typical silver: $5,000 deductible, 30 % of $9,400 = $2,820
    // → $7,820 (under the $9,500 cap).
    expect(r.estimate!.patientPays).toBe(782000)
    const range = r.estimate!.range!
    // Low: $2,500 + 20 % × $11,900 = $4,880; high: $7,500 + 40 % × $6,900 = $10,260 (< $10,600).
    expect(range).toMatchObject({ low: 488000, high: 1026000 })
    expect(range.basis.length).toBeGreaterThan(1)
    expect(r.estimate!.explanation.join(' ')).toContain('between $4,880 and $10,260')
  })
})
