/**
 * @module
 * The shape of a carrier IOP rule and of a typical cost-sharing profile, as zod schemas: the data
 * files are typed with `satisfies` against the inferred types (so `tsc` catches most mistakes) and
 * the tests parse every record with these schemas (so what types cannot say, such as ISO dates,
 * https sources and six-decimal fractions, fails a test too).
 */
import * as z from 'zod'
import { hasAtMostSixDecimals } from '../estimate/money'
import { PAYER_KINDS } from '../payer/types'
import { BENEFICIARY_GROUPS, MARKETS, METAL_TIERS, PLAN_TYPES } from '../plan/types'

export const PROGRAMS = ['substance_use', 'mental_health'] as const
export type Program = (typeof PROGRAMS)[number]

export const COVERAGE_STATUSES = ['covered', 'covered_with_conditions', 'not_covered', 'unknown'] as const
export type CoverageStatus = (typeof COVERAGE_STATUSES)[number]

export const PRIOR_AUTHORIZATION = ['required', 'not_required', 'varies', 'unknown'] as const
export type PriorAuthorization = (typeof PRIOR_AUTHORIZATION)[number]

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be an ISO date (YYYY-MM-DD)' })
const url = z.string().regex(/^https?:\/\/\S+$/, { error: 'must be a public URL' })
const cents = z.number().int().nonnegative()
const fraction = z
  .number()
  .min(0)
  .max(1)
  .refine(hasAtMostSixDecimals, { error: 'must have at most 6 decimal places' })
const nonEmpty = <T extends z.ZodType>(item: T) => z.array(item).min(1).optional()
const stateCode = z.string().regex(/^[A-Z]{2}$/)
/** HCPCS (H0015, S9480…) or a 4-digit revenue code (0905, 0906). */
const billingCode = z.string().regex(/^([A-Z]\d{4}|\d{4})$/)

/**
 * A text the answer shows (a note, a next step, a reason): English and Spanish, so a Spanish answer
 * is Spanish throughout. A bare string is English only; the answer then marks it `en` in
 * `textLocales`, and the rules test refuses it in the bundled data.
 */
export const Text = z.union([z.string().min(1), z.strictObject({ en: z.string().min(1), es: z.string().min(1) })])
export type Text = z.infer<typeof Text>

/** Which requests a record applies to. Every key given must match; absent keys match anything. */
export const RuleMatch = z.strictObject({
  payerIds: nonEmpty(z.string().min(1)),
  families: nonEmpty(z.string().min(1)),
  kinds: nonEmpty(z.enum(PAYER_KINDS)),
  states: nonEmpty(stateCode),
  planTypes: nonEmpty(z.enum(PLAN_TYPES)),
  /** TRICARE beneficiary group read from the plan text ("TRICARE Prime retiree"). */
  beneficiaryGroups: nonEmpty(z.enum(BENEFICIARY_GROUPS)),
  markets: nonEmpty(z.enum(MARKETS)),
  programs: nonEmpty(z.enum(PROGRAMS)),
})
export type RuleMatch = z.infer<typeof RuleMatch>

/**
 * A cited source, as the answer carries it. `verified` is the date the source itself was re-read
 * (through the stored copy of the page); `compiled` is the date a fact was written from the
 * source's address, memory or a secondary report without re-reading the source. The rule data
 * must give exactly one of the two (`DatedSourceRef`); an answer passes on what it has.
 */
export const SourceRef = z.strictObject({
  title: z.string().min(1),
  url,
  verified: isoDate.optional(),
  compiled: isoDate.optional(),
})
export type SourceRef = z.infer<typeof SourceRef>

const exactlyOneDate = (s: { verified?: string | undefined; compiled?: string | undefined }) =>
  (s.verified === undefined) !== (s.compiled === undefined)
const ONE_DATE = { error: 'give exactly one of verified (re-read on that date) or compiled' }

/** A source cited by the rule data: exactly one of `verified` or `compiled`. */
export const DatedSourceRef = SourceRef.refine(exactlyOneDate, ONE_DATE)

/** Who authorizes and pays IOP for a Medicaid member in a state. */
export const IOP_AUTHORIZERS = [
  /** The state's fee-for-service program (or its utilization-review contractor). */
  'state',
  /** The member's managed-care plan. */
  'mco',
  /** A separate behavioral-health entity: county plan, PIHP, regional entity, statewide ASO. */
  'behavioral_health_entity',
  /** Depends on the member's plan or population (for example MCOs for most, an entity for some). */
  'varies',
] as const
export type IopAuthorizer = (typeof IOP_AUTHORIZERS)[number]

/** Where a typical per diem comes from: the state's own published rate, or a generic typical one. */
export const PER_DIEM_BASES = ['published_rate', 'typical'] as const

export const BehavioralHealthManager = z.strictObject({
  /** A proper name, or a description ("Your county's…") given in English and Spanish. */
  name: Text,
  /** Only numbers published for members or providers nationally; otherwise the card's number. */
  phone: z.string().regex(/^1-\d{3}-\d{3}-\d{4}$/).optional(),
  /** Directory id of the manager, when the directory has it (`optum-behavioral-health`). */
  payerId: z.string().optional(),
})
export type BehavioralHealthManager = z.infer<typeof BehavioralHealthManager>

