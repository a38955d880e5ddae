/**
 * @module
 * `/v1/leads`: the widget posts a callback request with consent (site key); staff list and read
 * them (decrypted, audited). A new lead is stored encrypted together with its webhook outbox row,
 * answered 202, and its row id put on the `LEAD_DELIVERIES` queue, whose consumer delivers it
 * (worker/jobs/queue.ts). The lead is committed before the message is sent: if the queue refuses
 * it, the lead is still accepted and tried once in the background, and the cron sweeper retries.
 */

import * as z from 'zod'
import { auditStatement, recordAudit } from '../adapters/d1/audit'
import { leadWorkflows, updateLeadWorkflow, type LeadWorkflow } from '../adapters/d1/lead-workflow'
import { findLead, insertLead, listLeads } from '../adapters/d1/leads'
import { findRetentionDays, findWebhookTarget } from '../adapters/d1/partner-webhook'
import { deliverOne, deliveryOptions } from '../adapters/webhook/deliver'
import type { LeadDeliveryMessage } from '../domain/delivery/queue-message'
import { log } from '../http/log'
import { leadCreatedBody } from '../domain/delivery/payload'
import { purgeAfter } from '../domain/retention/purge'
import type { AppEnv } from '../env'
import { limitByIp, limitBySiteKey } from '../http/middleware/rate-limit'
import { requireTurnstile } from '../http/middleware/turnstile'
import { getPartnerId, getStaffActor } from '../http/middleware/tenant'
import { problem } from '../http/problem'
import {
  type LeadAccepted,
  type LeadListResponse,
  type LeadView,
  type LeadWorkflowView,
  LeadIdParam,
  LeadListQuery,
  LeadPatchRequest,
  LeadRequest,
  LeadContextSchema,
  LEAD_STATUSES,
  PREFERRED_TIMES,
} from '../http/schemas/leads'
import { JSON_BODY_PROBLEMS, SITE_KEY_PROBLEMS, STAFF_PROBLEMS, TURNSTILE_PROBLEMS } from '../http/openapi/problems'
import { TURNSTILE_HEADER } from '../http/middleware/site-key'
import { defineRoute, type Documented } from '../http/route'

const NEW_LEAD: LeadWorkflow = { status: 'new', owner: null, updatedAt: null }
const withWorkflow = <T extends { id: string }>(lead: T, w: LeadWorkflow | undefined) => {
  const { status, owner, updatedAt } = w ?? NEW_LEAD
  return { ...lead, status, owner, statusUpdatedAt: updatedAt }
}

const notFound = () => problem('not_found', 'There is no lead with this id.')

const LeadAcceptedSchema = z.object({ id: z.string().describe('The lead’s id (a UUID)'), status: z.literal('received') })

export const LeadViewSchema = z.object({
  id: z.string(),
  createdAt: z.string().describe('ISO 8601'),
  consent: z.object({ at: z.string(), textVersion: z.string().describe('The consent text the visitor agreed to') }),
  contact: z
    .object({
      name: z.string(),
      phone: z.string().optional().describe('E.164 (`+15125550123`)'),
      email: z.string().optional(),
      preferredTime: z.string().optional().describe(PREFERRED_TIMES.join(', ')),
      message: z.string().optional(),
    })
    .nullable()
    .describe('Decrypted; `null` once purged'),
  context: LeadContextSchema.describe('The visitor’s coverage check (no PHI)'),
  delivery: z.object({
    status: z.enum(['pending', 'delivered', 'failed', 'no_webhook']),
    deliveredAt: z.string().nullable(),
    attempts: z.number().int(),
    lastStatus: z.enum(['delivered', 'failed_4xx', 'failed_5xx', 'timeout', 'unreachable']).nullable().describe('How the last attempt went, as a bucket (never the raw status)'),
  }),
  purgeAfter: z.string().describe('When the contact details will be deleted (the partner’s retention)'),
  purgedAt: z.string().nullable(),
  status: z.enum(LEAD_STATUSES).describe('Where admissions stands with the lead; `new` until staff change it'),
  owner: z.string().nullable().describe('The staff member who owns the follow-up; null when unassigned'),
  statusUpdatedAt: z.string().nullable().describe('When status or owner last changed'),
})

const LeadWorkflowSchema = z.object({ id: z.string(), status: z.enum(LEAD_STATUSES), owner: z.string().nullable(), statusUpdatedAt: z.string().nullable() })

const LeadListResponseSchema = z.object({ leads: z.array(LeadViewSchema) })

