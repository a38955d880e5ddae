// TRICARE (by plan, region contractor and beneficiary group), TRICARE For Life, CHAMPVA, VA and
// Medicare CY2026 as the rules state them, with estimates computed by hand in the comments from
// the sourced figures (38 CFR 17.274, tricare.mil, the VA copay exemption, Part B 2026).
import { describe, expect, it } from 'vitest'
import { PAYERS_BY_ID } from '../../worker/data/payers'
import { PROFILES, RULES } from '../../worker/data/rules'
import { checkCoverage } from '../../worker/domain/coverage/check'
import { costSharingInput } from '../../worker/domain/coverage/estimate-inputs'
import { profileFor, rulesFor, type RuleContext } from '../../worker/domain/coverage/resolve-rule'
import { estimateCourse } from '../../worker/domain/estimate/calculate'
import type { PayerResolution } from '../../worker/domain/payer/resolve'
import { normalizePlan } from '../../worker/domain/plan/normalize'

const resolution = (id: string): PayerResolution => {
  const p = PAYERS_BY_ID.get(id)
  if (!p) throw new Error(`no payer ${id}`)
  return { id: p.id, name: p.name, kind: p.kind, confidence: 1, matchedBy: 'id', family: p.family, alternatives: [] }
}
const check = (payerId: string, extra: { state?: string; plan?: string; network?: 'in' | 'out' } = {}) =>
  checkCoverage({ payer: resolution(payerId), ...extra }, { rules: RULES, profiles: PROFILES, directory: PAYERS_BY_ID })
const ctx = (c: Partial<RuleContext>): RuleContext => ({ program: 'substance_use', network: 'in', kind: 'tricare', ...c })
/** A 36-day course (3 days × 12 weeks) at a given allowed amount under a profile's typical values. */
const course = (profileId: string, allowedPerDay: number) => {
  const profile = PROFILES.find((p) => p.id === profileId)!
  return estimateCourse({
    network: 'in',
    daysPerWeek: 3,
    weeks: 12,
    chargePerDay: allowedPerDay,
    allowedPerDay,
    ...costSharingInput(profile.typical),
  })
}

describe('TRICARE: prior authorization varies, both sides cited', () => {
  it('the kind rule says varies and cites the Operations Manual and the contractor', () => {
    const tricare = RULES.find((r) => r.id === 'tricare')!
    expect(tricare.priorAuthorization).toBe('varies')
    const urls = tricare.priorAuthorizationSources!.map((s) => s.url)
    expect(urls).toContain('https://manuals.health.mil/pages/DisplayManualHtmlFile/2023-09-08/AsOf/TO15/c7s2.html')
    expect(urls).toContain('https://www.humanamilitary.com/providerhandbook/behavioral-healthcare/0603')
  })

  it.each([
    ['TX', 'TriWest Healthcare Alliance (TRICARE West)', '1-888-874-9378'],
    ['IL', 'TriWest Healthcare Alliance (TRICARE West)', '1-888-874-9378'],
    ['VA', 'Humana Military (TRICARE East)', '1-800-444-5445'],
    ['FL', 'Humana Military (TRICARE East)', '1-800-444-5445'],
  ])('the region contractor in %s', (state, name, phone) => {
    const r = check('tricare', { state, plan: 'TRICARE Select' })
    expect(r.coverage.behavioralHealthManager).toEqual({ name, phone })
    expect(r.coverage.priorAuthorization).toBe('varies')
    expect(r.coverage.referralRequired).toBe(false)
  })

  it('Prime needs a PCM referral; active-duty members need referral and authorization', () => {
    expect(check('tricare', { state: 'TX', plan: 'TRICARE Prime' }).coverage.referralRequired).toBe(true)
    const [winner] = rulesFor(RULES, ctx({ state: 'TX', planType: 'HMO', beneficiaryGroup: 'active_duty' }))
    expect(winner?.id).toBe('tricare-west') // the region names the answer; the group's facts cascade
    const chain = rulesFor(RULES, ctx({ state: 'TX', planType: 'HMO', beneficiaryGroup: 'active_duty' })).map((r) => r.id)
    expect(chain).toEqual(['tricare-west', 'tricare-prime', 'tricare-active-duty', 'tricare', 'default'])
    expect(RULES.find((r) => r.id === 'tricare-active-duty')).toMatchObject({ priorAuthorization: 'required', referralRequired: true })
  })
})

