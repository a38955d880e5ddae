/**
 * @module
 * Medicaid by state, where a state's rule differs from the Medicaid kind rule and a public source
 * says how. States without a record here get the Medicaid kind rule ("varies by state").
 */
import type { CoverageRule } from '../../domain/coverage/rule-schema'
import { SRC, VERIFIED } from './sources'

const V = '2026-11-23'

export const MEDICAID_STATE_RULES = [
  {
    id: 'medicaid-va',
    version: V,
    description: 'Virginia Medicaid (Cardinal Care) ARTS: ASAM 2.1 IOP with service authorization.',
    match: { kinds: ['medicaid'], states: ['VA'] },
    coverage: { substance_use: 'covered_with_conditions', mental_health: 'covered_with_conditions' },
    priorAuthorization: 'required',
    billingCodes: { substance_use: ['H0015', '0906'], mental_health: ['S9480', '0905'] },
    perDiem: { allowed: 25000, charge: 25000, why: 'Virginia Medicaid ARTS rate for H0015 IOP, $250.00 a day' },
    notes: [
      'Virginia ARTS pays IOP (ASAM 2.1: 9 to 19 hours a week for adults, at least 3 hours a service day) as H0015, or revenue code 0906 with H0015, after service authorization (urgent reviews within 72 hours).',
    ],
    source: SRC.vaArtsRates,
    sourceTitle: 'Virginia DMAS: ARTS approved codes and rates',
    verified: VERIFIED,
    alsoSee: [
      { title: '12VAC30-130-5090: ASAM level 2.1 in Virginia', url: SRC.vaAsam21, verified: VERIFIED },
      { title: 'Virginia DMAS: Magellan manages fee-for-service behavioral health', url: SRC.vaMagellan, verified: VERIFIED },
    ],
  },
  {
    id: 'medicaid-md',
    version: V,
    description: 'Maryland Medicaid: behavioral health is carved out to Carelon Behavioral Health (ASO) since 2025.',
    match: { kinds: ['medicaid'], states: ['MD'] },
    behavioralHealthManager: { name: 'Carelon Behavioral Health (Maryland public behavioral health system)' },
    source: SRC.mdCarelon,
    sourceTitle: 'Behavioral Health Business: Carelon wins Maryland Medicaid behavioral-health contract',
    verified: VERIFIED,
  },
] as const satisfies readonly CoverageRule[]
