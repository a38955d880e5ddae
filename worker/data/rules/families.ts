/**
 * @module
 * Carrier-family rules for commercial, marketplace and Medicare Advantage business: mostly who
 * manages behavioral-health benefits (the "carve-out" admissions must call). These are patterns
 * that vary by employer group, so each note says so; the member's card is the final word.
 */
import type { CoverageRule } from '../../domain/coverage/rule-schema'
import { SRC, V, primary, ref } from './sources'

const PRIVATE = ['commercial', 'marketplace', 'medicare_advantage'] as const
const VARIES = 'Which company manages behavioral health varies by employer group; the number on the back of the card is authoritative.'

export const FAMILY_RULES = [
  {
    id: 'family-unitedhealthcare',
    version: V,
    description: 'UnitedHealthcare: behavioral health is managed by Optum Behavioral Health.',
    match: { families: ['unitedhealthcare'], kinds: [...PRIVATE] },
    behavioralHealthManager: { name: 'Optum Behavioral Health (United Behavioral Health)' },
    notes: [VARIES],
    ...primary(SRC.optum),
  },
  {
    id: 'family-cigna',
    version: V,
    description: 'Cigna Healthcare: behavioral health is managed by Evernorth Behavioral Health.',
    match: { families: ['cigna'], kinds: [...PRIVATE] },
    behavioralHealthManager: { name: 'Evernorth Behavioral Health (formerly Cigna Behavioral Health)' },
    notes: [VARIES],
    ...primary(SRC.evernorth),
  },
  {
    id: 'family-elevance',
    version: V,
    description: 'Elevance (Anthem, Wellpoint): behavioral health is managed by Carelon Behavioral Health.',
    match: { families: ['elevance'], kinds: [...PRIVATE] },
    behavioralHealthManager: { name: 'Carelon Behavioral Health (formerly Beacon Health Options)' },
    notes: [VARIES],
    ...primary(SRC.carelon),
  },
  {
    id: 'family-bcbs',
    version: V,
    description: 'Blue Cross Blue Shield companies: many carve behavioral health out (often to Magellan).',
    match: { families: ['bcbs'], kinds: [...PRIVATE] },
    behavioralHealthManager: null,
    notes: [
      'Many Blue plans carve behavioral health out to another company (often Magellan Healthcare); the behavioral-health number on the card says which.',
      'Out-of-state Blue members are served through BlueCard: the three-character prefix of the member ID names the home plan.',
    ],
    nextSteps: ['Call the behavioral-health (or mental health / substance use) number on the back of your Blue card to confirm IOP benefits.'],
    ...primary(SRC.bluecard),
    alsoSee: [ref(SRC.magellan)],
  },
  {
    id: 'family-aetna',
    version: V,
    description: 'Aetna (CVS Health): behavioral health is usually administered by Aetna itself.',
    match: { families: ['aetna'], kinds: [...PRIVATE] },
    notes: [VARIES],
    ...primary(SRC.aetna),
  },
  {
    id: 'family-humana',
    version: V,
    description: 'Humana: commercial and Medicare Advantage plans (TRICARE East is under the TRICARE rules).',
    match: { families: ['humana'], kinds: [...PRIVATE] },
    notes: [VARIES],
    ...primary(SRC.humana),
  },
  {
    id: 'family-kaiser',
    version: V,
    description: 'Kaiser Permanente: an integrated plan; care is given or arranged by Kaiser Permanente.',
    match: { families: ['kaiser'], kinds: [...PRIVATE] },
    outOfNetworkBenefits: false,
    notes: [
      'Kaiser Permanente plans are mostly HMOs: IOP is covered when Kaiser Permanente provides it or refers you to a contracted program.',
    ],
    nextSteps: ['Ask Kaiser Permanente behavioral health for an assessment or a referral to a contracted IOP.'],
    ...primary(SRC.kaiser),
  },
  {
    id: 'payer-oscar',
    version: V,
    description: 'Oscar Health: ACA marketplace plans (an independent carrier in the marketplace family).',
    match: { payerIds: ['oscar'] },
    notes: ['Many Oscar plans are EPOs, which pay in-network care only: check the plan type on your card.'],
    ...primary(SRC.oscar),
  },
  {
    id: 'family-centene',
    version: V,
    description: 'Centene (Ambetter, WellCare, Health Net and state Medicaid plans).',
    match: { families: ['centene'], kinds: [...PRIVATE] },
    notes: [VARIES],
    ...primary(SRC.centene),
  },
  {
    id: 'family-molina',
    version: V,
    description: 'Molina Healthcare: Medicaid, Medicare and marketplace plans.',
    match: { families: ['molina'], kinds: [...PRIVATE] },
    notes: [VARIES],
    ...primary(SRC.molina),
  },
] as const satisfies readonly CoverageRule[]
