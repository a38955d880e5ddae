/** @module `GET /v1/audit`: the partner's PHI access log, newest first. No PHI in any entry. */
import * as z from 'zod'

export const AuditQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(100),
  beforeId: z.coerce.number().int().min(1).optional(),
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
