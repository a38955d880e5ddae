/**
 * @module
 * The audit log of PHI access (HIPAA §164.312(b), "record and examine"). A row says who did
 * what to which record, when, and in which request, and nothing of the PHI itself: the actor is
 * a staff label or a system name, the subject an opaque id, a member ID only its HMAC.
 */

export const AUDIT_ACTIONS = [
  'lead.create',
  'lead.read',
  'lead.list',
  // c16 (issue 16, migration 0005): a lead's status or owner changed.
  'lead.update',
  'vob.create',
  'vob.read',
  'vob.list',
  'vob.delete',
  'purge',
] as const
export type AuditAction = (typeof AUDIT_ACTIONS)[number]

export type AuditEvent = {
  partnerId: string
  actor: string
  action: AuditAction
  subjectId?: string | null
  memberHmac?: string | null
  requestId?: string | null
}

export type AuditEntry = {
  id: number
  at: string
  actor: string
  action: AuditAction
  subjectId: string | null
  memberHmac: string | null
  requestId: string | null
}

/** A prepared insert, to run alone or inside a `db.batch` with the access it records. */
export const auditStatement = (db: D1Database, event: AuditEvent, at: Date): D1PreparedStatement =>
  db
    .prepare(
      'INSERT INTO audit_log (at, partner_id, actor, action, subject_id, member_hmac, request_id) VALUES (?, ?, ?, ?, ?, ?, ?)',
    )
    .bind(
      at.toISOString(),
      event.partnerId,
      event.actor,
      event.action,
      event.subjectId ?? null,
      event.memberHmac ?? null,
      event.requestId ?? null,
    )

/** Records several accesses at once (a list records one row per record shown). */
export async function recordAudit(db: D1Database, events: AuditEvent[], at: Date): Promise<void> {
  if (events.length > 0) await db.batch(events.map((e) => auditStatement(db, e, at)))
}

type AuditRow = {
  id: number
  at: string
  actor: string
  action: AuditAction
  subject_id: string | null
  member_hmac: string | null
  request_id: string | null
}

/** The partner's audit entries, newest first; `beforeId` pages further back. */
export async function listAudit(
  db: D1Database,
  partnerId: string,
  options: { limit: number; beforeId?: number | undefined },
): Promise<AuditEntry[]> {
  const { results } = await db
    .prepare(
      'SELECT id, at, actor, action, subject_id, member_hmac, request_id FROM audit_log WHERE partner_id = ? AND id < ? ORDER BY id DESC LIMIT ?',
    )
    .bind(partnerId, options.beforeId ?? Number.MAX_SAFE_INTEGER, options.limit)
    .all<AuditRow>()
  return results.map((r) => ({
    id: r.id,
    at: r.at,
    actor: r.actor,
    action: r.action,
    subjectId: r.subject_id,
    memberHmac: r.member_hmac,
    requestId: r.request_id,
  }))
}
