// What the directory says about a payer decides whether there is a plan to price (DESIGN.md,
// "The one answer"): a sharing ministry is not insurance, a network on the card is not the plan,
// Medicare pays IOP itself (no carve-out to name), and every cited source carries its date.
import { describe, expect, it } from 'vitest'
import { PAYERS_BY_ID } from '../../worker/data/payers'
import { PAYER_MATCHER } from '../../worker/data/payers/matcher'
import { PROFILES, RULES } from '../../worker/data/rules'
import { composeAnswer } from '../../worker/domain/answer/compose'
import { resolvePayer } from '../../worker/domain/payer/resolve'

const answer = (payer: string, extra: { state?: string; plan?: string; locale?: 'en' | 'es' } = {}) =>
  composeAnswer(
    {
      payer: resolvePayer(PAYER_MATCHER, PAYERS_BY_ID, payer, extra.state ? { state: extra.state } : {}),
      ...(extra.state ? { state: extra.state } : {}),
      ...(extra.plan ? { plan: extra.plan } : {}),
      ...(extra.locale ? { locale: extra.locale } : {}),
    },
    { rules: RULES, profiles: PROFILES, directory: PAYERS_BY_ID },
  )

describe('no plan to price', () => {
  it.each(['Medi-Share', 'samaritan ministries', 'christian healthcare ministries'])('%s: a sharing ministry is not insurance', (text) => {
    const a = answer(text, { state: 'TN' })
    expect(a.payer?.id).toBeDefined()
    expect(a.estimate).toBeNull()
    expect(a.noEstimate).toBe('not_insurance')
    expect(a.coverage.status).toBe('unknown')
    expect(a.coverage.conditions).toEqual([])
    expect(a.nextSteps[0]).toMatch(/not insurance/)
  })

  it.each(['multiplan', 'PHCS'])('%s: a network on the card is not the plan that pays', (text) => {
    const a = answer(text, { state: 'OH' })
    expect(a.estimate).toBeNull()
    expect(a.noEstimate).toBe('network_not_plan')
    expect(a.coverage.status).toBe('unknown')
    expect(a.nextSteps[0]).toMatch(/network on your card, not your plan/)
  })

  it('says so in Spanish too', () => {
    const a = answer('Medi-Share', { locale: 'es' })
    expect(a.noEstimate).toBe('not_insurance')
    expect(a.nextSteps[0]).toMatch(/no es un seguro/)
    expect(a.coverage.notes.join(' ')).toMatch(/no un seguro/)
  })
})

describe('Original Medicare', () => {
  it('pays IOP itself: no carve-out manager, the named condition is medical necessity', () => {
    const a = answer('original medicare', { state: 'TX' })
    expect(a.payer?.kind).toBe('medicare')
    expect(a.coverage.behavioralHealthManager).toBeNull()
    expect(a.coverage.conditions.map((c) => c.kind)).toEqual(['medical_necessity'])
    expect(a.coverage.status).toBe('covered_with_conditions')
    expect(a.nextSteps.join(' ')).toMatch(/1-800-633-4227/)
  })
})

describe('sources', () => {
  it.each([
    ['aetna', 'TX'],
    ['medicaid', 'PA'],
    ['original medicare', 'FL'],
    ['tricare', 'CA'],
    ['zzqxv plorb', 'NY'],
  ])('%s in %s: every source says when it was re-read (verified) or written (compiled)', (payer, state) => {
    const a = answer(payer, { state })
    expect(a.coverage.sources.length).toBeGreaterThan(0)
    for (const s of a.coverage.sources) {
      const dates = [s.verified, s.compiled].filter((d) => d !== undefined)
      expect(dates, s.url).toHaveLength(1)
      expect(dates[0]).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    }
  })
})

describe('TRICARE beneficiary group from the plan text', () => {
  it('a retiree on Prime is priced with a retiree cost profile, not the active-duty family one', () => {
    const family = answer('tricare prime', { state: 'TX', plan: 'TRICARE Prime active duty family member' })
    const retiree = answer('tricare prime', { state: 'TX', plan: 'TRICARE Prime retiree' })
    expect(family.estimate).not.toBeNull()
    expect(retiree.estimate).not.toBeNull()
    const why = (a: typeof family) => a.estimate!.assumptions.map((x) => x.why).join(' ')
    expect(why(retiree)).toMatch(/retiree/i)
    expect(why(family)).not.toMatch(/retiree/i)
  })
})

describe('VA copay-free first visits', () => {
  it('the first 3 outpatient mental-health/SUD days carry no copay: 36 days at $15 → 33 × $15 = $495', () => {
    const a = answer('VA health care', { state: 'TX' })
    expect(a.payer?.kind).toBe('va')
    expect(a.estimate!.days).toBe(36)
    expect(a.estimate!.breakdown.copay).toBe(33 * 1500)
    expect(a.estimate!.patientPays).toBe(49_500)
    // The first week holds days 1–3, all copay-free.
    expect(a.estimate!.weeks[0]!.patientPays).toBe(0)
    expect(a.estimate!.explanation.join(' ')).toMatch(/no copay for the first 3 IOP days/)
  })
})

describe('Medicare HETS: the remaining Part B deductible reaches the estimate', () => {
  it('a 271 that says $0 of the Part B deductible remains prices no deductible', async () => {
    const { readFileSync } = await import('node:fs')
    const { read271 } = await import('../../worker/domain/x12/read-271')
    const text = readFileSync(new URL('../fixtures/x12-real/cms-hets-4010-companion-guide-part-a-b.x12', import.meta.url), 'utf8')
    const read = read271(text, 'substance_use')
    if (!read.ok) throw new Error(read.error.message)
    const entry = read.value.transactions.find((t) => t.status === 'active')!
    const a = composeAnswer(
      { payer: resolvePayer(PAYER_MATCHER, PAYERS_BY_ID, 'original medicare', { state: 'TX' }), state: 'TX', eligibility: { entry } },
      { rules: RULES, profiles: PROFILES, directory: PAYERS_BY_ID },
    )
    expect(a.basis).toBe('payer_271')
    expect(a.origins['benefits.deductible']).toBe('payer_271')
    // Deductible met: every allowed dollar goes to coinsurance from day 1.
    expect(a.estimate!.breakdown.deductible).toBe(0)
    // The 271 states no coinsurance: that is the payer's silence, not "none". Part B's typical
    // 20 % stands in, said to be typical: 36 days × $259.13 = $9,328.68, 20 % of each day
    // ($51.826 → $51.83, half up) = 36 × $51.83 = $1,865.88.
    expect(a.origins['benefits.coinsurance']).toBe('typical')
    expect(a.estimate!.assumptions.find((x) => x.field === 'benefits.coinsurance')).toMatchObject({ value: 0.2, origin: 'typical' })
    expect(a.estimate!.patientPays).toBe(36 * 5183)
  })
})
