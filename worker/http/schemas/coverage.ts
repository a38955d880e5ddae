/**
 * @module
 * `POST /v1/coverage/checks`: the request schema (validated, every bad field named) and the
 * response type. Money is integer cents, fractions are in [0, 1] with at most 6 decimals.
 */
import * as z from 'zod'
import { CONDITION_KINDS, NO_ESTIMATE_REASONS, type Answer } from '../../domain/answer/types'
import { COVERAGE_STATUSES, PRIOR_AUTHORIZATION, PROGRAMS, SourceRef } from '../../domain/coverage/rule-schema'
import { hasAtMostSixDecimals } from '../../domain/estimate/money'
import { ALTERNATIVE_REASONS, PAYER_KINDS } from '../../domain/payer/types'
import { MARKETS, METAL_TIERS, PLAN_TYPES } from '../../domain/plan/types'
import { StateCode, safeText } from './common'

/**
 * The precedence of the one answer (docs/architecture.md "The one answer"), as the OpenAPI descriptions
 * carry it; docs/answer.md has the same table.
 */
export const PRECEDENCE_MARKDOWN = [
  'Each fact of the answer comes from the highest source that states it, and `origins` names that source by path:',
  '',
  '| rank | source | origin | facts |',
  '|---|---|---|---|',
  '| 1 | the member’s 271 (real-time check, pasted 271, or `benefits` read from one) | `payer_271` | active/inactive, plan name and dates, group, carve-out manager and phone, prior authorization (EB11), deductible and out-of-pocket totals and remaining, coinsurance, copay, visit or day limits |',
  '| 2 | the partner’s contract with the payer | `partner_contract` | network, per-diem allowed amount |',
  '| 3 | the payer’s directory record and the IOP rule for its family, kind, plan kind and the given state | `rule:<id>` | coverage status, prior authorization, referral, in-network only, manager, billing codes, per diem |',
  '| 4 | typical values for the plan kind | `typical` | cost-sharing, course length, per diem (listed in `estimate.assumptions`) |',
  '',
  'What the caller states (course days and weeks, the network side) has origin `request`. No price (`estimate: null`, `noEstimate` says why, `nextSteps` say what to do) for an unknown, defunct or merged payer, a payer not offered in the given state, a member the payer rejected or calls inactive, a carve-out manager holding the figures the 271 did not give, or a quick check the rules call not covered.',
].join('\n')

/** Server texts in English or Spanish; the field wins over `Accept-Language`. */
export const LocaleField = z
  .enum(['en', 'es'], { error: 'must be en or es' })
  .optional()
  .describe('Language of the answer’s texts (notes, conditions, next steps, assumptions, explanation). Wins over Accept-Language; default: Accept-Language, else en.')

/** $10 million: far above any IOP amount, and keeps cents × 10⁶ exact in a double. */
export const MAX_CENTS = 1_000_000_000
/** The longest sensible IOP course, in weeks (a year). */
export const MAX_WEEKS = 52

const Cents = z
  .number({ error: 'must be a number of cents' })
  .int({ error: 'must be a whole number of cents' })
  .min(0, { error: 'must not be negative' })
  .max(MAX_CENTS, { error: `must be at most ${MAX_CENTS} cents` })

const Fraction = z
  .number({ error: 'must be a fraction between 0 and 1' })
  .min(0, { error: 'must be between 0 and 1 (0.2 means 20 %)' })
  .max(1, { error: 'must be between 0 and 1 (0.2 means 20 %)' })
  .refine(hasAtMostSixDecimals, { error: 'must have at most 6 decimal places' })

/**
 * An annual accumulator. `met` is what was paid so far; a 271's `remaining` is accepted too
 * (met = total − remaining). Met above total is allowed: nothing remains.
 */
const Accumulator = z
  .strictObject({
    total: Cents.nullable().optional(),
    met: Cents.optional(),
    remaining: Cents.nullable().optional(),
  })
  .nullable()
  .transform((a) => {
    if (!a) return undefined
    const total = a.total ?? a.remaining ?? null
    if (total === null) return undefined
    const met = a.met ?? (a.remaining !== null && a.remaining !== undefined ? Math.max(0, total - a.remaining) : undefined)
    return met === undefined ? { total } : { total, met }
  })

