/**
 * @module
 * Delivers one outbox row to the partner's webhook: claim, sign, POST, then record success or
 * schedule the retry (domain/delivery/backoff.ts). Called right after a lead is stored (through
 * `waitUntil`) and by the cron drain; both paths are the same function, so a lead is delivered
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
export async function deliverOne(options: DeliveryOptions, id: string): Promise<DeliveryOutcome> {
  const now = options.now ?? (() => new Date())
  const claimed = await claimDelivery(options.db, options.phiKey, id, now(), options.timeoutMs + 30_000)
  if (!claimed) return 'skipped'

  const target = await findWebhookTarget(options.db, options.phiKey, claimed.partnerId)
  // No URL any more, or a secret that cannot be opened (logged there): the attempt fails and is
  // retried on the backoff schedule, so the lead goes out once the partner fixes the webhook.
  let attempt: Attempt = { status: null, timedOut: false }
  if (target?.secret && claimed.body !== null) {
    const unix = Math.floor(now().getTime() / 1000)
    attempt = await post(
      options,
      target.url,
      {
        'Content-Type': 'application/json',
        'User-Agent': 'IOP-Coverage-Checker-Webhooks/1',
        ...(await signedHeaders(target.secret, { id: claimed.id, event: LEAD_CREATED, body: claimed.body, unixSeconds: unix })),
      },
      claimed.body,
    )
  }

  const result: DeliveryResult = deliveryResult(attempt.status, attempt.timedOut)
  const finished = now()
  let outcome: DeliveryOutcome
  if (result === 'delivered') {
    await markDelivered(options.db, claimed, result, finished)
    outcome = 'delivered'
  } else {
    const decision = nextAttempt({
      createdAt: claimed.createdAt,
      now: finished,
      failures: claimed.attempts,
      random: (options.random ?? Math.random)(),
    })
    if (decision.giveUp) {
      await giveUp(options.db, claimed, result, finished)
      outcome = 'gave_up'
    } else {
      await scheduleRetry(options.db, claimed, result, decision.at)
      outcome = 'retry'
    }
  }
  log({
    level: outcome === 'delivered' ? 'info' : 'warn',
    event: 'webhook_delivery',
    code: outcome,
    x_result: result,
    x_delivery: claimed.id,
    x_partner: claimed.partnerId,
    x_attempt: claimed.attempts,
  })
  return outcome
}

/**
 * Attempts due rows fairly (domain/delivery/fair-drain.ts): at most `perPartner` per partner and
 * `limit` in all; partners side by side (at most `parallel` at once, within Workers' 6 open
 * connections), each partner's rows one after another. Returns how each went.
 */
export async function drainOutbox(
  options: DeliveryOptions,
  { limit = 60, perPartner = 5, parallel = 6 }: { limit?: number; perPartner?: number; parallel?: number } = {},
): Promise<Record<DeliveryOutcome, number>> {
  const counts: Record<DeliveryOutcome, number> = { delivered: 0, retry: 0, gave_up: 0, skipped: 0 }
  const due = await dueDeliveriesByPartner(options.db, (options.now ?? (() => new Date()))(), perPartner, limit)
  const groups = fairBatches(due, limit, perPartner)
  let next = 0
  const lane = async () => {
    while (next < groups.length) {
      const group = groups[next++]!
      for (const id of group) counts[await deliverOne(options, id)]++
    }
  }
  await Promise.all(Array.from({ length: Math.min(parallel, groups.length) }, lane))
  return counts
}
