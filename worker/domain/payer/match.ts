/**
 * @module
 * Payer matching: from what a person typed to the payer they meant.
 * Walking-skeleton version: exact and prefix matches on normalized names and aliases.
 */
import { normalizeName } from './normalize'
import type { PayerCandidate, PayerMatch, PayerQuery, PayerRecord } from './types'

export type PayerMatcher = { match(query: PayerQuery): PayerMatch }

export function createPayerMatcher(directory: readonly PayerRecord[]): PayerMatcher {
  const keys = directory.map((payer) => ({
    payer,
    names: [payer.name, ...payer.aliases].map(normalizeName),
  }))
  return {
    match({ text, limit = 5 }) {
      const q = normalizeName(text)
      if (!q) return { best: null, alternatives: [] }
      const found: PayerCandidate[] = []
      for (const { payer, names } of keys) {
        if (names.includes(q)) found.push({ payer, confidence: 1, matchedBy: 'alias' })
        else if (names.some((n) => n.startsWith(q))) found.push({ payer, confidence: 0.6, matchedBy: 'alias' })
      }
      found.sort((a, b) => b.confidence - a.confidence)
      return { best: found[0] ?? null, alternatives: found.slice(1, limit) }
    },
  }
}
