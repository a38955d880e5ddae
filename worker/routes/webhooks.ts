/**
 * The requests the API sends to partners (`lead.created`, from `adapters/webhook/deliver.ts`),
 * for the OpenAPI document's `webhooks` and the Webhooks section of /docs. A unit test parses
 * what `leadCreatedBody` builds with `LeadCreatedEvent`, so the two cannot drift.
 */
import * as z from 'zod'
import {
  DELIVERY_ID_HEADER,
  EVENT_HEADER,
  SIGNATURE_HEADER,
  WEBHOOK_ID_HEADER,
  WEBHOOK_SIGNATURE_HEADER,
  WEBHOOK_TIMESTAMP_HEADER,
} from '../adapters/webhook/signature'
import { LEAD_CREATED } from '../domain/delivery/payload'
import type { Webhook } from '../http/route'

const optionalText = z.string().optional()

/** The body of a `lead.created` delivery. */
export const LeadCreatedEvent = z.strictObject({
  id: z.string().describe('The delivery id, also in `X-IOP-Delivery-Id`: the same on every retry, deduplicate on it'),
  type: z.literal(LEAD_CREATED),
  createdAt: z.string().describe('ISO 8601'),
  partnerId: z.string(),
  lead: z.strictObject({
    id: z.string().describe('The lead id, as in `GET /v1/leads/{id}`'),
    createdAt: z.string(),
    consent: z.strictObject({ at: z.string(), textVersion: z.string() }),
    contact: z
      .strictObject({ name: z.string(), phone: optionalText.describe('E.164'), email: optionalText, preferredTime: optionalText, message: optionalText })
      .describe('PHI: keep it out of your logs'),
    context: z
      .strictObject({ payerId: optionalText, state: optionalText, program: optionalText, coverageStatus: optionalText, patientPays: z.number().int().optional().describe('Cents') })
      .describe('The visitor’s coverage check (no PHI)'),
  }),
})

const DELIVERY_ID = 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f'

export const WEBHOOKS: readonly Webhook[] = [
  {
    name: LEAD_CREATED,
    operationId: 'leadCreated',
    summary: 'A visitor asked to be called back',
    description:
      'Sent as `POST` to the partner’s webhook URL (`PUT /v1/partners/me/webhook`) right after the lead is stored. A response other than 2xx, a redirect, or no answer within 10 s is retried with backoff (30 s, 2 min, 10 min, 1 h, 6 h, then daily, ±10 % jitter) for 7 days; the lead stays readable by staff either way. Every retry sends the same bytes with the same delivery id.\n\nSigned with [Standard Webhooks](https://www.standardwebhooks.com/): verify with its `standardwebhooks` package for your language (`new Webhook(secret).verify(rawBody, headers)`), or by hand: `webhook-signature` is `v1,` and the base64 HMAC-SHA256, keyed with your secret after `whsec_` base64-decoded, over `webhook-id`, a dot, `webhook-timestamp`, a dot and the raw body as received. Compare in constant time and refuse a timestamp more than 5 minutes from your clock.\n\n`X-IOP-Signature` (`t=<unix seconds>,v1=<hex HMAC-SHA256 keyed with the whole secret as UTF-8, over t + "." + body>`) is deprecated: it is still sent, with the same secret, until at least 2027-06-01 and removed only after 90 days’ notice. Move your receiver to `webhook-signature`, then ignore it.',
    headers: {
      [WEBHOOK_ID_HEADER]: { required: true, description: 'Standard Webhooks message id: the delivery id (equals the body’s `id`), the same on every retry' },
      [WEBHOOK_TIMESTAMP_HEADER]: { required: true, description: 'Unix seconds of this attempt (signed)' },
      [WEBHOOK_SIGNATURE_HEADER]: { required: true, description: '`v1,<base64 HMAC-SHA256(base64-decoded secret, id + "." + timestamp + "." + raw body)>`' },
      [SIGNATURE_HEADER]: { required: true, description: 'Deprecated (until at least 2027-06-01): `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." + raw body)>`' },
      [DELIVERY_ID_HEADER]: { required: true, description: 'The delivery id (equals the body’s `id`); the same on every retry of this delivery' },
      [EVENT_HEADER]: { required: true, description: '`lead.created`' },
    },
    body: {
      schema: LeadCreatedEvent,
      examples: {
        lead: {
          summary: 'A callback request',
          value: {
            id: DELIVERY_ID,
            type: LEAD_CREATED,
            createdAt: '2026-11-23T15:04:05.000Z',
            partnerId: 'demo',
            lead: {
              id: '7b0c3a52-5d1e-4f7a-9c2b-3e8f1a6d4b90',
              createdAt: '2026-11-23T15:04:05.000Z',
              consent: { at: '2026-11-23T15:04:05.000Z', textVersion: '2026-11-01' },
              contact: { name: 'Jane Roe', phone: '+15125550123', email: 'jane@example.org', preferredTime: 'evening', message: 'After 6pm please' },
              context: { payerId: 'aetna', state: 'TX', program: 'substance_use', coverageStatus: 'covered', patientPays: 312000 },
            },
          },
        },
      },
    },
    responses: {
      '2XX': { description: 'Received: answer quickly (store the lead, process it later).' },
      default: { description: 'Anything else (or a redirect, or no answer in 10 s) is retried.' },
    },
  },
]
