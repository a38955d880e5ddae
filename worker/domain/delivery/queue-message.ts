/**
 * @module
 * What goes on the `LEAD_DELIVERIES` queue, and how long a queued retry may wait. A message names
 * an outbox row and its partner, nothing else: the lead itself stays encrypted in D1 (the record),
 * so nothing of a patient's contact details ever sits in the queue or its dead-letter queue.
 */

export type LeadDeliveryMessage = { outboxId: string; partnerId: string }

/** Cloudflare Queues' longest `delaySeconds` (12 h); a later retry is left to the cron sweeper. */
export const MAX_QUEUE_DELAY_SECONDS = 43_200

const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 200

/** The message if it has exactly the two ids, else null (a foreign or corrupt message). */
export function parseLeadDeliveryMessage(body: unknown): LeadDeliveryMessage | null {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return null
  const keys = Object.keys(body)
  if (keys.length !== 2) return null
  const { outboxId, partnerId } = body as Record<string, unknown>
  if (!isId(outboxId) || !isId(partnerId)) return null
  return { outboxId, partnerId }
}

/**
 * The queue delay that brings a message back at `at` (rounded up, so it never arrives before the
 * row is due), or null when `at` is beyond what a queue can hold.
 */
export function queueDelaySeconds(at: Date, now: Date): number | null {
  const seconds = Math.max(0, Math.ceil((at.getTime() - now.getTime()) / 1000))
  return seconds > MAX_QUEUE_DELAY_SECONDS ? null : seconds
}
