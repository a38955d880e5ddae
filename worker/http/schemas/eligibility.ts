/**
 * @module
 * The eligibility resource's contract: reading a pasted 271 (`POST /v1/eligibility/x12`) and the
 * real-time check through the clearinghouse (`POST /v1/eligibility/checks`). Every PHI field is in
 * the JSON body of a POST, never in the URL; responses carry no PHI (see `EligibilityReading`).
 */
import * as z from 'zod'
import type { CheckBenefits } from '../../domain/x12/iop'
import type { EligibilityReading } from '../../domain/x12/types'
import { StateCode, safeText } from './common'

export const Program = z.enum(['substance_use', 'mental_health'], {
  error: 'must be substance_use or mental_health',
})

/** Largest 271 accepted by `POST /v1/eligibility/x12` (a 271 for one member is a few KB). */
export const MAX_X12_BYTES = 2 * 1024 * 1024

/** Media types accepted for a raw 271. */
export const X12_MEDIA_TYPES = ['text/plain', 'application/edi-x12', 'application/x12'] as const

export const EligibilityX12Query = z.strictObject({
  program: Program.default('substance_use'),
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
})
export type EligibilityCheckRequest = z.infer<typeof EligibilityCheckRequest>

export type EligibilityX12Response = EligibilityReading

export type EligibilityCheckResponse = EligibilityReading & {
  payerId: string
  /** The first entry's in-network IOP figures as a coverage check's `benefits`. */
  benefits: CheckBenefits
  /** Out-of-network figures in the same form, for `network: "out"`. */
  benefitsOutOfNetwork: CheckBenefits
  source: { cached: boolean; checkedAt: string }
}
