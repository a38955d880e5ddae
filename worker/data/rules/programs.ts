/**
 * @module
 * Rules for the directory families that are not insurers' brands: behavioral-health managers,
 * the Indian Health Service, Medicaid managed-care plans, and the payers inside the Medicare,
 * TRICARE and VA families whose IOP rules differ from their kind's (Medigap, TRICARE For Life,
 * US Family Health Plan, the regional TRICARE contractors, VA Community Care, CHAMPVA).
 * Families whose kind rule is already their rule are listed, with the reason, in `index.ts`;
 * Medicaid by state is in `medicaid.ts`.
 */
import type { CoverageRule } from '../../domain/coverage/rule-schema'
import { MEDICARE_IOP_PER_DIEM } from './general'
import { IOP_CODES, SRC, V, primary, ref } from './sources'
import { HUMANA_MILITARY, TRIWEST } from './tricare'

export const PROGRAM_RULES = [
  {
    id: 'family-bh-manager',
    version: V,
    description:
      'A behavioral-health manager (Optum, Evernorth, Carelon, Magellan, EAPs) runs benefits for a plan; it is not the insurer, so coverage depends on the plan on the card.',
    match: { families: ['bh-manager'] },
    coverage: { substance_use: 'unknown', mental_health: 'unknown' },
    priorAuthorization: 'varies',
    payerIsManager: true,
    notes: [
      'This company manages mental health and substance use benefits for health plans and employers, but it is not your insurer: whether IOP is covered, and what it costs, is set by the health plan named on your card.',
      'Employee assistance programs (EAPs) usually offer a few free counseling sessions, not IOP; IOP is paid by the health plan itself.',
    ],
    nextSteps: [
      'Check again with the health plan named on the front of your card (the company whose name is on the card, not the behavioral-health company).',
    ],
    ...primary(SRC.magellan),
    alsoSee: [ref(SRC.optum), ref(SRC.carelon), ref(SRC.evernorth)],
  },
  {
    id: 'family-ihs',
    version: V,
    description:
      'Indian Health Service: care at IHS and tribal facilities; outside care only through Purchased/Referred Care (PRC), with approval, after other coverage.',
    match: { families: ['ihs'] },
    coverage: { substance_use: 'unknown', mental_health: 'unknown' },
    priorAuthorization: 'required',
    referralRequired: true,
    outOfNetworkBenefits: false,
    notes: [
      'IHS is not insurance. An IOP outside an IHS or tribal facility is paid only through Purchased/Referred Care (PRC): it must be approved in advance, meet PRC eligibility and medical priorities, and funds are limited.',
      'IHS pays last: Medicaid, Medicare or private insurance you have pays first.',
    ],
    nextSteps: [
      'Ask your IHS or tribal clinic about IOP there, or for a Purchased/Referred Care approval before starting an outside program.',
      'If you also have Medicaid, Medicare or other insurance, check IOP coverage with that plan: it pays first.',
    ],
    ...primary(SRC.ihsPrc),
  },
  {
    id: 'family-medicaid-mco',
    version: V,
    description:
      'Medicaid managed-care plans: where the state does not carve behavioral health out, the plan authorizes IOP and pays programs in its network.',
    match: { families: ['medicaid-mco'], kinds: ['medicaid'] },
    notes: [
      'A Medicaid managed-care plan authorizes IOP itself and pays programs in its own network, unless your state carves behavioral health out of the plan (then the state rule names who does).',
    ],
    nextSteps: ['Call the member services or behavioral-health number on your Medicaid plan card to find an in-network IOP.'],
    ...primary(SRC.medicaidManagedCare),
    alsoSee: [ref(SRC.medicaidCostSharing)],
  },
  {
    id: 'payer-medigap',
    version: V,
    description: 'Medigap (Medicare Supplement) pays after Original Medicare, for what Medicare covers.',
    match: { payerIds: ['medigap'] },
    notes: [
      'Medigap is not a separate coverage for IOP: Original Medicare decides coverage and pays first; your Medigap plan then pays some or all of the Part B deductible and 20 % coinsurance, depending on its letter (Plan G, for example, pays the coinsurance but not the deductible).',
    ],
    ...primary(SRC.medigap),
  },
  {
    id: 'payer-tricare-for-life',
    version: V,
    description:
      'TRICARE For Life wraps Original Medicare: Medicare pays first, TFL pays the Medicare cost share for care both cover.',
    match: { payerIds: ['tricare-for-life'] },
    priorAuthorization: 'not_required',
    priorAuthorizationSources: [ref(SRC.humanaMilitaryBhAuth)],
    referralRequired: false,
    // Medicare decides and pays first: not the regional contractor the state's TRICARE rule names.
    behavioralHealthManager: null,
    billingCodes: { substance_use: ['0906', '0905'], mental_health: ['0905'] },
    perDiem: MEDICARE_IOP_PER_DIEM,
    notes: [
      'With TRICARE For Life, Medicare pays first and TRICARE pays second: for IOP covered by both, you pay nothing (TFL pays the Part B deductible and the 20 %).',
      'Medicare’s rules apply (no prior authorization from the TRICARE contractor while Medicare pays first); the program must accept Medicare and bill IOP the Medicare way (condition code 92; S9480 is not payable by Medicare).',
    ],
    ...primary(SRC.tflCosts),
    alsoSee: [ref(SRC.humanaMilitaryBhAuth), ref(SRC.opps2026)],
  },
  {
    id: 'payer-us-family-health-plan',
    version: V,
    description: 'US Family Health Plan is a TRICARE Prime option: referral and authorization through the plan.',
    match: { payerIds: ['us-family-health-plan'] },
    referralRequired: true,
    outOfNetworkBenefits: false,
    behavioralHealthManager: null,
    notes: ['US Family Health Plan is a TRICARE Prime option run by its own designated providers: the plan (not the regional contractor) refers and authorizes IOP.'],
    ...primary(SRC.usfhp),
  },
  {
    id: 'payer-tricare-west',
    version: V,
    description: 'TRICARE West named on the card: TriWest Healthcare Alliance is the contractor, whatever state is given.',
    match: { payerIds: ['tricare-west'] },
    behavioralHealthManager: { ...TRIWEST },
    notes: ['Since 2025-01-01 TRICARE West also covers AR, IL, LA, OK, TX and WI.'],
    ...primary(SRC.tricareRegions),
    alsoSee: [ref(SRC.triwest)],
  },
  {
    id: 'payer-tricare-east',
    version: V,
    description: 'TRICARE East named on the card: Humana Military is the contractor, whatever state is given.',
    match: { payerIds: ['tricare-east'] },
    behavioralHealthManager: { ...HUMANA_MILITARY },
    ...primary(SRC.tricareRegions),
    alsoSee: [ref(SRC.humanaMilitary), ref(SRC.humanaMilitaryBhAuth)],
  },
  {
    id: 'payer-va-community-care',
    version: V,
    description: 'VA Community Care: IOP from a community program only with VA authorization, in VA’s network.',
    match: { payerIds: ['va-community-care'] },
    notes: [
      'Community Care must be authorized by VA before care starts, and the program must be in VA’s Community Care Network.',
    ],
    nextSteps: ['Ask your VA care team for a Community Care referral for IOP.'],
    ...primary(SRC.vaCommunityCare),
    alsoSee: [ref(SRC.vaMhCopayNews)],
  },
  {
    id: 'payer-champva',
    version: V,
    description:
      'CHAMPVA: cost-sharing coverage for some veterans’ families: $50 outpatient deductible, then 25 %, $3,000 family cap; no VA referral.',
    match: { payerIds: ['champva'] },
    priorAuthorization: 'varies',
    referralRequired: false,
    outOfNetworkBenefits: true,
    billingCodes: IOP_CODES,
    notes: [
      'CHAMPVA is not VA Community Care: it shares the cost of care from providers who accept CHAMPVA, without a VA referral. If you have other health insurance, it pays first.',
      'Outpatient care, IOP included, has a calendar-year deductible of $50 a person or $100 a family; then CHAMPVA pays 75 % of its allowable amount and you pay 25 %, up to a $3,000 catastrophic cap per family per calendar year (deductible and cap: 38 CFR 17.274; the 25 %: VA’s CHAMPVA pages).',
    ],
    nextSteps: ['Ask the program whether it accepts CHAMPVA, and call CHAMPVA to ask whether IOP needs preauthorization.'],
    ...primary(SRC.champvaCfr),
    alsoSee: [ref(SRC.champvaCfrLii), ref(SRC.champva)],
  },
] as const satisfies readonly CoverageRule[]
