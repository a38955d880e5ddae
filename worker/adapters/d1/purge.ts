/**
 * @module
 * Retention purge: clears the PHI of every lead and VOB whose `purge_after` has passed at `now`
 * (the rule of domain/retention/purge.ts), keeps the row as a tombstone (ids, dates, non-PHI
 * summary) and writes one `purge` audit row per record, in the same transaction.
 */
import { isPurgeDue } from '../../domain/retention/purge'
import { auditStatement } from './audit'

export const PURGE_ACTOR = 'system:retention'

type Candidate = { id: string; partner_id: string; purge_after: string; purged_at: string | null }

async function purgeTable(
  db: D1Database,
  table: 'leads' | 'vobs',
  clear: string,
  now: Date,
  limit: number,
): Promise<number> {
  const iso = now.toISOString()
  const { results } = await db
    .prepare(
      `SELECT id, partner_id, purge_after, purged_at FROM ${table}
       WHERE purged_at IS NULL AND purge_after <= ? ORDER BY purge_after LIMIT ?`,
    )
    .bind(iso, limit)
    .all<Candidate>()
  const due = results.filter((r) =>
    isPurgeDue({ purgeAfter: new Date(r.purge_after), purgedAt: r.purged_at ? new Date(r.purged_at) : null }, now),
  )
  if (due.length === 0) return 0
  const statements: D1PreparedStatement[] = []
  for (const r of due) {
    statements.push(db.prepare(`UPDATE ${table} SET ${clear}, purged_at = ? WHERE id = ?`).bind(iso, r.id))
    if (table === 'leads') {
      statements.push(
        db
          .prepare(
            `UPDATE webhook_outbox SET body_enc = NULL,
               gave_up_at = CASE WHEN delivered_at IS NULL THEN COALESCE(gave_up_at, ?) ELSE gave_up_at END
             WHERE lead_id = ?`,
          )
          .bind(iso, r.id),
        db.prepare("UPDATE leads SET delivery_status = 'failed' WHERE id = ? AND delivery_status = 'pending'").bind(r.id),
      )
    }
    statements.push(auditStatement(db, { partnerId: r.partner_id, actor: PURGE_ACTOR, action: 'purge', subjectId: r.id }, now))
  }
  await db.batch(statements)
  return due.length
}

/** Purges everything due at `now` (up to `limit` per table); returns how many of each. */
export async function purgeExpired(db: D1Database, now: Date, limit = 200): Promise<{ leads: number; vobs: number }> {
  return {
    leads: await purgeTable(db, 'leads', 'contact_enc = NULL', now, limit),
    vobs: await purgeTable(db, 'vobs', 'patient_enc = NULL, result_enc = NULL, member_hmac = NULL', now, limit),
  }
}
