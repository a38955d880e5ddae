/**
 * @module
 * The `LEAD_DELIVERIES` queue consumer (wrangler.toml `[[queues.consumers]]`). Each message names
 * one outbox row; the row is delivered by the same `deliverOne` the cron sweeper uses, which
 * claims it with a lease, signs, posts and records the outcome on the row. The queue only decides
 * *when* the next attempt happens:
 * - delivered, or given up after the delivery window: `ack`;
 * - a retryable failure: `retry` with the backoff's delay (the row holds the same due time), or
 *   `ack` when that is beyond the queue's 12 h limit (the sweeper takes the daily retries);
 * - the claim was refused (someone else holds the lease, or rescheduled the row): wait for the
 *   row, or `ack` once it is done;
 * - the consumer itself failed (D1 unavailable): `retry`; after `max_retries` the message goes to
 *   the dead-letter queue and the row stays due in D1 for the sweeper. No lead is lost either way.
 * Fairness: a batch is split by partner; partners run side by side, each partner's messages one
 * after another (concurrency 1 per partner endpoint). Once a partner's endpoint fails in a batch,
 * its remaining messages are not attempted but put back for when the failed one is retried, so a
 * dead webhook costs one timeout per batch and never holds back another partner.
 */
import { claimableAt } from '../adapters/d1/outbox'
import { deliveryOptions, deliverOne, type DeliveryOptions, type DeliveryOutcome } from '../adapters/webhook/deliver'
import { fairBatches } from '../domain/delivery/fair-drain'
import { MAX_QUEUE_DELAY_SECONDS, parseLeadDeliveryMessage, queueDelaySeconds } from '../domain/delivery/queue-message'
import { log } from '../http/log'

/** Delay for a message whose processing threw (D1 or the isolate failed, not the webhook). */
const FAILED_PROCESSING_DELAY_SECONDS = 30

/**
 * One message: deliver its row and say when, if ever, the queue should bring it back (seconds,
 * or 'ack'), and whether the partner's endpoint just failed.
 */
async function settle(options: DeliveryOptions, outboxId: string): Promise<{ next: number | 'ack'; outcome: DeliveryOutcome; endpointFailed: boolean }> {
  const now = options.now ?? (() => new Date())
  const report = await deliverOne(options, outboxId)
  if (report.outcome === 'delivered' || report.outcome === 'gave_up') return { next: 'ack', outcome: report.outcome, endpointFailed: false }
  if (report.outcome === 'retry') return { next: queueDelaySeconds(report.retryAt, now()) ?? 'ack', outcome: 'retry', endpointFailed: true }
  const ready = await claimableAt(options.db, outboxId)
  if (!ready) return { next: 'ack', outcome: 'skipped', endpointFailed: false }
  // Never back sooner than one second: a lease that just lapsed is not spun on.
  const delay = queueDelaySeconds(ready, now())
  return { next: delay === null ? 'ack' : Math.max(1, delay), outcome: 'skipped', endpointFailed: false }
}

export async function runQueue(batch: MessageBatch<unknown>, env: Env): Promise<void> {
  const options = deliveryOptions(env)
  const byId = new Map<string, { message: Message<unknown>; outboxId: string }>()
  const due: { id: string; partnerId: string; dueAt: string }[] = []
  for (const message of batch.messages) {
    const body = parseLeadDeliveryMessage(message.body)
    if (!body) {
      log({ level: 'warn', event: 'lead_delivery_message_invalid', x_message: message.id })
      message.ack()
      continue
    }
    byId.set(message.id, { message, outboxId: body.outboxId })
    due.push({ id: message.id, partnerId: body.partnerId, dueAt: message.timestamp.toISOString() })
  }
  const groups = fairBatches(due, due.length, due.length)
  await Promise.all(
    groups.map(async (ids) => {
      // Set once this partner's endpoint failed in this batch: when its retry is due.
      let putBack: number | null = null
      for (const id of ids) {
        const { message, outboxId } = byId.get(id)!
        if (putBack !== null) {
          message.retry({ delaySeconds: putBack })
          continue
        }
        try {
          const { next, outcome, endpointFailed } = await settle(options, outboxId)
          if (next === 'ack') message.ack()
          else message.retry({ delaySeconds: next })
          log({
            level: 'info',
            event: 'lead_delivery_message',
            code: outcome,
            x_delivery: outboxId,
            x_queue: next === 'ack' ? 'ack' : 'retry',
            x_delay_s: next === 'ack' ? undefined : next,
            x_message_attempt: message.attempts,
          })
          if (endpointFailed) putBack = next === 'ack' ? MAX_QUEUE_DELAY_SECONDS : next
        } catch (e) {
          log({ level: 'error', event: 'lead_delivery_failed', code: e instanceof Error ? e.name : 'unknown', x_delivery: outboxId })
          message.retry({ delaySeconds: FAILED_PROCESSING_DELAY_SECONDS })
        }
      }
    }),
  )
}
