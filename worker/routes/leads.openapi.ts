/** The operations of `routes/leads.ts`, for the OpenAPI document and /docs. */
import * as z from 'zod'
import { JSON_BODY_PROBLEMS, SITE_KEY_PROBLEMS, STAFF_PROBLEMS, TURNSTILE_PROBLEMS } from '../http/openapi/problems'
import { defineOperations } from '../http/openapi/registry'
import { sameType } from '../http/openapi/same-type'
import { TURNSTILE_HEADER } from '../http/middleware/site-key'
import {
  LeadContextSchema,
  LeadIdParam,
  LEAD_STATUSES,
  LeadListQuery,
  LeadPatchRequest,
  LeadRequest,
  type LeadWorkflowView,
  PREFERRED_TIMES,
  type LeadAccepted,
  type LeadListResponse,
  type LeadView,
} from '../http/schemas/leads'

const LeadAcceptedSchema = sameType<LeadAccepted>()(
  z.object({ id: z.string().describe('The lead’s id (a UUID)'), status: z.literal('received') }),
)

export const LeadViewSchema = sameType<LeadView>()(
  z.object({
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
  }),
)

const LeadWorkflowSchema = sameType<LeadWorkflowView>()(
  z.object({ id: z.string(), status: z.enum(LEAD_STATUSES), owner: z.string().nullable(), statusUpdatedAt: z.string().nullable() }),
)

const LeadListResponseSchema = sameType<LeadListResponse>()(z.object({ leads: z.array(LeadViewSchema) }))

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

export const leadsApi = defineOperations([
  {
    method: 'post',
    path: '/v1/leads',
    operationId: 'createLead',
    tag: 'Leads',
    summary: 'Ask to be called back (from the widget, with consent)',
    description:
      'The visitor ticked the consent box and gave a name and a phone number and/or an email. Unknown fields are refused: a lead never carries a member ID or a date of birth. Nothing sent is echoed back.\n\nThe contact details are stored encrypted and, when the partner has a webhook, delivered to it as a signed `lead.created` event (see Webhooks), retried with backoff for 7 days.\n\nSite-key callers need a Cloudflare Turnstile token in `X-Turnstile-Token`; staff calls skip it. Limited per IP and per site key. Each call stores a new lead.',
    access: 'site_key_or_staff',
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
  },
  {
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
  },
  {
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
  },
  {
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
  },
])
