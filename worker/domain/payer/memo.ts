/**
 * @module
 * A bounded memo in front of the payer matcher. The directory is bundled and static, so the same
 * query always gets the same match; matching costs a few hundred microseconds of an isolate's CPU
 * per coverage check (measured with bench/profile.ts: 0.4 ms of 2.8 ms for "bcbs" in TX), while
 * real traffic repeats a small set of payer texts. Entries are kept least-recently-used first and
 * the oldest is dropped past `max`, so made-up texts cannot grow the memo.
 *
 * Queries carrying a member ID are never remembered (a member ID is PHI and stays out of every
 * cache); they are matched each time, and so is payer text that looks like an ID or a date of
 * birth (`looksLikePhi`). Remembered answers are frozen, so a caller that tried to
 * change one would throw instead of altering what the next caller gets.
 */
import type { PayerMatcher } from './match'
import type { PayerCandidate, PayerMatch, PayerQuery } from './types'

export const PAYER_MEMO_MAX = 2_000

export type MemoizedPayerMatcher = PayerMatcher & {
  /** How many queries are remembered now (for tests and diagnostics). */
  readonly size: () => number
}

const freezeCandidate = (c: PayerCandidate): PayerCandidate => Object.freeze(c)

function freezeMatch(m: PayerMatch): PayerMatch {
  if (m.best) freezeCandidate(m.best)
  for (const a of m.alternatives) freezeCandidate(a)
  Object.freeze(m.alternatives)
  return Object.freeze(m)
}

/**
 * Text that may carry a member ID or a date of birth typed into the payer field (five or more
 * digits in a row, or a date such as 4/12/1980): matched, never remembered. Payer names with
 * digits (`1199SEIU`, `Local 32BJ`) stay memoizable.
 */
export const looksLikePhi = (text: string): boolean => /\d{5}|\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}/.test(text)

/**
 * Wraps `inner` with a memo of at most `max` queries.
 * @example const matcher = memoizePayerMatcher(createPayerMatcher(PAYERS))
 */
export function memoizePayerMatcher(inner: PayerMatcher, max = PAYER_MEMO_MAX): MemoizedPayerMatcher {
  const memo = new Map<string, PayerMatch>()
  return {
    match(query: PayerQuery): PayerMatch {
      if (query.memberId !== undefined || looksLikePhi(query.text)) return inner.match(query)
      // Every field of the query is part of the key, with a separator typed text cannot hold.
      const key = `${query.state ?? ''}\u0000${query.limit ?? ''}\u0000${query.text}`
      const hit = memo.get(key)
      if (hit) {
        memo.delete(key)
        memo.set(key, hit)
        return hit
      }
      const found = freezeMatch(inner.match(query))
      if (memo.size >= max) memo.delete(memo.keys().next().value!)
      memo.set(key, found)
      return found
    },
    size: () => memo.size,
  }
}
