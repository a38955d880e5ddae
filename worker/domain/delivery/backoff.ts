/**
 * @module
 * When to retry a webhook delivery that failed. Partners' servers go down for minutes (a deploy),
 * hours (an outage) or days (a holiday weekend with an expired certificate); a lead is a person
 * waiting for a call back, so we retry quickly at first, then daily, and give up only after
 * `maxDays`, leaving the lead stored and visible in the staff console. Jitter spreads the retries
 * of many leads that failed together so a recovering server is not hit by all of them at once.
 * Pure: the caller passes the clock and the random number.
 */

const SECOND = 1_000
const MINUTE = 60 * SECOND
const HOUR = 60 * MINUTE
export const DAY_MS = 24 * HOUR

/** Delay before retry n (index n − 1): 30 s, 2 min, 10 min, 1 h, 6 h; daily after that. */
export const RETRY_DELAYS_MS = [30 * SECOND, 2 * MINUTE, 10 * MINUTE, HOUR, 6 * HOUR] as const

/** Relative jitter: a delay is scaled by a factor in [1 − JITTER, 1 + JITTER). */
export const JITTER = 0.1

/** Default delivery window: after this many days since the lead was created, stop retrying. */
export const DEFAULT_MAX_DELIVERY_DAYS = 7

/** The delay without jitter after `failures` failed attempts (1 = the first attempt failed). */
export function baseRetryDelayMs(failures: number): number {
  if (!Number.isInteger(failures) || failures < 1) throw new RangeError('failures must be an integer ≥ 1')
  return RETRY_DELAYS_MS[failures - 1] ?? DAY_MS
}

/**
 * The delay with jitter. `random` is a number in [0, 1) (`Math.random()` in production);
 * 0.5 gives exactly the base delay.
 */
export function retryDelayMs(failures: number, random: number): number {
  const factor = 1 + JITTER * (2 * random - 1)
  return Math.round(baseRetryDelayMs(failures) * factor)
}

export type RetryDecision = { giveUp: true } | { giveUp: false; at: Date }

/**
 * What to do after a failed attempt: retry at a time, or give up because the next attempt would
 * fall after `createdAt + maxDays`.
 * @example
 * nextAttempt({ createdAt, now, failures: 1, random: 0.5 }) // { giveUp: false, at: now + 30 s }
 */
export function nextAttempt(options: {
  createdAt: Date
  now: Date
  failures: number
  random: number
  maxDays?: number
}): RetryDecision {
  const { createdAt, now, failures, random, maxDays = DEFAULT_MAX_DELIVERY_DAYS } = options
  const at = now.getTime() + retryDelayMs(failures, random)
  if (at > createdAt.getTime() + maxDays * DAY_MS) return { giveUp: true }
  return { giveUp: false, at: new Date(at) }
}
