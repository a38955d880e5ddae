/**
 * @module
 * `/v1/partners/me…`: the signed-in partner's own configuration, contracts, staff keys, webhook
 * URL and signing secret. Staff only; every query is scoped by the partner the credential belongs
 * to, and there is no partner id in the URL to tamper with.
 */
import type { Context } from 'hono'
import * as z from 'zod'
import { listContracts, replaceContracts, type Contract } from '../adapters/d1/contracts'
import { rotateWebhookSecret, setWebhookUrl } from '../adapters/d1/partner-webhook'
import { updatePartner, type Partner } from '../adapters/d1/partners'
import { createStaffKey, listStaffKeys, revokeStaffKey, type StaffKey } from '../adapters/d1/staff'
import { webhookUrlProblem } from '../domain/delivery/webhook-url'
import type { AppEnv } from '../env'
import { getStaffActor } from '../http/middleware/tenant'
import { JSON_BODY_PROBLEMS, STAFF_PROBLEMS } from '../http/openapi/problems'
import { invalidatePartnerCache } from '../http/partner-cache'
import { problem, validationError } from '../http/problem'
import { defineRoute, type Documented } from '../http/route'
import { Branding, ContractsBody, PartnerPatch, StaffKeyCreate, type PartnerConfig } from '../http/schemas/partners'
import { WebhookUpdateRequest, type WebhookUpdateResponse } from '../http/schemas/webhook'

const toConfig = (partner: Partner, c: Context<AppEnv>): PartnerConfig => {
  const staff = c.get('staff')!
  return {
    id: partner.id,
    name: partner.name,
    siteKey: partner.siteKey,
    allowedOrigins: partner.allowedOrigins,
    admissionsPhone: partner.admissionsPhone,
    programs: partner.programs,
    branding: partner.branding,
    leadWebhookUrl: partner.leadWebhookUrl,
    webhookSecretSet: partner.hasWebhookSecret,
    exactCheckEnabled: partner.exactCheckEnabled,
    phiRetentionDays: partner.phiRetentionDays,
    turnstileSiteKey: partner.turnstileSiteKey,
    createdAt: partner.createdAt,
    updatedAt: partner.updatedAt,
    staff: { label: staff.label, via: staff.via },
  }
}

const PartnerConfigSchema = z.object({
  id: z.string(),
  name: z.string(),
  siteKey: z.string().describe('The public site key (`pk_…`) for the embed snippet'),
  allowedOrigins: z.array(z.string()).describe('Browser origins the site key works from'),
  admissionsPhone: z.string().nullable().describe('E.164'),
  programs: z.array(z.string()).describe('substance_use, mental_health'),
  branding: Branding,
  leadWebhookUrl: z.string().nullable(),
  webhookSecretSet: z.boolean().describe('Whether a signing secret is set (the secret is never shown again)'),
  exactCheckEnabled: z.boolean().describe('Whether the widget offers the exact (270/271) check'),
  phiRetentionDays: z.number().int().describe('Days before leads’ and VOBs’ PHI is deleted'),
  turnstileSiteKey: z.string().nullable().describe('The Turnstile site key the widget renders (required for the exact check and leads)'),
  createdAt: z.string(),
  updatedAt: z.string().nullable(),
  staff: z.object({ label: z.string(), via: z.enum(['key', 'session']) }).describe('Who is asking, and how they signed in'),
})

const ContractSchema = z.object({
  payerId: z.string(),
  network: z.enum(['in', 'out']),
  allowedPerDay: z
    .object({ substance_use: z.number().int().optional(), mental_health: z.number().int().optional() })
    .describe('Cents per IOP day the payer allows, per program; absent when not negotiated'),
})
type ContractsResponse = { contracts: Contract[] }
const ContractsResponseSchema = z.object({ contracts: z.array(ContractSchema) })

