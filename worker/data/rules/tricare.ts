/**
 * @module
 * TRICARE: IOP is covered since the 2016 mental-health final rule. Whether it needs approval is
 * where primary sources disagree: the TRICARE Operations Manual (ch. 7, sec. 2) says outpatient
 * mental health care, IOPs included, needs no preauthorization, while the East contractor's
 * handbook requires its authorization for active-duty members and tricare.mil says Prime
 * enrollees need a referral and pre-authorization for outpatient SUD therapy. So the answer is
 * `varies`, with each source cited, refined by plan (Prime: PCM referral), beneficiary group
 * (active duty: referral and authorization) and region contractor (state → East or West).
 */
import type { CoverageRule } from '../../domain/coverage/rule-schema'
import { SRC, V, primary, ref } from './sources'

/** TRICARE West states since 2025-01-01 (AR, IL, LA, OK, TX and WI moved West); the rest are East. */
export const TRICARE_WEST_STATES = [
  'AK', 'AZ', 'AR', 'CA', 'CO', 'HI', 'ID', 'IL', 'IA', 'KS', 'LA', 'MN', 'MO', 'MT', 'NE', 'NV', 'NM',
  'ND', 'OK', 'OR', 'SD', 'TX', 'UT', 'WA', 'WI', 'WY',
] as const

export const TRICARE_EAST_STATES = [
  'AL', 'CT', 'DE', 'DC', 'FL', 'GA', 'IN', 'KY', 'ME', 'MD', 'MA', 'MI', 'MS', 'NH', 'NJ', 'NY', 'NC',
  'OH', 'PA', 'RI', 'SC', 'TN', 'VT', 'VA', 'WV',
] as const

export const TRIWEST = { name: 'TriWest Healthcare Alliance (TRICARE West)', phone: '1-888-874-9378' } as const
export const HUMANA_MILITARY = { name: 'Humana Military (TRICARE East)', phone: '1-800-444-5445' } as const

export const TRICARE_RULES = [
  {
    id: 'tricare',
    version: V,
    description:
      'TRICARE covers IOP for SUD and MH; whether the contractor must approve it varies (the Operations Manual and contractor pages disagree).',
    match: { kinds: ['tricare'] },
    coverage: { substance_use: 'covered_with_conditions', mental_health: 'covered_with_conditions' },
    priorAuthorization: 'varies',
    priorAuthorizationSources: [ref(SRC.tricareTomPreauth), ref(SRC.humanaMilitaryBhAuth), ref(SRC.tricarePrimeMh)],
    referralRequired: false,
    outOfNetworkBenefits: true,
    notes: [
      'TRICARE has covered IOP since the 2016 mental health final rule, with the same cost-shares as medical care.',
      'The TRICARE Operations Manual says outpatient mental health care, IOP included, needs no preauthorization; the regional contractors’ own pages have required approval (always for active-duty members). Ask the regional contractor before the program starts.',
      'Active-duty service members pay nothing but need a referral from their PCM and the contractor’s authorization.',
    ],
    nextSteps: ['Ask the regional TRICARE contractor whether this IOP needs a referral or authorization for you (it depends on your plan and whether you are active duty).'],
    ...primary(SRC.tricareTomPreauth),
    alsoSee: [ref(SRC.tricareRule2016), ref(SRC.humanaMilitaryMhCosts), ref(SRC.tricareAdfmCosts)],
  },
  {
    id: 'tricare-prime',
    version: V,
    description:
      'TRICARE Prime (HMO-like): IOP, not an office visit, needs a PCM referral; care outside it costs point-of-service fees.',
    match: { kinds: ['tricare'], planTypes: ['HMO'] },
    referralRequired: true,
    notes: [
      'TRICARE Prime: an IOP is not an office visit, so it needs a referral from your primary care manager (PCM); without one, point-of-service fees apply ($300 deductible a person, then 50 %).',
    ],
    ...primary(SRC.tricareTomPreauth),
    alsoSee: [ref(SRC.tricarePrimeMh)],
  },
  {
    id: 'tricare-active-duty',
    version: V,
    description: 'Active-duty service members: PCM referral and contractor authorization before non-emergency behavioral health care.',
    match: { kinds: ['tricare'], beneficiaryGroups: ['active_duty'] },
    priorAuthorization: 'required',
    referralRequired: true,
    notes: ['Active-duty service members should get behavioral health care at a military hospital or clinic when possible; outside care needs a PCM referral and the contractor’s authorization.'],
    ...primary(SRC.humanaMilitaryBhAuth),
  },
  {
    id: 'tricare-west',
    version: V,
    description: 'TRICARE West region: TriWest Healthcare Alliance is the contractor (since 2025-01-01).',
    match: { kinds: ['tricare'], states: [...TRICARE_WEST_STATES] },
    behavioralHealthManager: { ...TRIWEST },
    ...primary(SRC.tricareRegions),
    alsoSee: [ref(SRC.triwest)],
  },
  {
    id: 'tricare-east',
    version: V,
    description: 'TRICARE East region: Humana Military is the contractor.',
    match: { kinds: ['tricare'], states: [...TRICARE_EAST_STATES] },
    behavioralHealthManager: { ...HUMANA_MILITARY },
    ...primary(SRC.tricareRegions),
    alsoSee: [ref(SRC.humanaMilitary), ref(SRC.humanaMilitaryBhAuth)],
  },
] as const satisfies readonly CoverageRule[]
