/**
 * @module
 * `GET /v1/audit` (staff): the caller's partner's PHI access log, newest first.
 * `GET /v1/audit/export` (staff): the whole log after an id, oldest first, as NDJSON streamed
 * page by page, for the partner's own archive: D1 keeps only `AUDIT_RETENTION_DAYS` (the cron
 * purges older rows), the partner keeps the six years HIPAA asks of documentation. The export
 * itself is audited.
 */
import { Hono } from 'hono'
import { auditPageAfter, auditStatement, listAudit } from '../adapters/d1/audit'
import type { AppEnv } from '../env'
import { requireStaff } from '../http/middleware/staff-auth'
import { getStaffActor } from '../http/middleware/tenant'
import type { AuditResponse } from '../http/schemas/audit'
import { AuditExportQuery, AuditQuery } from '../http/schemas/audit'
import { validate } from '../http/validate'

const EXPORT_PAGE = 1_000

export const audit = new Hono<AppEnv>()
  .get('/', requireStaff(), validate('query', AuditQuery), async (c) => {
    const staff = getStaffActor(c)
    const { limit, beforeId } = c.req.valid('query')
    const entries = await listAudit(c.env.DB, staff.partnerId, { limit, beforeId })
    c.header('Cache-Control', 'no-store')
    return c.json<AuditResponse>({ entries })
  })
  .get('/export', requireStaff(), validate('query', AuditExportQuery), async (c) => {
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
  })
