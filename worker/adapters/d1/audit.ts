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
  'eligibility.check',
  'audit.export',
] as const
export type AuditAction = (typeof AUDIT_ACTIONS)[number]

export type AuditEvent = {
  partnerId: string
  actor: string
  action: AuditAction
  subjectId?: string | null
  /** The records a list read showed (one row per list, not one per record). */
  subjectIds?: readonly string[] | null
  memberHmac?: string | null
  requestId?: string | null
  /** What the access answered: a coverage status or a problem code, never PHI. */
  outcome?: string | null
}

export type AuditEntry = {
  id: number
  at: string
  actor: string
  action: AuditAction
  subjectId: string | null
  subjectIds: string[] | null
  memberHmac: string | null
  requestId: string | null
  outcome: string | null
}

/**
 * A prepared insert, to run alone or inside a `db.batch` with the access it records. Ids count per
 * partner (migration 0004), so no tenant sees another's volume; D1 runs one write at a time, so
 * the `MAX + 1` inside the statement cannot race.
 */
export const auditStatement = (db: D1Database, event: AuditEvent, at: Date): D1PreparedStatement =>
  db
    .prepare(
      `INSERT INTO audit_log (partner_id, id, at, actor, action, subject_id, subject_ids, member_hmac, request_id, outcome)
       VALUES (?1, (SELECT COALESCE(MAX(id), 0) + 1 FROM audit_log WHERE partner_id = ?1), ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)`,
    )
    .bind(
      event.partnerId,
      at.toISOString(),
      event.actor,
      event.action,
      event.subjectId ?? null,
      event.subjectIds ? JSON.stringify(event.subjectIds) : null,
      event.memberHmac ?? null,
      event.requestId ?? null,
      event.outcome ?? null,
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
  subject_ids: string | null
  member_hmac: string | null
  request_id: string | null
  outcome: string | null
}

/** The partner's audit entries, newest first; `beforeId` pages further back. */
export async function listAudit(
  db: D1Database,
  partnerId: string,
  options: { limit: number; beforeId?: number | undefined },
): Promise<AuditEntry[]> {
  const { results } = await db
    .prepare(
      'SELECT id, at, actor, action, subject_id, subject_ids, member_hmac, request_id, outcome FROM audit_log WHERE partner_id = ? AND id < ? ORDER BY id DESC LIMIT ?',
    )
    .bind(partnerId, options.beforeId ?? Number.MAX_SAFE_INTEGER, options.limit)
    .all<AuditRow>()
  return results.map(toEntry)
}

const toEntry = (r: AuditRow): AuditEntry => ({
  id: r.id,
  at: r.at,
  actor: r.actor,
  action: r.action,
  subjectId: r.subject_id,
  subjectIds: r.subject_ids ? (JSON.parse(r.subject_ids) as string[]) : null,
  memberHmac: r.member_hmac,
  requestId: r.request_id,
  outcome: r.outcome,
})

/**
 * The partner's audit entries with ids after `afterId`, oldest first, one page: what the export
 * streams page by page (ids count per partner, so `afterId` resumes exactly).
 */
export async function auditPageAfter(db: D1Database, partnerId: string, afterId: number, limit: number): Promise<AuditEntry[]> {
  const { results } = await db
    .prepare(
      'SELECT id, at, actor, action, subject_id, subject_ids, member_hmac, request_id, outcome FROM audit_log WHERE partner_id = ? AND id > ? ORDER BY id LIMIT ?',
    )
    .bind(partnerId, afterId, limit)
    .all<AuditRow>()
  return results.map(toEntry)
}

/**
 * Deletes audit rows older than `before` (at most `limit` per call, oldest first): the retention
 * purge. D1 holds the recent log; partners keep the long-term record with the export.
 */
export async function purgeAuditBefore(db: D1Database, before: Date, limit: number): Promise<number> {
  const result = await db
    .prepare(
      'DELETE FROM audit_log WHERE (partner_id, id) IN (SELECT partner_id, id FROM audit_log WHERE at < ? ORDER BY at LIMIT ?)',
    )
    .bind(before.toISOString(), limit)
    .run()
  return result.meta.changes ?? 0
}