/**
 * A carrier IOP rule. It states only what it knows; fields it leaves out come from the next, more
 * general rule that matches (down to the global default), so a state rule can change one fact.
 */
export const CoverageRule = z.strictObject({
  /** Stable kebab-case id, named in every response that used the rule. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** Bumped (ISO date) whenever the rule's content changes. */
  version: isoDate,
  description: z.string().min(1),
  match: RuleMatch,
  /** Explicitly allowed to match nothing but the default (only the global default does this). */
  isDefault: z.literal(true).optional(),
  coverage: z
    .strictObject({ substance_use: z.enum(COVERAGE_STATUSES), mental_health: z.enum(COVERAGE_STATUSES) })
    .partial()
    .optional(),
  priorAuthorization: z.enum(PRIOR_AUTHORIZATION).optional(),
  referralRequired: z.boolean().optional(),
  /** False: in-network only (HMO, EPO); out-of-network IOP is not paid except emergencies. */
  outOfNetworkBenefits: z.boolean().optional(),
  behavioralHealthManager: BehavioralHealthManager.nullable().optional(),
  /**
   * True: the payer named is itself a behavioral-health manager (Optum Behavioral Health,
   * Magellan…), so the answer names it as the manager and sends the person to the plan on the card.
   */
  payerIsManager: z.literal(true).optional(),
  billingCodes: z
    .strictObject({ substance_use: z.array(billingCode).min(1), mental_health: z.array(billingCode).min(1) })
    .optional(),
  /** Facts a visitor or coordinator should know (added to those of more general rules). */
  notes: z.array(Text).optional(),
  /** What to do next (added to those of more general rules). */
  nextSteps: z.array(Text).optional(),
  /** Typical per-diem amounts for this payer type when neither the request nor a partner gives them. */
  perDiem: z
    .strictObject({
      allowed: cents,
      charge: cents,
      why: Text,
      /** `published_rate`: a rate this jurisdiction (or program) publishes, cited in `rateSource`. */
      basis: z.enum(PER_DIEM_BASES).optional(),
      rateSource: url.optional(),
    })
    .optional(),
  /** The program's name as members know it ("Pennsylvania Medical Assistance (HealthChoices)"). */
  programName: z.string().min(1).optional(),
  /** Who authorizes and pays IOP (Medicaid): with `behavioralHealthManager` naming the entity. */
  iopAuthorizedBy: z.enum(IOP_AUTHORIZERS).optional(),
  /**
   * True: the entity in `behavioralHealthManager` authorizes IOP whatever plan is on the card (a
   * Pennsylvania physical-health MCO does not), so it should win over the payer's directory manager.
   */
  managerOverridesPayer: z.literal(true).optional(),
  /** The sources behind `priorAuthorization` when they are not the rule's own source. */
  priorAuthorizationSources: z.array(DatedSourceRef).min(1).optional(),
  source: url,
  sourceTitle: z.string().min(1),
  /** Date the source was re-read; absent when the rule is `compiled` (exactly one of the two). */
  verified: isoDate.optional(),
  compiled: isoDate.optional(),
  alsoSee: z.array(DatedSourceRef).optional(),
}).refine(exactlyOneDate, ONE_DATE)
export type CoverageRule = z.infer<typeof CoverageRule>

/** Cost-sharing values: cents, a fraction, and whether the deductible applies. Null: none. */
export const CostSharingValues = z.strictObject({
  deductible: cents.nullable(),
  outOfPocketMax: cents.nullable(),
  coinsurance: fraction,
  copay: cents.nullable(),
  deductibleApplies: z.boolean(),
  /**
   * The first N IOP days of the year carry no copay (VA: the first 3 outpatient mental-health/SUD
   * visits each calendar year through 2027-12-29). Absent: none.
   */
  copayFreeDays: z.number().int().min(1).optional(),
})
export type CostSharingValues = z.infer<typeof CostSharingValues>

/**
 * Typical cost-sharing for a kind of plan, used only when the request carries no `benefits`: the
 * middle value is the estimate, `low` and `high` bound the range shown to a visitor.
 */
export const CostSharingProfile = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  match: z.strictObject({
    payerIds: nonEmpty(z.string().min(1)),
    beneficiaryGroups: nonEmpty(z.enum(BENEFICIARY_GROUPS)),
    kinds: nonEmpty(z.enum(PAYER_KINDS)),
    markets: nonEmpty(z.enum(MARKETS)),
    planTypes: nonEmpty(z.enum(PLAN_TYPES)),
    metalTiers: nonEmpty(z.enum(METAL_TIERS)),
    networks: nonEmpty(z.enum(['in', 'out'])),
  }),
  typical: CostSharingValues,
  /** Why these values: shown to the visitor as the assumption's reason. */
  why: Text,
  low: CostSharingValues,
  high: CostSharingValues,
  /** How low and high were chosen, in a sentence. */
  rangeWhy: Text,
  source: url,
  verified: isoDate.optional(),
  compiled: isoDate.optional(),
  alsoSee: z.array(DatedSourceRef).optional(),
}).refine(exactlyOneDate, ONE_DATE)
export type CostSharingProfile = z.infer<typeof CostSharingProfile>
