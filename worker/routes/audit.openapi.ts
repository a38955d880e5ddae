/** The operations of `routes/audit.ts`, for the OpenAPI document and /docs. */
import * as z from 'zod'
import { AUDIT_ACTIONS } from '../adapters/d1/audit'
import { STAFF_PROBLEMS } from '../http/openapi/problems'
import { defineOperations } from '../http/openapi/registry'
import { sameType } from '../http/openapi/same-type'
import { AuditExportQuery, AuditQuery, type AuditResponse } from '../http/schemas/audit'

const AuditResponseSchema = sameType<AuditResponse>()(
  z.object({
    entries: z.array(
      z.object({
        id: z.number().int().describe('Increasing per partner (not a global count); pass the last one as `beforeId` for the next page'),
        at: z.string().describe('ISO 8601'),
        actor: z.string().describe('`staff:<key id>:<label>`, `site` (the widget) or a system job'),
        action: z.string().describe(AUDIT_ACTIONS.join(', ')),
        subjectId: z.string().nullable().describe('The lead or VOB id'),
        subjectIds: z.array(z.string()).nullable().describe('For a list read: the ids it showed'),
        memberHmac: z.string().nullable().describe('HMAC of the member ID (never the ID itself)'),
        requestId: z.string().nullable(),
        outcome: z.string().nullable().describe('What the access answered (a coverage status or a problem code); null when it only read'),
      }),
    ),
  }),
)

export const auditApi = defineOperations([
  {
    method: 'get',
    path: '/v1/audit',
    operationId: 'listAudit',
    tag: 'Audit',
    summary: 'Who read or wrote which PHI record, newest first',
    description: 'The partner’s own audit log: every creation, read, list and deletion of a lead or VOB, every exact eligibility check, and each retention purge. Entries carry no PHI.',
    access: 'staff',
    query: AuditQuery,
    responses: {
      200: {
        description: 'Up to `limit` entries.',
        schema: AuditResponseSchema,
        examples: {
          read: {
            summary: 'A VOB read by the front desk',
            value: {
              entries: [
                {
                  id: 42,
                  at: '2026-11-23T16:05:00.000Z',
                  actor: 'staff:key_demo_local:Local demo key',
                  action: 'vob.read',
                  subjectId: '0f6d2b8e-9a41-4c3d-b7e5-1a2b3c4d5e6f',
                  subjectIds: null,
                  memberHmac: '9c1f0e7a5b3d2c4e6f8a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e',
                  requestId: '3f1c2a9e-8d4b-4c1e-9a57-0b6e2f4d9c10',
                  outcome: null,
                },
              ],
            },
          },
        },
      },
    },
    problems: ['validation_failed', ...STAFF_PROBLEMS],
  },
  {
    method: 'get',
    path: '/v1/audit/export',
    operationId: 'exportAudit',
    tag: 'Audit',
    summary: 'The whole audit log after an id, oldest first, as NDJSON',
    description:
      'For the partner’s own archive: D1 keeps `AUDIT_RETENTION_DAYS` of audit (400 by default; the cron purges older rows), so export regularly and keep the six years HIPAA asks of documentation (45 CFR 164.316(b)(2)). One JSON entry per line, the same fields as `GET /v1/audit`; pass the last `id` as `afterId` to continue. The export is itself audited (`audit.export`).',
    access: 'staff',
    query: AuditExportQuery,
    responses: {
      200: { description: 'NDJSON (`application/x-ndjson`), one entry per line.', contentType: 'application/x-ndjson', schema: z.string() },
    },
    problems: ['validation_failed', ...STAFF_PROBLEMS],
  },
])
