import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  DAY_MS,
  baseRetryDelayMs,
  nextAttempt,
  retryDelayMs,
} from '../../worker/domain/delivery/backoff'

const S = 1_000
const MIN = 60 * S
const H = 60 * MIN

describe('webhook retry schedule', () => {
  // The schedule promised in README "Leads and webhooks": 30 s, 2 min, 10 min, 1 h, 6 h, then daily.
  it.each([
    [1, 30 * S],
    [2, 2 * MIN],
    [3, 10 * MIN],
    [4, 1 * H],
    [5, 6 * H],
    [6, 24 * H],
    [7, 24 * H],
    [30, 24 * H],
  ])('after %i failed attempt(s) waits %i ms before jitter', (failures, expected) => {
    expect(baseRetryDelayMs(failures)).toBe(expected)
  })

  it.each([[0], [-1], [1.5]])('refuses a failure count of %s', (failures) => {
    expect(() => baseRetryDelayMs(failures)).toThrow(RangeError)
  })

  it.each([
    // [failures, random, expected]: factor = 1 + 0.1 × (2r − 1)
    [1, 0.5, 30_000],
    [1, 0, 27_000],
    [1, 0.75, 31_500],
    [4, 0.25, 3_420_000],
  ])('jitter: failure %i with random %s waits %i ms', (failures, random, expected) => {
    expect(retryDelayMs(failures, random)).toBe(expected)
  })

  it('keeps every jittered delay within ±10 % of its base', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (n, r) => {
        const base = baseRetryDelayMs(n)
        const d = retryDelayMs(n, r)
        expect(d).toBeGreaterThanOrEqual(Math.round(base * 0.9))
        expect(d).toBeLessThanOrEqual(Math.round(base * 1.1))
      }),
      { numRuns: 500 },
    )
  })
})

describe('nextAttempt', () => {
  const createdAt = new Date('2026-11-23T10:00:00.000Z')

  it('retries 30 s after the first failure', () => {
    const now = new Date('2026-11-23T10:00:01.000Z')
    expect(nextAttempt({ createdAt, now, failures: 1, random: 0.5 })).toEqual({
      giveUp: false,
      at: new Date('2026-11-23T10:00:31.000Z'),
    })
  })

  it('still retries when the next attempt lands exactly at the end of the window', () => {
    const now = new Date(createdAt.getTime() + 6 * DAY_MS)
    expect(nextAttempt({ createdAt, now, failures: 9, random: 0.5 })).toEqual({
      giveUp: false,
      at: new Date(createdAt.getTime() + 7 * DAY_MS),
    })
  })

  it('gives up when the next attempt would fall after maxDays (default 7)', () => {
    const now = new Date(createdAt.getTime() + 6 * DAY_MS + 1)
    expect(nextAttempt({ createdAt, now, failures: 9, random: 0.5 })).toEqual({ giveUp: true })
    expect(nextAttempt({ createdAt, now, failures: 9, random: 0.5, maxDays: 8 }).giveUp).toBe(false)
  })

  it('over a long outage, attempts are never more than a day apart and stop within the window', () => {
    let now = createdAt
    let failures = 0
    const times: number[] = [now.getTime()]
    for (;;) {
      failures++
      const d = nextAttempt({ createdAt, now, failures, random: 0.99 })
      if (d.giveUp) break
      expect(d.at.getTime() - now.getTime()).toBeLessThanOrEqual(1.1 * DAY_MS)
      now = d.at
      times.push(now.getTime())
    }
    expect(now.getTime()).toBeLessThanOrEqual(createdAt.getTime() + 7 * DAY_MS)
    // 5 quick retries, then daily ones: with +9.8 % jitter, 30 s…6 h sum to ~7.8 h, leaving 6 dailies.
    expect(times.length).toBe(1 + 5 + 6)
  })
})