const LEAD_ID = '7b0c3a52-5d1e-4f7a-9c2b-3e8f1a6d4b90'
const LEAD_EXAMPLE = {
  id: LEAD_ID,
  createdAt: '2026-11-23T15:04:05.000Z',
  consent: { at: '2026-11-23T15:04:05.000Z', textVersion: '2026-11-01' },
  contact: { name: 'Jane Roe', phone: '+15125550123', email: 'jane@example.org', preferredTime: 'evening', message: 'After 6pm please' },
  context: { payerId: 'aetna', state: 'TX', program: 'substance_use', coverageStatus: 'covered', patientPays: 312000 },
  delivery: { status: 'delivered', deliveredAt: '2026-11-23T15:04:06.000Z', attempts: 1, lastStatus: 'delivered' },
  purgeAfter: '2026-12-23T15:04:05.000Z',
  purgedAt: null,
  status: 'contacted',
  owner: 'Dana (admissions)',
  statusUpdatedAt: '2026-11-23T16:10:00.000Z',
}

const PHI_NOTE = 'Answers carry contact details (PHI): `Cache-Control: no-store`, and every lead returned is recorded in the audit log (`lead.read`).'

export const leadRoutes = [
  defineRoute({
    method: 'post',
    path: '/v1/leads',
    operationId: 'createLead',
    tag: 'Leads',
    summary: 'Ask to be called back (from the widget, with consent)',
    description:
      'The visitor ticked the consent box and gave a name and a phone number and/or an email. Unknown fields are refused: a lead never carries a member ID or a date of birth. Nothing sent is echoed back.\n\nThe contact details are stored encrypted and, when the partner has a webhook, delivered to it as a signed `lead.created` event (see Webhooks), retried with backoff for 7 days.\n\nSite-key callers need a Cloudflare Turnstile token in `X-Turnstile-Token`; staff calls skip it. Limited per IP and per site key. Each call stores a new lead.',
    access: 'site_key_or_staff',
    guards: [limitByIp(), limitBySiteKey(), requireTurnstile()],
    // A callback request is a few short fields: a larger body is not one.
    maxBodyBytes: 16 * 1024,
    idempotent: false,
    headers: {
      [TURNSTILE_HEADER]: { description: 'Turnstile token (single use). Required for site-key callers; staff skip it.' },
    },
    body: {
      schema: LeadRequest,
      examples: {
        full: {
          summary: 'A callback request after a coverage check',
          value: {
            consent: true,
            consentTextVersion: '2026-11-01',
            name: 'Jane Roe',
            phone: '(512) 555-0123',
            email: 'jane@example.org',
            preferredTime: 'evening',
            message: 'After 6pm please',
            context: { payerId: 'aetna', state: 'TX', program: 'substance_use', coverageStatus: 'covered', patientPays: 312000 },
          },
        },
        minimal: { summary: 'Just a name and an email', value: { consent: true, consentTextVersion: '2026-11-01', name: 'Sam', email: 'sam@example.org' } },
      },
    },
    responses: {
      202: {
        description: 'Stored; delivery to the partner’s webhook is under way.',
        schema: LeadAcceptedSchema,
        examples: { received: { summary: 'Received', value: { id: LEAD_ID, status: 'received' } } },
      },
    },
    problems: [...JSON_BODY_PROBLEMS, ...SITE_KEY_PROBLEMS, ...TURNSTILE_PROBLEMS, 'rate_limited'],
    handler: async (c) => {
      const partnerId = getPartnerId(c)
      const body = c.req.valid('json')
      const now = new Date()
      const retention = (await findRetentionDays(c.env.DB, partnerId)) ?? 30
      const webhook = await findWebhookTarget(c.env.DB, c.env.PHI_ENCRYPTION_KEY, partnerId)
      const lead = {
        id: crypto.randomUUID(),
        partnerId,
        createdAt: now,
        consentAt: now,
        consentTextVersion: body.consentTextVersion,
        contact: {
          name: body.name,
          ...(body.phone ? { phone: body.phone } : {}),
          ...(body.email ? { email: body.email } : {}),
          ...(body.preferredTime ? { preferredTime: body.preferredTime } : {}),
          ...(body.message ? { message: body.message } : {}),
        },
        context: body.context ?? {},
        purgeAfter: purgeAfter(now, retention),
      }
      const deliveryId = crypto.randomUUID()
      const outbox = webhook ? { id: deliveryId, body: leadCreatedBody(deliveryId, lead) } : null
      await insertLead(c.env.DB, c.env.PHI_ENCRYPTION_KEY, lead, outbox, [
        auditStatement(
          c.env.DB,
          { partnerId, actor: 'site', action: 'lead.create', subjectId: lead.id, requestId: c.get('requestId') },
          now,
        ),
      ])
      if (outbox) {
        const message: LeadDeliveryMessage = { outboxId: outbox.id, partnerId }
        try {
          await c.env.LEAD_DELIVERIES.send(message, { contentType: 'json' })
        } catch (e) {
          log({ level: 'warn', event: 'lead_enqueue_failed', code: e instanceof Error ? e.name : 'unknown', x_delivery: outbox.id })
          // a failure leaves the row due for the cron sweeper
          c.executionCtx.waitUntil(deliverOne(deliveryOptions(c.env), outbox.id).catch(() => undefined))
        }
      }
      c.header('Cache-Control', 'no-store')
      return c.json<Documented<LeadAccepted, typeof LeadAcceptedSchema>>({ id: lead.id, status: 'received' }, 202)
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/leads',
    operationId: 'listLeads',
    tag: 'Leads',
    summary: 'The partner’s leads, newest first (decrypted)',
    description: `Page with \`before\`: pass the \`createdAt\` of the last lead of a page to get the next one. ${PHI_NOTE}`,
    access: 'staff',
    query: LeadListQuery,
    responses: {
      200: {
        description: 'Up to `limit` leads.',
        schema: LeadListResponseSchema,
        examples: { one: { summary: 'One lead', value: { leads: [LEAD_EXAMPLE] } } },
      },
    },
    problems: ['validation_failed', ...STAFF_PROBLEMS],
    handler: async (c) => {
      const staff = getStaffActor(c)
      const { limit, before } = c.req.valid('query')
      const stored = await listLeads(c.env.DB, c.env.PHI_ENCRYPTION_KEY, staff.partnerId, { limit, before })
      const workflows = await leadWorkflows(c.env.DB, staff.partnerId, stored.map((r) => r.id))
      const rows = stored.map((r) => withWorkflow(r, workflows.get(r.id)))
      // One row per list read, naming every lead it showed (issue 13: one row per lead read made
      // a 50-lead page 51 rows, and audit volume the first thing to fill D1).
      await recordAudit(
        c.env.DB,
        [{ partnerId: staff.partnerId, actor: staff.actor, action: 'lead.list', subjectIds: rows.map((r) => r.id), requestId: c.get('requestId') }],
        new Date(),
      )
      c.header('Cache-Control', 'no-store')
      return c.json<Documented<LeadListResponse, typeof LeadListResponseSchema>>({ leads: rows as LeadView[] })
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/leads/:id',
    operationId: 'getLead',
    tag: 'Leads',
    summary: 'One lead (decrypted)',
    description: `Another partner’s lead is a 404, exactly like one that does not exist. ${PHI_NOTE}`,
    access: 'staff',
    params: LeadIdParam,
    responses: {
      200: { description: 'The lead.', schema: LeadViewSchema, examples: { lead: { summary: 'A delivered lead', value: LEAD_EXAMPLE } } },
    },
    problems: ['validation_failed', 'not_found', ...STAFF_PROBLEMS],
    handler: async (c) => {
      const staff = getStaffActor(c)
      const { id } = c.req.valid('param')
      const lead = await findLead(c.env.DB, c.env.PHI_ENCRYPTION_KEY, staff.partnerId, id)
      if (!lead) throw notFound()
      await recordAudit(
        c.env.DB,
        [{ partnerId: staff.partnerId, actor: staff.actor, action: 'lead.read', subjectId: id, requestId: c.get('requestId') }],
        new Date(),
      )
      c.header('Cache-Control', 'no-store')
      const workflow = (await leadWorkflows(c.env.DB, staff.partnerId, [id])).get(id)
      return c.json<Documented<LeadView, typeof LeadViewSchema>>(withWorkflow(lead, workflow) as LeadView)
    },
  }),
  defineRoute({
    method: 'patch',
    path: '/v1/leads/:id',
    operationId: 'updateLead',
    tag: 'Leads',
    summary: 'Set a lead’s status and/or owner',
    description:
      'Admissions workflow: `status` (new, contacted, admitted, not_admitted) and `owner` (a staff member’s name; null unassigns). Nothing else can be changed: unknown fields are refused. Audited (`lead.update`). Another partner’s lead is a 404.',
    access: 'staff',
    idempotent: true,
    params: LeadIdParam,
    body: {
      schema: LeadPatchRequest,
      examples: { contacted: { summary: 'Called back, owned by Dana', value: { status: 'contacted', owner: 'Dana (admissions)' } } },
    },
    responses: {
      200: {
        description: 'The lead’s workflow after the change.',
        schema: LeadWorkflowSchema,
        examples: {
          contacted: { summary: 'Contacted', value: { id: LEAD_ID, status: 'contacted', owner: 'Dana (admissions)', statusUpdatedAt: '2026-11-23T16:10:00.000Z' } },
        },
      },
    },
    problems: [...JSON_BODY_PROBLEMS, 'not_found', ...STAFF_PROBLEMS],
    handler: async (c) => {
      const staff = getStaffActor(c)
      const { id } = c.req.valid('param')
      const patch = c.req.valid('json')
      const now = new Date()
      const audit = auditStatement(
        c.env.DB,
        { partnerId: staff.partnerId, actor: staff.actor, action: 'lead.update', subjectId: id, requestId: c.get('requestId') },
        now,
      )
      const workflow = await updateLeadWorkflow(c.env.DB, staff.partnerId, id, patch, now, [audit])
      if (!workflow) throw notFound()
      c.header('Cache-Control', 'no-store')
      return c.json<Documented<LeadWorkflowView, typeof LeadWorkflowSchema>>({ id, status: workflow.status, owner: workflow.owner, statusUpdatedAt: workflow.updatedAt })
    },
  }),
]

