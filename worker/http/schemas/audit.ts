/** @module `GET /v1/audit`: the partner's PHI access log, newest first. No PHI in any entry. */
import * as z from 'zod'

export const AuditQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(100),
  beforeId: z.coerce.number().int().min(1).optional(),
})

/** `GET /v1/audit/export`: every entry after `afterId` (0: from the start), oldest first, as NDJSON. */
export const AuditExportQuery = z.strictObject({
  afterId: z.coerce.number().int().min(0).default(0),
})

export type AuditEntryView = {
  id: number
  at: string
  actor: string
  action: string
  subjectId: string | null
  subjectIds: string[] | null
  memberHmac: string | null
  requestId: string | null
  outcome: string | null
}
export type AuditResponse = { entries: AuditEntryView[] }
