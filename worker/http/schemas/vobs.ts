/**
 * @module
 * Saved verifications of benefits (VOBs), staff only: who the patient is (name, DOB, member ID)
 * and what was verified (a coverage check response and/or a 271 reading, plus notes). The list
 * carries no PHI; reading one VOB decrypts it and is audited.
 */
import * as z from 'zod'
import { safeText } from './common'
import { COVERAGE_STATUSES, PROGRAMS } from './leads'

/** A calendar date `YYYY-MM-DD` that exists, not before 1900 and not in the future. */
export const DateOfBirth = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date YYYY-MM-DD' })
  .refine(
    (s) => {
      const d = new Date(`${s}T00:00:00Z`)
      return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s)
    },
    { error: 'must be a real calendar date' },
  )
  .refine((s) => s >= '1900-01-01' && s <= new Date().toISOString().slice(0, 10), {
    error: 'must be between 1900-01-01 and today',
  })

export const MemberId = z
  .string()
  .transform((s) => s.trim())
  .pipe(z.string().regex(/^[A-Za-z0-9-]{2,40}$/, { error: 'must be 2–40 letters, digits or dashes' }))

export const VOB_SOURCES = ['real_time', 'pasted_271', 'staff_entry'] as const

const JsonObject = z.record(z.string(), z.unknown())

export const VobCreateRequest = z
  .strictObject({
    patient: z.strictObject({
      name: safeText(120).transform((s) => s.trim()).pipe(z.string().min(1, { error: 'must not be empty' })),
      dob: DateOfBirth,
      memberId: MemberId,
    }),
    payer: z
      .strictObject({ id: z.string().max(80).optional(), name: safeText(120).optional() })
      .optional(),
    program: z.enum(PROGRAMS).optional(),
    coverageStatus: z.enum([...COVERAGE_STATUSES, 'active', 'inactive', 'rejected']).optional(),
    /** A `POST /v1/coverage/checks` response, as the console received it. */
    coverageCheck: JsonObject.optional(),
    /** A `POST /v1/eligibility/x12` response (the 271 reading). */
    eligibility: JsonObject.optional(),
    notes: safeText(2000).optional(),
    /** The payer's call reference number, when the coordinator also called (v0.2). */
    callReference: safeText(60).transform((s) => s.trim()).optional(),
    /** Whom the coordinator spoke with at the payer ("Dana, provider services") (v0.2). */
    spokeWith: safeText(120).transform((s) => s.trim()).optional(),
    /** How the benefits were obtained: a real-time check, a pasted 271, or typed by staff (v0.2). */
    source: z.enum(VOB_SOURCES).optional(),
    /** Which entry of `eligibility.transactions` the answer is for (subscriber or a dependent). */
    transactionIndex: z.number().int().min(0).max(99).optional(),
  })
  .refine((v) => v.coverageCheck !== undefined || v.eligibility !== undefined, {
    path: ['coverageCheck'],
    error: 'save a coverage check result and/or a 271 reading',
  })
export type VobCreateRequest = z.infer<typeof VobCreateRequest>

export const VobListQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(50),
  before: z.iso.datetime().optional(),
})

export const VobIdParam = z.strictObject({ id: z.uuid({ error: 'must be a VOB id' }) })

export type VobListItemView = {
  id: string
  /** The id's short form for the phone and the printout (`VOB-0F6D-2B8E`). */
  reference: string
  createdAt: string
  createdBy: string
  payerId: string | null
  payerName: string | null
  program: string | null
  coverageStatus: string | null
  purgeAfter: string
  purgedAt: string | null
}
export type VobListResponse = { vobs: VobListItemView[] }
export type VobView = VobListItemView & {
  patient: { name: string; dob: string; memberId: string } | null
  result: {
    coverageCheck?: Record<string, unknown>
    eligibility?: Record<string, unknown>
    notes?: string
    callReference?: string
    spokeWith?: string
    source?: (typeof VOB_SOURCES)[number]
    transactionIndex?: number
  } | null
}
export type VobCreated = { id: string; reference: string; createdAt: string; purgeAfter: string }