const StaffKeySchema = z.object({
  id: z.string().describe('`key_…`; not a secret'),
  partnerId: z.string(),
  label: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
})
const StaffKeysResponseSchema = z.object({ keys: z.array(StaffKeySchema) })
const StaffKeyCreatedSchema = z.object({ key: StaffKeySchema, secret: z.string().describe('The key itself (`sk_…`): shown only in this response') })
const SecretSchema = z.object({ secret: z.string().describe('`whsec_…`, shown only in this response') })
const WebhookUpdateResponseSchema = z.object({ url: z.string().nullable(), secret: z.string().nullable().describe('A new signing secret (`whsec_…`), shown only here; `null` when delivery is off') })

const CONFIG_EXAMPLE = {
  id: 'demo',
  name: 'Sunrise Recovery Center (demo)',
  siteKey: 'pk_test_demo',
  allowedOrigins: ['https://sunrise.example'],
  admissionsPhone: '+18005550100',
  programs: ['substance_use', 'mental_health'],
  branding: { colors: { accent: '#0a6b5d' }, logoUrl: null },
  leadWebhookUrl: 'https://crm.sunrise.example/hooks/iop',
  webhookSecretSet: true,
  exactCheckEnabled: true,
  phiRetentionDays: 30,
  turnstileSiteKey: '1x00000000000000000000AA',
  createdAt: '2026-11-01T09:00:00.000Z',
  updatedAt: '2026-11-23T10:00:00.000Z',
  staff: { label: 'Local demo key', via: 'key' },
}
const CONTRACTS = [
  { payerId: 'aetna', network: 'in', allowedPerDay: { substance_use: 35000 } },
  { payerId: 'cigna', network: 'in', allowedPerDay: { substance_use: 32000, mental_health: 30000 } },
]
const STAFF_KEY = {
  id: 'key_Xk3v9QpL2mN8',
  partnerId: 'demo',
  label: 'Front desk laptop',
  createdAt: '2026-11-23T10:00:00.000Z',
  lastUsedAt: null,
  revokedAt: null,
}
const SECRET_NOTE = 'Shown once: store it now (a password manager, your server’s secret store); it cannot be read again.'

