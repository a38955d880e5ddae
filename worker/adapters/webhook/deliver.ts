/**
 * @module
 * Delivers one outbox row to the partner's webhook: claim, sign, POST, then record success or
 * schedule the retry (domain/delivery/backoff.ts). Called by the queue consumer
 * (worker/jobs/queue.ts), by the lead route when the queue refused the message, and by the cron
 * sweeper; all paths are this one function, so a lead is delivered and its outbox row recorded
 * the same way whichever sends it. Logs carry ids and statuses only, never the body.
 */
import { nextAttempt } from '../../domain/delivery/backoff'
import { LEAD_CREATED } from '../../domain/delivery/payload'
import { deliveryResult, type DeliveryResult } from '../../domain/delivery/webhook-url'
import { log } from '../../http/log'
import { fairBatches } from '../../domain/delivery/fair-drain'
import { claimDelivery, dueDeliveriesByPartner, giveUp, markDelivered, scheduleRetry } from '../d1/outbox'
import { findWebhookTarget } from '../d1/partner-webhook'
import { signedHeaders } from './signature'

export type DeliveryOptions = {
  db: D1Database
  phiKey: string
  /** Per-attempt timeout; a slower webhook counts as failed and is retried. */
  timeoutMs: number
  now?: () => Date
  random?: () => number
  fetch?: typeof fetch
}

export type DeliveryOutcome = 'delivered' | 'retry' | 'gave_up' | 'skipped'

/** How an attempt went; for a retry, when the row is due again (the backoff's choice). */
export type DeliveryReport = { outcome: 'retry'; retryAt: Date } | { outcome: Exclude<DeliveryOutcome, 'retry'> }

/**
 * How long a due row is left to the queue consumer before the cron sweeper takes it: the queue
 * retries on time, so a row still undelivered this long after it fell due was dropped by the
 * queue (enqueue failed, dead-lettered, a retry beyond the queue's 12 h delay limit).
 */
export const SWEEP_GRACE_MS = 5 * 60_000

/** One attempt: the HTTP status, or null with why no response came. */
type Attempt = { status: number | null; timedOut: boolean }

async function post(options: DeliveryOptions, url: string, headers: Record<string, string>, body: string): Promise<Attempt> {
  const doFetch = options.fetch ?? fetch
  try {
    const res = await doFetch(url, {
      method: 'POST',
      headers,
      body,
      redirect: 'manual', // a redirect is a failure, never a hop to somewhere else
      signal: AbortSignal.timeout(options.timeoutMs),
    })
    await res.body?.cancel()
    return { status: res.status, timedOut: false }
  } catch (e) {
    return { status: null, timedOut: e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError') }
  }
}

/** Makes one attempt at delivering outbox row `id`, if it is due and nobody else holds it. */
export async function deliverOne(options: DeliveryOptions, id: string): Promise<DeliveryReport> {
  const now = options.now ?? (() => new Date())
  const claimed = await claimDelivery(options.db, options.phiKey, id, now(), options.timeoutMs + 30_000)
  if (!claimed) return { outcome: 'skipped' }

  const target = await findWebhookTarget(options.db, options.phiKey, claimed.partnerId)
  // No URL any more, or a secret that cannot be opened (logged there): the attempt fails and is
  // retried on the backoff schedule, so the lead goes out once the partner fixes the webhook.
  let attempt: Attempt = { status: null, timedOut: false }
  if (target?.secret && claimed.body !== null) {
    const unix = Math.floor(now().getTime() / 1000)
    // A stored secret that is not valid base64 cannot sign: like an unreadable one, the attempt
    // fails and is retried (instead of throwing with the row claimed and nothing recorded).
    const signed = await signedHeaders(target.secret, { id: claimed.id, event: LEAD_CREATED, body: claimed.body, unixSeconds: unix }).catch(
      (e: unknown) => {
        log({ level: 'error', event: 'webhook_secret_unusable', code: e instanceof Error ? e.name : 'unknown', x_partner: claimed.partnerId })
        return null
      },
    )
    if (signed) {
      attempt = await post(
        options,
        target.url,
        { 'Content-Type': 'application/json', 'User-Agent': 'IOP-Coverage-Checker-Webhooks/1', ...signed },
        claimed.body,
      )
    }
  }

  const result: DeliveryResult = deliveryResult(attempt.status, attempt.timedOut)
  const finished = now()
  let report: DeliveryReport
  if (result === 'delivered') {
    await markDelivered(options.db, claimed, result, finished)
    report = { outcome: 'delivered' }
  } else {
    const decision = nextAttempt({
      createdAt: claimed.createdAt,
      now: finished,
      failures: claimed.attempts,
      random: (options.random ?? Math.random)(),
    })
    if (decision.giveUp) {
      await giveUp(options.db, claimed, result, finished)
      report = { outcome: 'gave_up' }
    } else {
      await scheduleRetry(options.db, claimed, result, decision.at)
      report = { outcome: 'retry', retryAt: decision.at }
    }
  }
  const outcome = report.outcome
  log({
    level: outcome === 'delivered' ? 'info' : 'warn',
    event: 'webhook_delivery',
    code: outcome,
    x_result: result,
    x_delivery: claimed.id,
    x_partner: claimed.partnerId,
    x_attempt: claimed.attempts,
  })
  return report
}

/**
 * Attempts due rows fairly (domain/delivery/fair-drain.ts): at most `perPartner` per partner and
 * `limit` in all; partners side by side (at most `parallel` at once, within Workers' 6 open
 * connections), each partner's rows one after another. Only rows due for at least `graceMs`
 * are taken (the sweeper leaves fresh ones to the queue). Returns how each went.
 */
export async function drainOutbox(
  options: DeliveryOptions,
  {
    limit = 60,
    perPartner = 5,
    parallel = 6,
    graceMs = 0,
  }: { limit?: number; perPartner?: number; parallel?: number; graceMs?: number } = {},
): Promise<Record<DeliveryOutcome, number>> {
  const counts: Record<DeliveryOutcome, number> = { delivered: 0, retry: 0, gave_up: 0, skipped: 0 }
  const now = (options.now ?? (() => new Date()))()
  const due = await dueDeliveriesByPartner(options.db, now, perPartner, limit, new Date(now.getTime() - graceMs))
  const groups = fairBatches(due, limit, perPartner)
  let next = 0
  const lane = async () => {
    while (next < groups.length) {
      const group = groups[next++]!
      for (const id of group) counts[(await deliverOne(options, id)).outcome]++
    }
  }
  await Promise.all(Array.from({ length: Math.min(parallel, groups.length) }, lane))
  return counts
}

/** The settings every sender shares (queue consumer, lead route fallback, cron sweeper). */
export const deliveryOptions = (env: Env): DeliveryOptions => ({
  db: env.DB,
  phiKey: env.PHI_ENCRYPTION_KEY,
  timeoutMs: Number(env.WEBHOOK_TIMEOUT_MS) || 10_000,
})
