/**
 * @module
 * The one answer (docs/architecture.md "The one answer", binding since v0.2): the object every surface
 * renders (widget quick check and exact check, console, printed VOB, CLI, API). It is composed
 * once, in the domain (`composeAnswer`), from whatever is known, with this precedence, highest
 * first: the member's 271 > the partner's contract > the payer's record and the rule for its
 * family, kind, plan kind and the given state > typical values for the plan kind.
 *
 * This file is the contract the services, the widget, the console and the CLI build on. The
 * v0.1 `CoverageCheckResult` fields keep their names and meaning; v0.2 adds `origins`,
 * `coverage.conditions`, `member`, `noEstimate`, `locale`, `basis`, and `estimate` may be null.
 */
import type { Assumption as V01Assumption, CoverageAnswer as V01CoverageAnswer, EstimateAnswer as V01EstimateAnswer, PayerAnswer, PlanAnswer } from '../coverage/types'

/**
 * Where a fact came from.
 * - `payer_271`: the payer's own word, read from the member's 271 (real-time check, pasted 271,
 *   or a request's `benefits`, which are the member's benefits as read from one);
 * - `partner_contract`: the treatment center's contract with the payer (network, per diem);
 * - `rule:<id>`: the IOP rule with that id (data/rules), for the payer's family, kind, plan kind
 *   and the given state;
 * - `typical`: a typical value for the plan kind, sourced in the cost-sharing profile;
 * - `request`: what the caller stated (treatment days and weeks, a chosen network side).
 */
export type Origin = 'payer_271' | 'partner_contract' | 'typical' | 'request' | `rule:${string}`

export type Locale = 'en' | 'es'

/** Conditions the coverage comes with, each named (never an unexplained "with conditions"). */
export const CONDITION_KINDS = [
  'prior_authorization',
  'referral',
  'in_network_only',
  'carve_out',
  'medical_necessity',
  'visit_limit',
] as const
export type ConditionKind = (typeof CONDITION_KINDS)[number]

export type Condition = {
  kind: ConditionKind
  /** In the answer's locale: what the condition means for this person. */
  text: string
  origin: Origin
  /** Whom to contact about it (the carve-out manager, the payer's authorization line). */
  contact?: { name: string; phone: string | null } | null
  /** For `visit_limit`: the limit as the payer or the rule states it. */
  limit?: { quantity: number; unit: 'days' | 'visits' | 'hours'; period: string | null } | null
}

/** Why there is no price (then `estimate` is null and `nextSteps` say what to do). */
export const NO_ESTIMATE_REASONS = [
  'payer_unknown',
  'payer_defunct',
  'payer_not_in_state',
  /** A health-care sharing ministry: not insurance, no plan benefits to price. */
  'not_insurance',
  /** A provider network printed on the card (MultiPlan, PHCS…): the plan behind it is unknown. */
  'network_not_plan',
  'member_inactive',
  'member_rejected',
  /** A carve-out manager holds the behavioral-health figures the 271 did not give. */
  'manager_holds_benefits',
  /** The rules say IOP is not covered for this plan (e.g. out of network on an HMO). */
  'not_covered',
] as const
export type NoEstimateReason = (typeof NO_ESTIMATE_REASONS)[number]

/** The payer's word on the member, when the answer rests on a 271. No PHI: no name, ID or DOB. */
export type MemberAnswer = {
  status: 'active' | 'inactive' | 'rejected' | 'unknown'
  planName: string | null
  /** ISO dates from the 271's DTP segments, when given (eligibility, plan begin/end). */
  dates: { eligibilityBegin?: string; eligibilityEnd?: string; planBegin?: string; planEnd?: string }
  groupNumber: string | null
  /** AAA rejections in words, with what to do next. */
  rejections: { code: string; meaning: string | null; followUp: string | null }[]
  /** When the 271 was read (real-time: the clearinghouse answer's time). */
  checkedAt: string | null
}

export type Assumption = V01Assumption & { origin: Origin }

export type EstimateAnswer = Omit<V01EstimateAnswer, 'assumptions'> & { assumptions: Assumption[] }

export type CoverageAnswer = V01CoverageAnswer & { conditions: Condition[] }

export type Answer = {
  locale: Locale
  /**
   * `rules`: public plan rules and typical values only (the quick check);
   * `payer_271`: the member's own benefits from the payer (exact check, pasted 271, benefits given).
   */
  basis: 'rules' | 'payer_271'
  payer: PayerAnswer | null
  plan: PlanAnswer
  /** Present when the answer rests on a 271 (basis `payer_271` from a real-time check or paste). */
  member: MemberAnswer | null
  coverage: CoverageAnswer
  /** Null when there is no plan to price; `noEstimate` says why. */
  estimate: EstimateAnswer | null
  noEstimate: NoEstimateReason | null
  nextSteps: string[]
  /**
   * The origin of each fact, by dotted path into this object: `coverage.status`,
   * `coverage.priorAuthorization`, `coverage.referralRequired`, `coverage.behavioralHealthManager`,
   * `coverage.outOfNetworkBenefits`, `network`, `treatment.allowedPerDay`,
   * `treatment.chargePerDay`, `treatment.daysPerWeek`, `treatment.weeks`, `benefits.deductible`,
   * `benefits.outOfPocketMax`, `benefits.coinsurance`, `benefits.copay`,
   * `benefits.deductibleApplies`, `plan.name`. Every path present in the answer has an origin.
   */
  origins: Record<string, Origin>
  /**
   * The language of each text in `coverage.notes` and `nextSteps`, index for index: the answer's
   * own sentences are in `locale`, and so are the rule data's texts, which come in English and
   * Spanish; a rule text given in English only would be marked `en`. Kept for compatibility.
   */
  textLocales?: { notes: Locale[]; nextSteps: Locale[] }
}