export const Benefits = z.strictObject({
  deductible: Accumulator.optional(),
  outOfPocketMax: Accumulator.optional(),
  coinsurance: Fraction.nullable().optional(),
  copay: Cents.nullable().optional(),
  deductibleApplies: z.boolean().nullable().optional(),
  /** The payer's word (EB11, as a 271's `iop` summary carries it): beats the rules' prior authorization. */
  priorAuthorization: z
    .enum(['required', 'not_required', 'unknown'], { error: 'must be required, not_required or unknown' })
    .nullable()
    .optional()
    .describe('The payer’s word on prior authorization (the 271’s EB11); replaces the rules’ answer (origin payer_271)'),
}).describe('The member’s benefits as the payer states them (origin payer_271), applied exactly as given; a field left out means none')

export const Treatment = z.strictObject({
  daysPerWeek: z
    .number()
    .int({ error: 'must be a whole number of days' })
    .min(1, { error: 'must be at least 1 day a week' })
    .max(7, { error: 'a week has at most 7 days' })
    .optional(),
  weeks: z
    .number()
    .int({ error: 'must be a whole number of weeks' })
    .min(1, { error: 'must be at least 1 week' })
    .max(MAX_WEEKS, { error: `must be at most ${MAX_WEEKS} weeks (a year)` })
    .optional(),
  chargePerDay: Cents.optional(),
  allowedPerDay: Cents.optional(),
})

const PayerText = safeText(100)
  .transform((s) => s.trim())
  .refine((s) => s.length > 0, { error: 'must name the insurance company' })

export const CoverageCheckRequest = z.strictObject({
  payer: z.union([PayerText, z.strictObject({ id: z.string().regex(/^[a-z0-9-]{1,80}$/, { error: 'must be a payer id' }) })], {
    error: 'must be the insurance company name, or {"id": "<payer id>"}',
  }),
  state: StateCode.optional(),
  plan: safeText(200).optional(),
  /** Used only to recognize the payer by member-ID prefix; never logged, never echoed. */
  memberId: safeText(80).optional(),
  program: z.enum(['substance_use', 'mental_health']).default('substance_use'),
  network: z.enum(['in', 'out']).optional(),
  benefits: Benefits.optional(),
  treatment: Treatment.optional(),
  locale: LocaleField,
})
export type CoverageCheckRequest = z.infer<typeof CoverageCheckRequest>
/** What a client sends (before defaults and transforms): the widget's request type. */
export type CoverageCheckRequestBody = z.input<typeof CoverageCheckRequest>

const cents = (what: string) => z.number().int().describe(`${what}, in cents`)
const payerRef = { id: z.string(), name: z.string(), kind: z.enum(PAYER_KINDS), confidence: z.number().min(0).max(1) }
/** An alternative also says why it is offered and whether it serves the given state. */
const alternativeRef = {
  ...payerRef,
  reason: z.enum(ALTERNATIVE_REASONS).optional().describe('Why it is offered next to the best match'),
  inState: z.boolean().nullable().optional().describe('Whether it serves the given state; null without a state'),
}
const Origin = z
  .union([z.enum(['payer_271', 'partner_contract', 'typical', 'request']), z.templateLiteral(['rule:', z.string()])])
  .describe('Where a fact came from: payer_271 > partner_contract > rule:<id> > typical; request for what the caller stated')
const Locale = z.enum(['en', 'es'])
const Contact = z.object({ name: z.string(), phone: z.string().nullable() })

/**
 * The one answer (v0.2): what every surface renders. v0.1 fields keep their names. The routes that
 * return it check at compile time that it documents `Answer` exactly (`Documented` in http/route.ts).
 */