describe('TRICARE beneficiary groups from the plan text', () => {
  it.each([
    ['TRICARE Prime retiree', 'HMO', 'retiree'],
    ['TRICARE Select retiree group B', 'PPO', 'retiree_group_b'],
    ['Tricare Select retired, Group A', 'PPO', 'retiree_group_a'],
    ['TRICARE Prime active-duty family member', 'HMO', 'active_duty_family'],
    ['TRICARE Prime ADSM', 'HMO', 'active_duty'],
  ])('%s → %s, %s', (text, type, group) => {
    expect(normalizePlan(text)).toMatchObject({ type, market: 'tricare', beneficiaryGroup: group })
  })

  it('reads a group only for TRICARE', () => {
    expect(normalizePlan('Aetna retiree PPO').beneficiaryGroup).toBeUndefined()
    expect(normalizePlan('TRICARE Select').beneficiaryGroup).toBeUndefined()
  })

  it.each([
    [{ planType: 'HMO', beneficiaryGroup: 'active_duty_family' }, 'tricare-active-duty-family-prime'],
    [{ planType: 'PPO', beneficiaryGroup: 'active_duty_family' }, 'tricare-active-duty-family-in-network'],
    [{ planType: 'HMO', beneficiaryGroup: 'retiree' }, 'tricare-retiree-prime'],
    [{ planType: 'PPO', beneficiaryGroup: 'retiree' }, 'tricare-retiree-select'],
    [{ planType: 'PPO', beneficiaryGroup: 'retiree_group_b' }, 'tricare-retiree-select-group-b'],
    [{ planType: 'PPO', beneficiaryGroup: 'retiree', network: 'out' }, 'tricare-retiree-out-of-network'],
    [{ beneficiaryGroup: 'active_duty' }, 'tricare-active-duty'],
    [{ planType: 'HMO' }, 'tricare-prime-in-network'],
    [{ planType: 'HMO', network: 'out' }, 'tricare-prime-point-of-service'],
    [{ planType: 'PPO' }, 'tricare-in-network'],
  ] as const)('%j → %s', (c, id) => {
    expect(profileFor(PROFILES, ctx(c))?.id).toBe(id)
  })

  it('a Group A retiree on Select pays the deductible then 20 %, not the active-duty copay', () => {
    // $400 a day (the default per diem), $150 deductible then 20 %: day 1 15000 + 0.2 × 25000 = 20000;
    // 35 days × 8000 = 280000; total 300000, under the $4,157 cap.
    const r = course('tricare-retiree-select', 40000)
    expect(r.patientPays).toBe(300000)
    expect(r.breakdown).toMatchObject({ deductible: 15000, coinsurance: 285000 })
  })

  it('a retiree on Prime pays a copay a day; an active-duty family on Prime pays nothing', () => {
    // 36 × $31 = $1,116, under the $3,000 cap.
    expect(course('tricare-retiree-prime', 40000).patientPays).toBe(111600)
    expect(course('tricare-active-duty-family-prime', 40000).patientPays).toBe(0)
    // The unknown-group default is the active-duty family Select copay: 36 × $39 = $1,404, capped at $1,000.
    expect(course('tricare-in-network', 40000).patientPays).toBe(100000)
  })
})

