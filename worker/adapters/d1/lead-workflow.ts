/**
 * @module
 * The admissions workflow columns of a lead (migration 0005): status and owner. Kept apart from
 * leads.ts because they are plain, non-PHI columns that staff change, while leads.ts stores and
 * decrypts what the visitor sent. Added by c16 (issue 16).
 */
import type { LeadStatus } from '../../domain/lead/status'

export type LeadWorkflow = { status: LeadStatus; owner: string | null; updatedAt: string | null }

type Row = { id: string; status: LeadStatus; owner: string | null; status_updated_at: string | null }

const toWorkflow = (r: Row): LeadWorkflow => ({ status: r.status, owner: r.owner, updatedAt: r.status_updated_at })

/** The workflow of each of the partner's leads in `ids` (missing ids are simply absent). */
export async function leadWorkflows(db: D1Database, partnerId: string, ids: string[]): Promise<Map<string, LeadWorkflow>> {
  const found = new Map<string, LeadWorkflow>()
  // D1 binds at most 100 parameters per statement; a page of leads is at most 100.
  for (let i = 0; i < ids.length; i += 90) {
    const chunk = ids.slice(i, i + 90)
    const { results } = await db
      .prepare(
        `SELECT id, status, owner, status_updated_at FROM leads WHERE partner_id = ? AND id IN (${chunk.map(() => '?').join(', ')})`,
      )
      .bind(partnerId, ...chunk)
      .all<Row>()
    for (const r of results) found.set(r.id, toWorkflow(r))
  }
  return found
}

/**
 * Changes a lead's status and/or owner (`owner: null` clears it) in one transaction with `also`
 * (the audit row). Null when the partner has no such lead; then nothing is written.
 */
export async function updateLeadWorkflow(
  db: D1Database,
  partnerId: string,
  id: string,
  patch: { status?: LeadStatus | undefined; owner?: string | null | undefined },
  now: Date,
  also: D1PreparedStatement[] = [],
): Promise<LeadWorkflow | null> {
  const exists = await db.prepare('SELECT 1 AS x FROM leads WHERE partner_id = ? AND id = ?').bind(partnerId, id).first()
  if (!exists) return null
  const [updated] = await db.batch<Row>([
    db
      .prepare(
        `UPDATE leads SET status = COALESCE(?, status), owner = CASE WHEN ? THEN ? ELSE owner END, status_updated_at = ?
         WHERE partner_id = ? AND id = ? RETURNING id, status, owner, status_updated_at`,
      )
      .bind(patch.status ?? null, patch.owner !== undefined ? 1 : 0, patch.owner ?? null, now.toISOString(), partnerId, id),
    ...also,
  ])
  const row = updated?.results[0]
  return row ? toWorkflow(row) : null
}
