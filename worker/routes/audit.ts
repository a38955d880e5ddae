/** @module `GET /v1/audit` (staff): the caller's partner's PHI access log, newest first. */
import { Hono } from 'hono'
import { listAudit } from '../adapters/d1/audit'
import type { AppEnv } from '../env'
import { requireStaff } from '../http/middleware/staff-auth'
import { getStaffActor } from '../http/middleware/tenant'
import type { AuditResponse } from '../http/schemas/audit'
import { AuditQuery } from '../http/schemas/audit'
import { validate } from '../http/validate'

export const audit = new Hono<AppEnv>().get('/', requireStaff(), validate('query', AuditQuery), async (c) => {
  const staff = getStaffActor(c)
  const { limit, beforeId } = c.req.valid('query')
  const entries = await listAudit(c.env.DB, staff.partnerId, { limit, beforeId })
  c.header('Cache-Control', 'no-store')
  return c.json<AuditResponse>({ entries })
})
