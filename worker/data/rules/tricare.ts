/**
 * @module
 * TRICARE: IOP is covered since the 2016 mental-health final rule, with regional contractor
 * approval for everyone and a PCM referral for active-duty members and Prime enrollees. The
 * contractor depends on the region, which depends on the state (T-5 regions since 2025-01-01).
 */
import type { CoverageRule } from '../../domain/coverage/rule-schema'
import { SRC, VERIFIED } from './sources'

const V = '2026-11-23'

/** TRICARE West states since 2025-01-01 (AR, IL, LA, OK, TX and WI moved West); the rest are East. */
export const TRICARE_WEST_STATES = [
  'AK', 'AZ', 'AR', 'CA', 'CO', 'HI', 'ID', 'IL', 'IA', 'KS', 'LA', 'MN', 'MO', 'MT', 'NE', 'NV', 'NM',
  'ND', 'OK', 'OR', 'SD', 'TX', 'UT', 'WA', 'WI', 'WY',
] as const

export const TRICARE_EAST_STATES = [
  'AL', 'CT', 'DE', 'DC', 'FL', 'GA', 'IN', 'KY', 'ME', 'MD', 'MA', 'MI', 'MS', 'NH', 'NJ', 'NY', 'NC',
  'OH', 'PA', 'RI', 'SC', 'TN', 'VT', 'VA', 'WV',
] as const

export const TRICARE_RULES = [
  {
    id: 'tricare',
    version: V,
    description: 'TRICARE covers IOP for SUD and MH; the regional contractor must approve it.',
    match: { kinds: ['tricare'] },
    coverage: { substance_use: 'covered_with_conditions', mental_health: 'covered_with_conditions' },
    priorAuthorization: 'required',
    referralRequired: false,
    outOfNetworkBenefits: true,
    notes: [
      'TRICARE has covered IOP since the 2016 mental health final rule, with the same cost-shares as medical care.',
      'The regional contractor must approve IOP for every beneficiary; active-duty service members need a referral from their PCM and pay nothing.',
    ],
    source: SRC.tricareIopRule,
    sourceTitle: 'Federal Register 2016-21125: TRICARE mental health and SUD treatment (81 FR 61068)',
    verified: VERIFIED,
    alsoSee: [
      { title: 'TRICARE West contractor: intensive outpatient programs', url: SRC.tricareIopContractor, verified: VERIFIED },
      { title: 'TRICARE Prime and Select costs (Group A)', url: SRC.tricareCosts, verified: VERIFIED },
    ],
  },
  {
    id: 'tricare-prime',
    version: V,
    description: 'TRICARE Prime (HMO-like): PCM referral required; care outside it costs point-of-service fees.',
    match: { kinds: ['tricare'], planTypes: ['HMO'] },
    referralRequired: true,
    source: SRC.tricareCosts,
    sourceTitle: 'TRICARE Prime and Select costs (Group A)',
    verified: VERIFIED,
  },
  {
    id: 'tricare-west',
    version: V,
    description: 'TRICARE West region: TriWest Healthcare Alliance is the contractor.',
    match: { kinds: ['tricare'], states: [...TRICARE_WEST_STATES] },
    behavioralHealthManager: { name: 'TriWest Healthcare Alliance (TRICARE West)', phone: '1-888-874-9378' },
    source: SRC.tricareRegions,
    sourceTitle: 'TRICARE: changes in 2025 (T-5 regions and contractors)',
    verified: VERIFIED,
  },
  {
    id: 'tricare-east',
    version: V,
    description: 'TRICARE East region: Humana Military is the contractor.',
    match: { kinds: ['tricare'], states: [...TRICARE_EAST_STATES] },
    behavioralHealthManager: { name: 'Humana Military (TRICARE East)', phone: '1-800-444-5445' },
    source: SRC.tricareRegions,
    sourceTitle: 'TRICARE: changes in 2025 (T-5 regions and contractors)',
    verified: VERIFIED,
  },
] as const satisfies readonly CoverageRule[]
