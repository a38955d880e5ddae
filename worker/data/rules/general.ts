/**
 * @module
 * The global default and the rules per payer kind (and plan type within a kind): what holds for
 * any commercial plan, any Medicaid plan, Medicare… before a carrier family or a state says more.
 */
import type { CoverageRule } from '../../domain/coverage/rule-schema'
import { IOP_CODES, SRC, V, primary, ref } from './sources'

/**
 * Medicare IOP per diem used for estimates. The CY2026 OPPS final rule sets the IOP per diems by
 * setting (hospital outpatient, CMHC) and by service count (3 services, 4 or more services a day);
 * the CY2026 dollar amounts (Addendum A) could not be re-read here, so the estimate keeps the CY2024
 * hospital 3-service amount and says so.
 */
export const MEDICARE_IOP_PER_DIEM = {
  allowed: 25913,
  charge: 25913,
  why: 'Medicare hospital-outpatient IOP per diem for a 3-service day as set for CY2024 ($259.13); the CY2026 amounts by setting (hospital or CMHC) and service count (3 or 4+ services a day) are in the CY2026 OPPS final rule’s Addendum A and were not confirmed here, so this is a typical figure, not the 2026 rate',
  basis: 'typical',
} as const

export const GENERAL_RULES = [
  {
    id: 'default',
    version: V,
    description: 'Global default: nothing is known about the payer, so nothing is promised.',
    match: {},
    isDefault: true,
    coverage: { substance_use: 'unknown', mental_health: 'unknown' },
    priorAuthorization: 'unknown',
    billingCodes: IOP_CODES,
    perDiem: {
      allowed: 40000,
      charge: 120000,
      why: 'illustrative $400 allowed and $1,200 charged per day (a typical figure; commercial rates are contract-specific and unpublished)',
      basis: 'typical',
    },
    notes: [
      'IOP (ASAM level 2.1) is at least 9 hours of treatment a week for adults, usually 3 hours a day, 3 to 5 days a week, billed per day.',
    ],
    ...primary(SRC.hcpcs),
  },
  {
    id: 'kind-commercial',
    version: V,
    description: 'Employer and individual commercial plans: IOP is a standard behavioral-health benefit.',
    match: { kinds: ['commercial'] },
    coverage: { substance_use: 'covered_with_conditions', mental_health: 'covered_with_conditions' },
    priorAuthorization: 'varies',
    referralRequired: false,
    notes: [
      'Federal parity (MHPAEA): if the plan covers mental health or substance use treatment, its cost-sharing, day limits and prior-authorization rules for IOP may be no stricter than for comparable outpatient medical care.',
      'The 2024 parity final rule added requirements (meaningful benefits, data on access); since 2025-05-15 the federal agencies do not enforce its new provisions while it is challenged in court, but the 2013 rule and the statute still apply.',
      'Most plans review IOP for medical necessity before or soon after it starts.',
    ],
    ...primary(SRC.mhpaeaFaq),
    alsoSee: [ref(SRC.mhpaea2024), ref(SRC.mhpaeaNonEnforcement), ref(SRC.kffEhbsLatest)],
  },
  {
    id: 'kind-marketplace',
    version: V,
    description: 'ACA marketplace plans: mental health and substance use treatment is an essential health benefit.',
    match: { kinds: ['marketplace'] },
    coverage: { substance_use: 'covered_with_conditions', mental_health: 'covered_with_conditions' },
    priorAuthorization: 'varies',
    referralRequired: false,
    notes: [
      'ACA plans must cover mental health and substance use disorder services as an essential health benefit, with no annual or lifetime dollar limit.',
      'In-network out-of-pocket costs are capped at $10,600 for one person in 2026.',
      'Metal tiers say what share of average costs the plan pays: Bronze about 60 %, Silver 70 %, Gold 80 %, Platinum 90 %.',
    ],
    ...primary(SRC.acaEhb),
    alsoSee: [ref(SRC.acaOop), ref(SRC.metalTiers), ref(SRC.mhpaeaFaq)],
  },
  {
    id: 'kind-commercial-hmo',
    version: V,
    description: 'HMO plans pay only in-network providers and usually need a primary-care referral.',
    match: { kinds: ['commercial', 'marketplace'], planTypes: ['HMO'] },
    outOfNetworkBenefits: false,
    referralRequired: true,
    ...primary(SRC.planTypes),
  },
  {
    id: 'kind-commercial-epo',
    version: V,
    description: 'EPO plans pay only in-network providers (no referral needed).',
    match: { kinds: ['commercial', 'marketplace'], planTypes: ['EPO'] },
    outOfNetworkBenefits: false,
    ...primary(SRC.planTypes),
  },
  {
    id: 'kind-commercial-out-of-network-benefits',
    version: V,
    description: 'PPO and POS plans pay out-of-network providers too, at a higher cost share.',
    match: { kinds: ['commercial', 'marketplace'], planTypes: ['PPO', 'POS', 'INDEMNITY'] },
    outOfNetworkBenefits: true,
    notes: [
      'Out of network, the program may bill you the difference between its charge and the allowed amount; that balance bill is not capped by your out-of-pocket maximum.',
    ],
    ...primary(SRC.planTypes),
  },
  {
    id: 'kind-medicaid',
    version: V,
    description: 'Medicaid: IOP coverage and rules are set state by state; each state has its own rule.',
    match: { kinds: ['medicaid'] },
    coverage: { substance_use: 'covered_with_conditions', mental_health: 'covered_with_conditions' },
    priorAuthorization: 'varies',
    referralRequired: false,
    outOfNetworkBenefits: false,
    billingCodes: { substance_use: ['H0015', '0906'], mental_health: ['S9480', '0905'] },
    perDiem: {
      allowed: 25000,
      charge: 25000,
      why: 'a generic typical Medicaid IOP per diem of $250 (illustrative; not a rate this state publishes: states set their own fee schedules)',
      basis: 'typical',
    },
    notes: [
      'Medicaid cost-sharing is nominal or none; programs must accept Medicaid payment in full.',
    ],
    ...primary(SRC.macpacSud),
    alsoSee: [ref(SRC.medicaidCostSharing)],
  },
  {
    id: 'kind-medicare',
    version: V,
    description: 'Original Medicare: IOP is a Part B benefit since 2024-01-01 in certified settings.',
    match: { kinds: ['medicare'] },
    coverage: { substance_use: 'covered_with_conditions', mental_health: 'covered_with_conditions' },
    priorAuthorization: 'not_required',
    referralRequired: false,
    outOfNetworkBenefits: true,
    // Medicare pays IOP itself: no carve-out to name. Its number is a next step, not a manager.
    billingCodes: { substance_use: ['0906', '0905'], mental_health: ['0905'] },
    perDiem: MEDICARE_IOP_PER_DIEM,
    notes: [
      'Medicare pays IOP only in hospital outpatient departments, community mental health centers, critical access hospitals, rural health clinics, FQHCs and (for opioid use disorder) opioid treatment programs.',
      'Medicare pays IOP per day at one of two rates, for days with 3 services or with 4 or more services, set separately for hospital outpatient departments and for community mental health centers each year in the OPPS final rule (CY2026: 90 FR 53448).',
      'A physician must certify the need for at least 9 hours a week and recertify at least every other month; claims carry condition code 92.',
      'S9480 is not payable by Medicare: IOP is billed with revenue code 0905/0906 plus the HCPCS of each service.',
      'You pay the Part B deductible ($283 in 2026), then 20 % of the Medicare-approved amount; Original Medicare has no out-of-pocket maximum. A Medigap plan, Medicaid or TRICARE For Life may pay that share.',
    ],
    nextSteps: [
      'Ask the program whether it bills Medicare for IOP (a hospital outpatient department, community mental health center, RHC, FQHC or opioid treatment program), and call 1-800-MEDICARE (1-800-633-4227) with questions about your Part B benefits.',
    ],
    ...primary(SRC.opps2026),
    alsoSee: [ref(SRC.partB2026), ref(SRC.opps2024), ref(SRC.medicareIopFcso), ref(SRC.medicareIopNoridian)],
  },
  {
    id: 'kind-medicare-advantage',
    version: V,
    description: 'Medicare Advantage must cover what Part B covers, IOP included, with its own cost-sharing and rules.',
    match: { kinds: ['medicare_advantage'] },
    coverage: { substance_use: 'covered_with_conditions', mental_health: 'covered_with_conditions' },
    priorAuthorization: 'varies',
    billingCodes: { substance_use: ['0906', '0905', 'H0015'], mental_health: ['0905'] },
    perDiem: {
      ...MEDICARE_IOP_PER_DIEM,
      why: `${MEDICARE_IOP_PER_DIEM.why}; Medicare Advantage plans negotiate their own rates, often near Medicare's`,
    },
    notes: [
      'Medicare Advantage plans cover the Part B IOP benefit but set their own copays, prior authorization and networks, with a yearly in-network out-of-pocket maximum.',
    ],
    ...primary(SRC.medicareAdvantage),
    alsoSee: [ref(SRC.opps2026)],
  },
  {
    id: 'kind-medicare-advantage-hmo',
    version: V,
    description: 'Medicare Advantage HMOs pay in-network care only and often need referrals.',
    match: { kinds: ['medicare_advantage'], planTypes: ['HMO'] },
    outOfNetworkBenefits: false,
    referralRequired: true,
    ...primary(SRC.medicareAdvantage),
  },
  {
    id: 'kind-va',
    version: V,
    description: 'VA: IOP through VA facilities, or in the community when VA authorizes Community Care.',
    match: { kinds: ['va'] },
    coverage: { substance_use: 'covered_with_conditions', mental_health: 'covered_with_conditions' },
    priorAuthorization: 'required',
    referralRequired: true,
    outOfNetworkBenefits: false,
    notes: [
      'Through 2027-12-29, enrolled veterans pay no copay for their first 3 outpatient mental health or substance use visits each calendar year, at VA or in VA’s community care network.',
      'Which veterans pay outpatient copays at all depends on their VA priority group and income; many pay none. This check cannot tell your priority group: VA can.',
    ],
    ...primary(SRC.vaCommunityCare),
    alsoSee: [ref(SRC.vaMhCopayExemption), ref(SRC.vaCopays)],
  },
  {
    id: 'kind-other',
    version: V,
    description: 'Other payers (TPAs, EAPs, discount plans): coverage depends on the plan document.',
    match: { kinds: ['other'] },
    coverage: { substance_use: 'unknown', mental_health: 'unknown' },
    priorAuthorization: 'unknown',
    nextSteps: ['Call the number on your card and ask for the behavioral-health benefits for intensive outpatient (IOP) care.'],
    ...primary(SRC.mhpaeaFaq),
  },
] as const satisfies readonly CoverageRule[]