export const partnerRoutes = [
  defineRoute({
    method: 'get',
    path: '/v1/partners/me',
    operationId: 'getPartner',
    tag: 'Partner settings',
    summary: 'Your partner’s configuration',
    description: 'The partner the staff credential belongs to; there is no partner id in the URL to tamper with. No secrets.',
    access: 'staff',
    responses: { 200: { description: 'The configuration.', schema: PartnerConfigSchema, examples: { demo: { summary: 'The demo partner', value: CONFIG_EXAMPLE } } } },
    problems: [...STAFF_PROBLEMS],
    handler: (c) => c.json<Documented<PartnerConfig, typeof PartnerConfigSchema>>(toConfig(c.get('partner'), c)),
  }),
  defineRoute({
    method: 'patch',
    path: '/v1/partners/me',
    operationId: 'updatePartner',
    tag: 'Partner settings',
    summary: 'Change your partner’s configuration',
    description:
      'Send only the fields to change. `allowedOrigins` are the browser origins the site key works from (scheme, host and port; no path). `leadWebhookUrl` is refused here (400): set the webhook with `PUT /v1/partners/me/webhook`, which validates the URL and issues its signing secret together.',
    access: 'staff',
    idempotent: true,
    body: {
      schema: PartnerPatch,
      examples: {
        origins: { summary: 'Register the site’s origins and brand color', value: { allowedOrigins: ['https://sunrise.example', 'https://www.sunrise.example'], branding: { colors: { accent: '#0a6b5d' } } } },
        exact: { summary: 'Offer the exact check (needs a Turnstile site key)', value: { exactCheckEnabled: true, turnstileSiteKey: '1x00000000000000000000AA' } },
      },
    },
    responses: { 200: { description: 'The updated configuration.', schema: PartnerConfigSchema, examples: { demo: { summary: 'After the change', value: CONFIG_EXAMPLE } } } },
    problems: [...JSON_BODY_PROBLEMS, ...STAFF_PROBLEMS],
    handler: async (c) => {
      const patch = c.req.valid('json')
      const updated = await updatePartner(c.env.DB, c.get('partner').id, patch)
      invalidatePartnerCache()
      return c.json<Documented<PartnerConfig, typeof PartnerConfigSchema>>(toConfig(updated!, c))
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/partners/me/contracts',
    operationId: 'listContracts',
    tag: 'Partner settings',
    summary: 'Your contracts with payers',
    description: 'In or out of network with each payer and the per-diem it allows. Coverage checks use them as the `network` and `treatment.allowedPerDay` defaults.',
    access: 'staff',
    responses: { 200: { description: 'The contracts.', schema: ContractsResponseSchema, examples: { demo: { summary: 'Two in-network payers', value: { contracts: CONTRACTS } } } } },
    problems: [...STAFF_PROBLEMS],
    handler: async (c) =>
      c.json<Documented<ContractsResponse, typeof ContractsResponseSchema>>({ contracts: await listContracts(c.env.DB, c.get('partner').id) }),
  }),
  defineRoute({
    method: 'put',
    path: '/v1/partners/me/contracts',
    operationId: 'replaceContracts',
    tag: 'Partner settings',
    summary: 'Replace all your contracts',
    description: 'The list replaces the previous one entirely; `{"contracts": []}` removes them all. Payer ids come from `GET /v1/payers`; amounts are cents per IOP day.',
    access: 'staff',
    idempotent: true,
    body: { schema: ContractsBody, examples: { demo: { summary: 'Two in-network payers', value: { contracts: CONTRACTS } } } },
    responses: { 200: { description: 'The contracts now stored.', schema: ContractsResponseSchema, examples: { demo: { summary: 'Stored', value: { contracts: CONTRACTS } } } } },
    problems: [...JSON_BODY_PROBLEMS, ...STAFF_PROBLEMS],
    handler: async (c) => {
      const { contracts } = c.req.valid('json')
      await replaceContracts(c.env.DB, c.get('partner').id, contracts)
      invalidatePartnerCache()
      return c.json<Documented<ContractsResponse, typeof ContractsResponseSchema>>({ contracts: await listContracts(c.env.DB, c.get('partner').id) })
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/partners/me/staff-keys',
    operationId: 'listStaffKeys',
    tag: 'Partner settings',
    summary: 'Your staff keys (without their secrets)',
    access: 'staff',
    responses: { 200: { description: 'Active and revoked keys.', schema: StaffKeysResponseSchema, examples: { one: { summary: 'One key', value: { keys: [STAFF_KEY] } } } } },
    problems: [...STAFF_PROBLEMS],
    handler: async (c) =>
      c.json<Documented<{ keys: StaffKey[] }, typeof StaffKeysResponseSchema>>({ keys: await listStaffKeys(c.env.DB, c.get('partner').id) }),
  }),
  defineRoute({
    method: 'post',
    path: '/v1/partners/me/staff-keys',
    operationId: 'createStaffKey',
    tag: 'Partner settings',
    summary: 'Create a staff key',
    description: `Keys are stored only as a keyed hash. ${SECRET_NOTE}`,
    access: 'staff',
    idempotent: false,
    body: { schema: StaffKeyCreate, examples: { desk: { summary: 'A key for the front desk', value: { label: 'Front desk laptop' } } } },
    responses: {
      201: {
        description: 'The key and its secret.',
        schema: StaffKeyCreatedSchema,
        examples: { created: { summary: 'Created', value: { key: STAFF_KEY, secret: 'sk_Jc2v8m1QxZ0pR7tYb4nWq9eLk3sH6uDf5gA-_oIaNcE' } } },
      },
    },
    problems: [...JSON_BODY_PROBLEMS, ...STAFF_PROBLEMS],
    handler: async (c) => {
      const { key, secret } = await createStaffKey(c.env.DB, c.env.HASH_KEY, c.get('partner').id, c.req.valid('json').label)
      // The only time the secret exists outside the caller: it is stored as a keyed hash.
      return c.json<Documented<{ key: StaffKey; secret: string }, typeof StaffKeyCreatedSchema>>({ key, secret }, 201)
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/v1/partners/me/staff-keys/:id',
    operationId: 'revokeStaffKey',
    tag: 'Partner settings',
    summary: 'Revoke a staff key',
    description: 'The key and every console session opened with it stop working at once. Revoking a key that is already revoked answers 404.',
    access: 'staff',
    idempotent: true,
    params: z.object({ id: z.string().regex(/^key_[A-Za-z0-9_-]{1,40}$/).describe('The key’s `id` (`key_…`), not its secret') }),
    responses: { 204: { description: 'Revoked.' } },
    problems: ['validation_failed', 'not_found', ...STAFF_PROBLEMS],
    handler: async (c) => {
      const revoked = await revokeStaffKey(c.env.DB, c.get('partner').id, c.req.valid('param').id, new Date())
      if (!revoked) throw problem('not_found', 'There is no active staff key with this id.')
      return c.body(null, 204)
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/partners/me/webhook-secret',
    operationId: 'rotateWebhookSecret',
    tag: 'Partner settings',
    summary: 'Create a new webhook signing secret',
    description: `Replaces the secret deliveries are signed with (see Webhooks), effective for the next delivery. ${SECRET_NOTE}`,
    access: 'staff',
    idempotent: false,
    responses: {
      201: { description: 'The new secret.', schema: SecretSchema, examples: { created: { summary: 'Created', value: { secret: 'whsec_Jc2v8m1QxZ0pR7tYb4nWq9eLk3sH6uDf5gA-_oIaNcE' } } } },
    },
    problems: [...STAFF_PROBLEMS],
    handler: async (c) => {
      // The same rotation as `PUT /webhook` (one sealing format): deliveries sign with it at once.
      const secret = await rotateWebhookSecret(c.env.DB, c.env.PHI_ENCRYPTION_KEY, c.get('partner').id)
      invalidatePartnerCache()
      return c.json<Documented<{ secret: string }, typeof SecretSchema>>({ secret }, 201)
    },
  }),
  defineRoute({
    method: 'put',
    path: '/v1/partners/me/webhook',
    operationId: 'setWebhook',
    tag: 'Partner settings',
    summary: 'Set where leads are delivered (with a new secret)',
    description: `The only way to set the URL (\`PATCH /v1/partners/me\` refuses the field): sets the URL that receives \`lead.created\` (see Webhooks) and a fresh signing secret. ${SECRET_NOTE} HTTPS only (plain HTTP to a loopback host in local development), no credentials in the URL. \`{"url": null}\` turns delivery off.`,
    access: 'staff',
    idempotent: false,
    body: {
      schema: WebhookUpdateRequest,
      examples: {
        set: { summary: 'Deliver leads to the CRM', value: { url: 'https://crm.sunrise.example/hooks/iop' } },
        off: { summary: 'Stop delivering', value: { url: null } },
      },
    },
    responses: {
      200: {
        description: 'The URL and its secret.',
        schema: WebhookUpdateResponseSchema,
        examples: {
          set: { summary: 'Delivery on', value: { url: 'https://crm.sunrise.example/hooks/iop', secret: 'whsec_6c0f1d2e3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d' } },
          off: { summary: 'Delivery off', value: { url: null, secret: null } },
        },
      },
    },
    problems: [...JSON_BODY_PROBLEMS, ...STAFF_PROBLEMS],
    handler: async (c) => {
      const staff = getStaffActor(c)
      const { url } = c.req.valid('json')
      const problem = url === null ? null : webhookUrlProblem(url, c.env.ENVIRONMENT)
      if (problem) throw validationError([{ path: 'url', message: problem }])
      const secret = await setWebhookUrl(c.env.DB, c.env.PHI_ENCRYPTION_KEY, staff.partnerId, url)
      invalidatePartnerCache()
      return c.json<Documented<WebhookUpdateResponse, typeof WebhookUpdateResponseSchema>>({ url, secret })
    },
  }),
]
