/**
 * @module
 * From the request's `payer` (free text or `{id}`) to a directory match. An id that is not in the
 * directory, like text that matches nothing, is an unknown payer: answered, not refused.
 */
import type { PayerMatch, PayerRecord } from '../payer/types'

type Matcher = { match(query: { text: string; state?: string; memberId?: string }): PayerMatch }

/**
 * Finds the payer a request names.
 * @example findPayer({ id: 'aetna' }, { directory: PAYERS, matcher }).best?.payer.name // 'Aetna'
 */
export function findPayer(
  payer: string | { id: string },
  options: { directory: readonly PayerRecord[]; matcher: Matcher; state?: string; memberId?: string },
): PayerMatch {
  if (typeof payer !== 'string') {
    const record = options.directory.find((p) => p.id === payer.id)
    return { best: record ? { payer: record, confidence: 1, matchedBy: 'id' } : null, alternatives: [] }
  }
  return options.matcher.match({
    text: payer,
    ...(options.state ? { state: options.state } : {}),
    ...(options.memberId ? { memberId: options.memberId } : {}),
  })
}
