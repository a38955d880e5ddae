/**
 * @module
 * `POST /v1/leads` (a visitor asks to be called back, from the widget) and the staff views of
 * leads. A lead carries only what a call back needs: a name, a phone and/or email, a preferred
 * time and an optional message, plus the non-PHI context of the check. No member ID, no DOB:
 * unknown fields are refused (minimum necessary).
 */
import * as z from 'zod'
import { LEAD_STATUSES } from '../../domain/lead/status'
import { StateCode, safeText } from './common'

export { LEAD_STATUSES }

/** A US phone number in any usual notation, normalized to E.164 (`+15125550123`). */
export const UsPhone = z
  .string()
  .max(30, { error: 'must be at most 30 characters' })
  .transform((s) => s.replace(/[\s().-]/g, '').replace(/^\+?1(?=\d{10}$)/, ''))
  .pipe(z.string().regex(/^[2-9]\d{2}[2-9]\d{6}$/, { error: 'must be a 10-digit US phone number' }))
  .transform((digits) => `+1${digits}`)

export const COVERAGE_STATUSES = ['covered', 'covered_with_conditions', 'not_covered', 'unknown'] as const
export const PROGRAMS = ['substance_use', 'mental_health'] as const
export const PREFERRED_TIMES = ['morning', 'afternoon', 'evening', 'anytime'] as const

export const LeadContextSchema = z.strictObject({
  payerId: z.string().regex(/^[a-z0-9][a-z0-9_.-]{0,79}$/, { error: 'must be a payer id' }).optional(),
  state: StateCode.optional(),
  program: z.enum(PROGRAMS).optional(),
  coverageStatus: z.enum(COVERAGE_STATUSES).optional(),
  patientPays: z.number().int().min(0).max(100_000_000).optional(),
})

export const LeadRequest = z
  .strictObject({
    consent: z.literal(true, { error: 'must be true: the visitor must tick the consent box' }),
    consentTextVersion: z
      .string()
      .regex(/^[\w.-]{1,40}$/, { error: 'must name the version of the consent text shown (e.g. 2026-11-01)' }),
    name: safeText(120).transform((s) => s.trim()).pipe(z.string().min(1, { error: 'must not be empty' })),
    phone: UsPhone.optional(),
    email: z.email({ error: 'must be an email address' }).max(254).optional(),
    preferredTime: z.enum(PREFERRED_TIMES).optional(),
    message: safeText(1000).optional(),
    context: LeadContextSchema.optional(),
  })
  .refine((lead) => lead.phone !== undefined || lead.email !== undefined, {
    path: ['phone'],
    error: 'give a phone number or an email address (or both)',
  })
export type LeadRequest = z.infer<typeof LeadRequest>

export type LeadAccepted = { id: string; status: 'received' }

export const LeadListQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(50),
  before: z.iso.datetime().optional(),
})

export const LeadIdParam = z.strictObject({ id: z.uuid({ error: 'must be a lead id' }) })

export type LeadView = {
  id: string
  createdAt: string
  consent: { at: string; textVersion: string }
  contact: {
    name: string
    phone?: string
    email?: string
    preferredTime?: string
    message?: string
  } | null
  context: z.infer<typeof LeadContextSchema>
  delivery: {
    status: 'pending' | 'delivered' | 'failed' | 'no_webhook'
    deliveredAt: string | null
    attempts: number
    /** The last attempt as a bucket, never a raw status (issue 13). */
    lastStatus: 'delivered' | 'failed_4xx' | 'failed_5xx' | 'timeout' | 'unreachable' | null
  }
  purgeAfter: string
  purgedAt: string | null
  /** Where the admissions team stands with this lead (migration 0005); `new` until changed. */
  status: (typeof LEAD_STATUSES)[number]
  /** The staff member who owns the follow-up, as they typed their name; null when unassigned. */
  owner: string | null
  /** When status or owner last changed; null when never. */
  statusUpdatedAt: string | null
}
export type LeadListResponse = { leads: LeadView[] }

/**
 * `PATCH /v1/leads/:id` (staff): move a lead along (status) and/or assign it (owner; null
 * unassigns). Strict: any other field is refused, so contact details cannot be edited here.
 */
export const LeadPatchRequest = z
  .strictObject({
    status: z.enum(LEAD_STATUSES, { error: `must be one of ${LEAD_STATUSES.join(', ')}` }).optional(),
    owner: z
      .union([
        safeText(80)
          .transform((s) => s.trim())
          .pipe(z.string().min(1, { error: 'must not be empty (send null to unassign)' })),
        z.null(),
      ])
      .optional(),
  })
  .refine((p) => p.status !== undefined || p.owner !== undefined, {
    path: ['status'],
    error: 'send a status and/or an owner',
  })
export type LeadPatchRequest = z.infer<typeof LeadPatchRequest>

export type LeadWorkflowView = Pick<LeadView, 'id' | 'status' | 'owner' | 'statusUpdatedAt'>