describe('TRICARE For Life: Medicare first, TFL pays the cost share', () => {
  it('costs the patient nothing for covered IOP, at the Medicare per diem, with no contractor authorization', () => {
    const r = check('tricare-for-life', { state: 'FL' })
    expect(r.coverage.rule.id).toBe('payer-tricare-for-life')
    expect(r.coverage.priorAuthorization).toBe('not_required')
    expect(r.coverage.behavioralHealthManager).toBeNull()
    // 36 days × $259.13 = $9,328.68 allowed; Medicare pays 80 % after the deductible, TFL the rest: $0.
    expect(r.estimate!.allowedTotal).toBe(932868)
    expect(r.estimate!.patientPays).toBe(0)
    expect(r.estimate!.planPays).toBe(932868)
    expect(r.coverage.billingCodes).not.toContain('S9480')
  })
})

describe('CHAMPVA: $50 deductible, 25 %, $3,000 cap (38 CFR 17.274)', () => {
  it('estimates the deductible and 25 % up to the catastrophic cap', () => {
    const r = check('champva', { state: 'OH' })
    expect(r.coverage.rule.id).toBe('payer-champva')
    // 36 days × $400 = $14,400 allowed. Day 1: $50 deductible + 25 % × $350 = $87.50 → $137.50.
    // Days 2–29: $100 a day → $137.50 + $2,800 = $2,937.50; day 30 pays the last $62.50 of the $3,000 cap.
    expect(r.estimate!.allowedTotal).toBe(1440000)
    expect(r.estimate!.patientPays).toBe(300000)
    expect(r.estimate!.breakdown).toMatchObject({ deductible: 5000, coinsurance: 295000, copay: 0 })
    expect(r.estimate!.outOfPocketMaxReachedOnDay).toBe(30)
    expect(r.estimate!.planPays).toBe(1140000)
    expect(r.coverage.notes.join(' ')).toMatch(/\$50 a person or \$100 a family.*25 %.*\$3,000 catastrophic cap/)
  })
})

describe('VA: copay rules as documented', () => {
  it('models the first 3 outpatient MH/SUD visits without copay and says priority groups vary', () => {
    const va = PROFILES.find((p) => p.id === 'va')!
    expect(va.typical).toMatchObject({ copay: 1500, copayFreeDays: 3, deductibleApplies: false })
    expect(va.source).toBe('https://www.va.gov/resources/mental-health-copay-exemptions/')
    // Once the estimator reads copayFreeDays: 33 paid days × $15 = $495 for a 36-day course.
    expect((36 - va.typical.copayFreeDays!) * va.typical.copay!).toBe(49500)
    const r = check('va-community-care', { state: 'TX' })
    expect(r.coverage.notes.join(' ')).toMatch(/first 3 outpatient mental health or substance use visits each calendar year/)
    expect(r.coverage.notes.join(' ')).toMatch(/priority group/)
  })
})

describe('Medicare CY2026', () => {
  it('cites the CY2026 OPPS final rule, describes the per diems by setting and service count, and labels the amount', () => {
    const r = check('medicare', { state: 'OH' })
    expect(r.coverage.sources[0]?.url).toBe('https://www.govinfo.gov/content/pkg/FR-2025-11-25/html/2025-20907.htm')
    const notes = r.coverage.notes.join(' ')
    expect(notes).toMatch(/3 services or with 4 or more services/)
    expect(notes).toMatch(/hospital outpatient departments and for community mental health centers/)
    expect(notes).toMatch(/Part B deductible \(\$283 in 2026\), then 20 %/)
    const allowed = r.estimate!.assumptions.find((a) => a.field === 'treatment.allowedPerDay')
    expect(allowed?.value).toBe(25913)
    expect(allowed?.why).toMatch(/not confirmed here, so this is a typical figure, not the 2026 rate/)
  })

  it('Medigap and Medicare Advantage notes', () => {
    expect(check('medigap', { state: 'OH' }).coverage.notes.join(' ')).toMatch(/Plan G, for example, pays the coinsurance but not the deductible/)
    expect(check('medicare-advantage', { state: 'OH' }).coverage.notes.join(' ')).toMatch(/set their own copays, prior authorization and networks/)
  })
})
