/**
 * @module
 * `POST /v1/coverage/checks`: the request schema (validated, every bad field named) and the
 * response type. Money is integer cents, fractions are in [0, 1] with at most 6 decimals.
 */
import * as z from 'zod'
import type { CoverageCheckResult } from '../../domain/coverage/types'
import { hasAtMostSixDecimals } from '../../domain/estimate/money'
import { StateCode, safeText } from './common'

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
  /** Carried by a 271 summary; the coverage answer comes from the rules, so it is not used here. */
  priorAuthorization: z.enum(['required', 'not_required', 'unknown']).nullable().optional(),
})

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
})
export type CoverageCheckRequest = z.infer<typeof CoverageCheckRequest>
/** What a client sends (before defaults and transforms): the widget's request type. */
export type CoverageCheckRequestBody = z.input<typeof CoverageCheckRequest>

export type CoverageCheckResponse = CoverageCheckResult
