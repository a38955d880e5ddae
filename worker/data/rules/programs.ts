/**
 * @module
 * Rules for the directory families that are not insurers' brands: behavioral-health managers,
 * the Indian Health Service, Medicaid managed-care plans and state programs, and the payers inside
 * the Medicare, TRICARE and VA families whose IOP rules differ from their kind's (Medigap,
 * TRICARE For Life, US Family Health Plan, the regional TRICARE contractors, CHAMPVA).
 * Families whose kind rule is already their rule are listed, with the reason, in `index.ts`.
 */
import type { CoverageRule } from '../../domain/coverage/rule-schema'
import { IOP_CODES, SRC, VERIFIED } from './sources'

const V = '2026-11-23'

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
    source: SRC.carveOutsVary,
    sourceTitle: 'Veriframe: behavioral-health carve-outs',
    verified: VERIFIED,
    alsoSee: [{ title: 'Stedi: why you are missing carve-out benefits in eligibility checks', url: SRC.magellanBlues, verified: VERIFIED }],
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
    source: SRC.ihsPrc,
    sourceTitle: 'Indian Health Service: Purchased/Referred Care',
    verified: VERIFIED,
  },
  {
    id: 'family-medicaid-mco',
    version: V,
    description:
      'Medicaid managed-care plans: the plan (not the state) authorizes IOP and pays programs in its network.',
    match: { families: ['medicaid-mco'], kinds: ['medicaid'] },
    notes: [
      'A Medicaid managed-care plan authorizes IOP itself and pays programs in its own network; in some states behavioral health is carved out of the plan to the state or a behavioral-health contractor.',
    ],
    nextSteps: ['Call the member services or behavioral-health number on your Medicaid plan card to find an in-network IOP.'],
    source: SRC.medicaidManagedCare,
    sourceTitle: 'Medicaid.gov: managed care',
    verified: VERIFIED,
    alsoSee: [{ title: 'Medicaid.gov: cost sharing', url: SRC.medicaidCostSharing, verified: VERIFIED }],
  },
  {
    id: 'medicaid-va-fee-for-service',
    version: V,
    description: 'Virginia Medicaid fee-for-service: Magellan of Virginia administers behavioral health.',
    match: { families: ['state-medicaid'], kinds: ['medicaid'], states: ['VA'] },
    behavioralHealthManager: { name: 'Magellan of Virginia (fee-for-service behavioral health)' },
    source: SRC.vaMagellan,
    sourceTitle: 'Virginia DMAS: Magellan manages fee-for-service behavioral health',
    verified: VERIFIED,
  },
  {
    id: 'medicaid-ca',
    version: V,
    description: 'Medi-Cal: SUD treatment, IOP included, is delivered through county Drug Medi-Cal (DMC / DMC-ODS) programs.',
    match: { kinds: ['medicaid'], states: ['CA'] },
    notes: [
      'In California, Medi-Cal substance use treatment (intensive outpatient included) is arranged through your county’s Drug Medi-Cal program; specialty mental health services through the county mental health plan.',
    ],
    nextSteps: ['Call your county’s behavioral-health access line (listed on the county’s and DHCS’s websites) to be assessed and referred to an IOP.'],
    source: SRC.mediCalDmcOds,
    sourceTitle: 'California DHCS: Drug Medi-Cal Organized Delivery System',
    verified: VERIFIED,
  },
  {
    id: 'payer-medigap',
    version: V,
    description: 'Medigap (Medicare Supplement) pays after Original Medicare, for what Medicare covers.',
    match: { payerIds: ['medigap'] },
    notes: [
      'Medigap is not a separate coverage for IOP: Original Medicare decides coverage and pays first; your Medigap plan then pays some or all of the Part B deductible and 20 % coinsurance, depending on its letter (Plan G, for example, pays the coinsurance but not the deductible).',
    ],
    source: SRC.medigap,
    sourceTitle: 'Medicare.gov: Medigap (Medicare Supplement Insurance)',
    verified: VERIFIED,
  },
  {
    id: 'payer-tricare-for-life',
    version: V,
    description: 'TRICARE For Life wraps Original Medicare: Medicare pays first, TFL second; billed the Medicare way.',
    match: { payerIds: ['tricare-for-life'] },
    billingCodes: { substance_use: ['0906', '0905'], mental_health: ['0905'] },
    notes: [
      'With TRICARE For Life, Medicare pays first and TRICARE pays second: for IOP covered by both, you usually pay nothing. The program must accept Medicare (IOP is billed with condition code 92; S9480 is not payable by Medicare).',
    ],
    source: SRC.tricareCosts,
    sourceTitle: 'TRICARE For Life costs',
    verified: VERIFIED,
    alsoSee: [{ title: 'First Coast (Medicare): IOP billing requirements', url: SRC.medicareIop, verified: VERIFIED }],
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
    source: SRC.usfhp,
    sourceTitle: 'TRICARE: US Family Health Plan',
    verified: VERIFIED,
  },
  {
    id: 'payer-tricare-west',
    version: V,
    description: 'TRICARE West named on the card: TriWest Healthcare Alliance approves IOP, whatever state is given.',
    match: { payerIds: ['tricare-west'] },
    behavioralHealthManager: { name: 'TriWest Healthcare Alliance (TRICARE West)', phone: '1-888-874-9378' },
    notes: ['Since 2025-01-01 TRICARE West also covers AR, IL, LA, OK, TX and WI.'],
    source: SRC.tricareRegions,
    sourceTitle: 'TRICARE: changes in 2025 (T-5 regions and contractors)',
    verified: VERIFIED,
  },
  {
    id: 'payer-tricare-east',
    version: V,
    description: 'TRICARE East named on the card: Humana Military approves IOP, whatever state is given.',
    match: { payerIds: ['tricare-east'] },
    behavioralHealthManager: { name: 'Humana Military (TRICARE East)', phone: '1-800-444-5445' },
    source: SRC.tricareRegions,
    sourceTitle: 'TRICARE: changes in 2025 (T-5 regions and contractors)',
    verified: VERIFIED,
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
    source: SRC.vaCommunityCare,
    sourceTitle: 'VA Community Care',
    verified: VERIFIED,
  },
  {
    id: 'payer-champva',
    version: V,
    description: 'CHAMPVA: health coverage for some veterans’ families; shares costs, no VA referral for community providers.',
    match: { payerIds: ['champva'] },
    priorAuthorization: 'varies',
    referralRequired: false,
    outOfNetworkBenefits: true,
    billingCodes: IOP_CODES,
    notes: [
      'CHAMPVA is not VA Community Care: it shares the cost of care from providers who accept CHAMPVA, after a yearly deductible, without a VA referral. If you have other health insurance, it pays first.',
    ],
    nextSteps: ['Ask the program whether it accepts CHAMPVA, and call CHAMPVA to ask whether IOP needs preauthorization.'],
    source: SRC.champva,
    sourceTitle: 'VA: CHAMPVA benefits',
    verified: VERIFIED,
  },
] as const satisfies readonly CoverageRule[]
