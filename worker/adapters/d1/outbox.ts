/**
 * @module
 * The webhook outbox. A sender first *claims* a row (a conditional UPDATE that sets a lease),
 * so the immediate attempt made when a lead arrives and the cron drain never send the same row
 * at the same time; a sender that dies mid-attempt leaves a lease that simply expires.
 */
import type { DeliveryResult } from '../../domain/delivery/webhook-url'
import { decryptString } from '../crypto'
import { outboxBodyAad } from './leads'

export type ClaimedDelivery = {
  id: string
  partnerId: string
  leadId: string
  createdAt: Date
  /** Attempts including the one being made now. */
  attempts: number
  body: string | null
}

type OutboxRow = {
  id: string
  partner_id: string
  lead_id: string
  body_enc: string | null
  created_at: string
  attempts: number
}

/**
 * Unleased rows due at or before `dueBy` with their partner, at most `perPartner` per partner
 * (the oldest of each) and `limit` in all, for the fair drain (domain/delivery/fair-drain.ts).
 * The cron sweeper passes a `dueBy` a grace period in the past: a row due just now belongs to
 * the queue consumer, which retries it on time; the sweeper takes what the queue left behind.
 */
export async function dueDeliveriesByPartner(
  db: D1Database,
  now: Date,
  perPartner: number,
  limit: number,
  dueBy: Date = now,
): Promise<{ id: string; partnerId: string; dueAt: string }[]> {
  const iso = now.toISOString()
  const { results } = await db
    .prepare(
      `SELECT id, partner_id, next_attempt_at FROM (
         SELECT id, partner_id, next_attempt_at,
                ROW_NUMBER() OVER (PARTITION BY partner_id ORDER BY next_attempt_at) AS n
         FROM webhook_outbox
         WHERE delivered_at IS NULL AND gave_up_at IS NULL AND next_attempt_at <= ?
           AND (locked_until IS NULL OR locked_until <= ?))
       WHERE n <= ? ORDER BY next_attempt_at LIMIT ?`,
    )
    .bind(dueBy.toISOString(), iso, perPartner, limit)
    .all<{ id: string; partner_id: string; next_attempt_at: string }>()
  return results.map((r) => ({ id: r.id, partnerId: r.partner_id, dueAt: r.next_attempt_at }))
}

/**
 * When a still-pending row can next be claimed (its due time or the end of its lease, whichever
 * is later); null once it is delivered, given up or gone. The queue consumer asks this when its
 * claim was refused, to wait for the row instead of racing whoever holds it.
 */
export async function claimableAt(db: D1Database, id: string): Promise<Date | null> {
  const row = await db
    .prepare(
      `SELECT max(next_attempt_at, coalesce(locked_until, next_attempt_at)) AS ready FROM webhook_outbox
       WHERE id = ? AND delivered_at IS NULL AND gave_up_at IS NULL`,
    )
    .bind(id)
    .first<{ ready: string }>()
  return row ? new Date(row.ready) : null
}

/** Claims a due row for `leaseMs` and counts the attempt; null if it is not due or is leased. */
export async function claimDelivery(
  db: D1Database,
  phiKey: string,
  id: string,
  now: Date,
  leaseMs: number,
): Promise<ClaimedDelivery | null> {
  const iso = now.toISOString()
  const row = await db
    .prepare(
      `UPDATE webhook_outbox SET locked_until = ?, attempts = attempts + 1
       WHERE id = ? AND delivered_at IS NULL AND gave_up_at IS NULL AND next_attempt_at <= ?
         AND (locked_until IS NULL OR locked_until <= ?)
       RETURNING id, partner_id, lead_id, body_enc, created_at, attempts`,
    )
    .bind(new Date(now.getTime() + leaseMs).toISOString(), id, iso, iso)
    .first<OutboxRow>()
  if (!row) return null
  return {
    id: row.id,
    partnerId: row.partner_id,
    leadId: row.lead_id,
    createdAt: new Date(row.created_at),
    attempts: row.attempts,
    body: row.body_enc ? await decryptString(phiKey, row.body_enc, outboxBodyAad(row.id)) : null,
  }
}

/** Records a 2xx: the row is done and the lead delivered. */
export async function markDelivered(db: D1Database, d: ClaimedDelivery, result: DeliveryResult, now: Date): Promise<void> {
  const iso = now.toISOString()
  await db.batch([
    db
      .prepare('UPDATE webhook_outbox SET delivered_at = ?, last_result = ?, locked_until = NULL, body_enc = NULL WHERE id = ?')
      .bind(iso, result, d.id),
    db.prepare("UPDATE leads SET delivery_status = 'delivered', delivered_at = ? WHERE id = ?").bind(iso, d.leadId),
  ])
}

/** Records a failed attempt and when to try again. */
export async function scheduleRetry(db: D1Database, d: ClaimedDelivery, result: DeliveryResult, at: Date): Promise<void> {
  await db
    .prepare('UPDATE webhook_outbox SET next_attempt_at = ?, last_result = ?, locked_until = NULL WHERE id = ?')
    .bind(at.toISOString(), result, d.id)
    .run()
}

/** Stops retrying: the lead stays stored, marked failed, for staff to see and call back. */
export async function giveUp(db: D1Database, d: ClaimedDelivery, result: DeliveryResult, now: Date): Promise<void> {
  await db.batch([
    db
      .prepare('UPDATE webhook_outbox SET gave_up_at = ?, last_result = ?, locked_until = NULL, body_enc = NULL WHERE id = ?')
      .bind(now.toISOString(), result, d.id),
    db.prepare("UPDATE leads SET delivery_status = 'failed' WHERE id = ?").bind(d.leadId),
  ])
}
