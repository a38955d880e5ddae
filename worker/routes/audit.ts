/**
 * @module
 * `GET /v1/audit` (staff): the caller's partner's PHI access log, newest first.
 * `GET /v1/audit/export` (staff): the whole log after an id, oldest first, as NDJSON streamed
 * page by page, for the partner's own archive: D1 keeps only `AUDIT_RETENTION_DAYS` (the cron
 * purges older rows), the partner keeps the six years HIPAA asks of documentation. The export
 * itself is audited.
 */

import * as z from 'zod'
import { auditPageAfter, auditStatement, listAudit, AUDIT_ACTIONS } from '../adapters/d1/audit'
import type { AppEnv } from '../env'
import { getStaffActor } from '../http/middleware/tenant'
import { type AuditResponse, AuditExportQuery, AuditQuery } from '../http/schemas/audit'
import { STAFF_PROBLEMS } from '../http/openapi/problems'
import { defineRoute, type Documented } from '../http/route'

const EXPORT_PAGE = 1_000

const AuditResponseSchema = z.object({
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
})

export const auditRoutes = [
  defineRoute({
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
    handler: async (c) => {
      const staff = getStaffActor(c)
      const { limit, beforeId } = c.req.valid('query')
      const entries = await listAudit(c.env.DB, staff.partnerId, { limit, beforeId })
      c.header('Cache-Control', 'no-store')
      return c.json<Documented<AuditResponse, typeof AuditResponseSchema>>({ entries })
    },
  }),
  defineRoute({
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
    handler: async (c) => {
      const staff = getStaffActor(c)
      const { afterId } = c.req.valid('query')
      // Recorded first, so the export shows in itself: who took the log out, and when.
      await auditStatement(
        c.env.DB,
        { partnerId: staff.partnerId, actor: staff.actor, action: 'audit.export', requestId: c.get('requestId') },
        new Date(),
      ).run()
      const db = c.env.DB
      const encoder = new TextEncoder()
      let cursor = afterId
      const body = new ReadableStream<Uint8Array>({
        async pull(controller) {
          const page = await auditPageAfter(db, staff.partnerId, cursor, EXPORT_PAGE)
          if (page.length > 0) {
            cursor = page.at(-1)!.id
            controller.enqueue(encoder.encode(page.map((e) => JSON.stringify(e)).join('\n') + '\n'))
          }
          if (page.length < EXPORT_PAGE) controller.close()
        },
      })
      return new Response(body, {
        headers: { 'Content-Type': 'application/x-ndjson; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Disposition': 'attachment; filename="audit.ndjson"' },
      })
    },
  }),
]

