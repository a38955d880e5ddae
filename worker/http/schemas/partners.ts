/**
 * @module
 * Partner configuration, contracts and staff keys: the staff API's contract. Secrets never
 * appear in a response schema except the one-time `secret` of a freshly created key.
 */
import * as z from 'zod'
import { PAYERS } from '../../data/payers'
import { originProblem } from '../origins'
import { safeText } from './common'

const PAYER_IDS = new Set(PAYERS.map((p) => p.id))

export const ProgramId = z.enum(['substance_use', 'mental_health'])

const Origin = z.string().max(200).superRefine((s, ctx) => {
  const problem = originProblem(s)
  if (problem) ctx.addIssue({ code: 'custom', message: problem })
})

const HexColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, { error: 'must be a color such as #0a6b5d' })

const HttpsUrl = z
  .string()
  .max(500)
  .refine((s) => URL.canParse(s) && new URL(s).protocol === 'https:', { error: 'must be an https URL' })

/**
 * The webhook URL has one setter, `PUT /v1/partners/me/webhook`, which validates it and rotates
 * its secret together; here it is refused with a pointer there (issue 13: two setters sealed the
 * secret two ways and leads failed).
 */
const LeadWebhookUrlRefused = z.unknown().superRefine((_, ctx) => {
  ctx.addIssue({ code: 'custom', message: 'set the webhook with PUT /v1/partners/me/webhook, which also issues its signing secret' })
})

export const Branding = z.strictObject({
  colors: z.strictObject({ accent: HexColor.optional(), background: HexColor.optional(), text: HexColor.optional() }).optional(),
  logoUrl: HttpsUrl.nullable().optional(),
})

export const PartnerPatch = z
  .strictObject({
    allowedOrigins: z.array(Origin).max(20),
    admissionsPhone: z
      .string()
      .regex(/^\+1[2-9]\d{9}$/, { error: 'must be a US phone number in E.164 form, such as +18005550100' })
      .nullable(),
    programs: z.array(ProgramId).min(1).max(2).refine((a) => new Set(a).size === a.length, { error: 'must not repeat a program' }),
    branding: Branding,
    leadWebhookUrl: LeadWebhookUrlRefused,
    exactCheckEnabled: z.boolean(),
    phiRetentionDays: z.number().int().min(1).max(90),
    turnstileSiteKey: z.string().regex(/^[0-9a-zA-Z_-]{10,100}$/, { error: 'must be a Turnstile site key' }).nullable(),
  })
  .partial()
  .refine((p) => Object.keys(p).length > 0, { error: 'send at least one field to change' })
export type PartnerPatch = z.infer<typeof PartnerPatch>

export const Contract = z.strictObject({
  payerId: z.string().max(100).refine((id) => PAYER_IDS.has(id), { error: 'must be a payer id from GET /v1/payers' }),
  network: z.enum(['in', 'out']),
  allowedPerDay: z
    .strictObject({
      substance_use: z.number().int().min(0).max(10_000_000).optional(),
      mental_health: z.number().int().min(0).max(10_000_000).optional(),
    })
    .default({}),
})

export const ContractsBody = z.strictObject({
  contracts: z
    .array(Contract)
    .max(500)
    .refine((cs) => new Set(cs.map((c) => c.payerId)).size === cs.length, { error: 'each payer may appear once' }),
})
export type ContractsBody = z.infer<typeof ContractsBody>

export const StaffKeyCreate = z.strictObject({ label: safeText(100).pipe(z.string().trim().min(1)) })

/** `GET /v1/partners/me` (and the PATCH response): the configuration, without secrets. */
export type PartnerConfig = {
  id: string
  name: string
  siteKey: string
  allowedOrigins: string[]
  admissionsPhone: string | null
  programs: string[]
  branding: z.infer<typeof Branding>
  leadWebhookUrl: string | null
  webhookSecretSet: boolean
  exactCheckEnabled: boolean
  phiRetentionDays: number
  turnstileSiteKey: string | null
  createdAt: string
  updatedAt: string | null
  staff: { label: string; via: 'key' | 'session' }
}

/** `GET /v1/site-config`: what the widget needs to render for a partner (all public). */
export type SiteConfig = {
  partner: { name: string; admissionsPhone: string | null }
  programs: string[]
  branding: z.infer<typeof Branding>
  exactCheck: { enabled: boolean; turnstileSiteKey: string | null }
}
