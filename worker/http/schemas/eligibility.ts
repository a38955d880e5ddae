/**
 * @module
 * The eligibility resource's contract: reading a pasted 271 (`POST /v1/eligibility/x12`) and the
 * real-time check through the clearinghouse (`POST /v1/eligibility/checks`). Every PHI field is in
 * the JSON body of a POST, never in the URL; responses carry no PHI (see `EligibilityReading`).
 */
import * as z from 'zod'
import type { Answer } from '../../domain/answer/types'
import type { CheckBenefits } from '../../domain/x12/iop'
import type { EligibilityReading } from '../../domain/x12/types'
import { StateCode, safeText } from './common'
import { LocaleField, Treatment } from './coverage'

export const Program = z.enum(['substance_use', 'mental_health'], {
  error: 'must be substance_use or mental_health',
})

/** Largest 271 accepted by `POST /v1/eligibility/x12` (a 271 for one member is a few KB). */
export const MAX_X12_BYTES = 2 * 1024 * 1024

/** Media types accepted for a raw 271. */
export const X12_MEDIA_TYPES = ['text/plain', 'application/edi-x12', 'application/x12'] as const

const Network = z.enum(['in', 'out'], { error: 'must be in or out' })

export const EligibilityX12Query = z.strictObject({
  program: Program.default('substance_use'),
  /** `1`: add a coverage check per entry, computed with the 271's figures (`coverageChecks`). */
  estimate: z.enum(['0', '1'], { error: 'must be 0 or 1' }).optional(),
  /** With `estimate=1`: which side of the 271's figures to estimate with (default in). */
  network: Network.optional(),
  /** With `estimate=1`: the member's state, for state rules (Medicaid, TRICARE region). */
  state: StateCode.optional(),
  /** Language of the answers' texts; wins over Accept-Language. */
  locale: LocaleField,
})
export type EligibilityX12Query = z.infer<typeof EligibilityX12Query>

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date as YYYY-MM-DD' })
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
    error: 'must be a real calendar date',
  })

const name = (max: number) =>
  safeText(max)
    .transform((s) => s.trim())
    .pipe(z.string().min(1, { error: 'is required' }))

export const EligibilityCheckRequest = z.strictObject({
  /** Free text ("aetna") or a directory id. */
  payer: z.union([safeText(100).pipe(z.string().trim().min(1, { error: 'is required' })), z.strictObject({ id: safeText(80) })]),
  memberId: safeText(80)
    .transform((s) => s.replace(/\s+/g, ''))
    .pipe(z.string().regex(/^[A-Za-z0-9-]{2,80}$/, { error: 'must be 2 to 80 letters, digits or dashes' })),
  firstName: name(35),
  lastName: name(60),
  dateOfBirth: isoDate,
  program: Program.default('substance_use'),
  state: StateCode.optional(),
  plan: safeText(120).optional(),
  /** Which side of the payer's figures the coverage check estimates with (default in). */
  network: Network.optional(),
  /** The course to estimate (days, weeks, charge and allowed per day); typical values otherwise. */
  treatment: Treatment.optional(),
  locale: LocaleField,
})
export type EligibilityCheckRequest = z.infer<typeof EligibilityCheckRequest>

export type EligibilityX12Response = EligibilityReading & {
  /**
   * With `?estimate=1`: one answer per entry of `transactions`, same order, composed with that
   * entry as the payer's word; for an entry the payer rejected, an answer without a price
   * (`noEstimate: "member_rejected"`) and what to do next.
   */
  coverageChecks?: Answer[]
}

/** What the clearinghouse adapter answers: the reading and the figures ready for a coverage check. */
export type EligibilityCheckReading = EligibilityReading & {
  payerId: string
  /** The first entry's in-network IOP figures as a coverage check's `benefits`. */
  benefits: CheckBenefits
  /** Out-of-network figures in the same form, for `network: "out"`. */
  benefitsOutOfNetwork: CheckBenefits
  source: { cached: boolean; checkedAt: string }
}

export type EligibilityCheckResponse = EligibilityCheckReading & {
  /** The one answer for the member: the 271 as the payer's word, the partner's contract, the rules. */
  coverageCheck: Answer
}