export const AnswerSchema = z
  .object({
    locale: Locale.describe('The language of the answer’s own texts'),
    basis: z.enum(['rules', 'payer_271']).describe('rules: public plan rules and typical values; payer_271: the member’s own benefits'),
    payer: z
      .object({
        ...payerRef,
        matchedBy: z.enum(['id', 'alias', 'fuzzy', 'member_id_prefix']),
        alternatives: z.array(z.object(alternativeRef)).describe('Other close matches, to confirm with the visitor'),
      })
      .nullable()
      .describe('Null when the payer is not recognized (then `coverage.status` is `unknown` and `noEstimate` is `payer_unknown`)'),
    plan: z.object({
      type: z.enum(PLAN_TYPES).nullable(),
      market: z.enum(MARKETS).nullable(),
      metalTier: z.enum(METAL_TIERS).nullable(),
      name: z.string().nullable(),
    }),
    member: z
      .object({
        status: z.enum(['active', 'inactive', 'rejected', 'unknown']),
        planName: z.string().nullable(),
        dates: z.object({
          eligibilityBegin: z.string().optional(),
          eligibilityEnd: z.string().optional(),
          planBegin: z.string().optional(),
          planEnd: z.string().optional(),
        }),
        groupNumber: z.string().nullable(),
        rejections: z.array(z.object({ code: z.string(), meaning: z.string().nullable(), followUp: z.string().nullable() })),
        checkedAt: z.string().nullable(),
        figures: z
          .object({
            network: z.enum(['in', 'out']),
            deductible: z.object({ total: z.number().int(), remaining: z.number().int().nullable() }).nullable(),
            outOfPocketMax: z.object({ total: z.number().int(), remaining: z.number().int().nullable() }).nullable(),
            coinsurance: z.number().nullable(),
            copay: z.number().int().nullable(),
          })
          .nullable()
          .optional()
          .describe('The member’s own figures from the 271 for the network side priced (cents); with a carve-out only the behavioral-health ones'),
      })
      .nullable()
      .describe('The payer’s word on the member when the answer rests on a 271; no name, member ID or date of birth'),
    coverage: z.object({
      status: z.enum(COVERAGE_STATUSES).describe('Never covered for a member the payer calls inactive; covered_with_conditions only with a named condition'),
      program: z.enum(PROGRAMS),
      priorAuthorization: z.enum(PRIOR_AUTHORIZATION),
      referralRequired: z.boolean().nullable(),
      outOfNetworkBenefits: z.boolean().nullable(),
      behavioralHealthManager: Contact.nullable().describe('The carve-out manager: from the 271 when it names one (with its phone), else the rules'),
      billingCodes: z.array(z.string()).describe('HCPCS and revenue codes IOP is billed with'),
      notes: z.array(z.string()),
      sources: z.array(SourceRef),
      rule: z.object({ id: z.string(), version: z.string() }),
      conditions: z
        .array(
          z.object({
            kind: z.enum(CONDITION_KINDS),
            text: z.string(),
            origin: Origin,
            contact: Contact.nullable().optional(),
            limit: z
              .object({ quantity: z.number(), unit: z.enum(['days', 'visits', 'hours']), period: z.string().nullable() })
              .nullable()
              .optional(),
          }),
        )
        .describe('Each condition named, with its origin'),
    }),
    estimate: z
      .object({
        currency: z.literal('USD'),
        days: z.number().int(),
        chargeTotal: cents('What the program bills'),
        allowedTotal: cents('What the plan allows'),
        planPays: cents('The plan’s share'),
        patientPays: cents('The patient’s share, balance billing included'),
        breakdown: z.object({
          deductible: cents('Paid toward the deductible'),
          coinsurance: cents('Coinsurance'),
          copay: cents('Copays'),
          balanceBilling: cents('Charge above the allowed amount, out of network'),
        }),
        outOfPocketMaxReachedOnDay: z.number().int().nullable(),
        weeks: z.array(z.object({ week: z.number().int(), patientPays: z.number().int(), planPays: z.number().int() })),
        assumptions: z
          .array(
            z.object({
              field: z.string(),
              value: z.union([z.number(), z.string(), z.boolean(), z.null()]),
              why: z.string(),
              origin: Origin,
            }),
          )
          .describe('Every value not given by the request or the 271, with its reason and origin'),
        explanation: z.array(z.string()),
        range: z
          .object({ low: z.number().int(), high: z.number().int(), basis: z.array(z.string()) })
          .optional()
          .describe('Only when the benefits are unknown: patient cost under low and high typical plans'),
      })
      .nullable()
      .describe('Null when there is no plan to price; `noEstimate` says why'),
    noEstimate: z.enum(NO_ESTIMATE_REASONS).nullable(),
    nextSteps: z.array(z.string()),
    origins: z.record(z.string(), Origin).describe('The origin of each fact, by dotted path (coverage.status, benefits.coinsurance, network, …)'),
    textLocales: z
      .object({ notes: z.array(Locale), nextSteps: z.array(Locale) })
      .optional()
      .describe('The language of each note and next step, index for index: the answer’s `locale` (the rule data gives every text in English and Spanish); `en` would mark a rule text given in English only. Kept for compatibility'),
  })
  .describe(PRECEDENCE_MARKDOWN)

export type CoverageCheckResponse = Answer
