import { Hono } from 'hono'
import { PAYERS_BY_ID } from '../data/payers'
import { PAYER_MATCHER as matcher } from '../data/payers/matcher'
import { productLineOf, type PayerCandidate } from '../domain/payer/types'
import type { AppEnv } from '../env'
import type { PayerSearchResponse, PayerSearchResult } from '../http/schemas/payers'
import { PayerSearchQuery } from '../http/schemas/payers'
import { validate } from '../http/validate'

/** One result: the record's public fields, the match, and what the widget needs to explain it. */
function result(m: PayerCandidate): PayerSearchResult {
  const { payer } = m
  const successor = payer.mergedInto ? PAYERS_BY_ID.get(payer.mergedInto.id) : undefined
  return {
    id: payer.id,
    name: payer.name,
    kind: payer.kind,
    states: payer.states,
    score: m.confidence,
    matchedBy: m.matchedBy,
    inState: m.inState ?? null,
    ...(m.reason ? { reason: m.reason } : {}),
    line: productLineOf(payer),
    status: payer.status ?? 'active',
    ...(payer.mergedInto
      ? {
          mergedInto: {
            id: payer.mergedInto.id,
            name: successor?.name ?? null,
            date: payer.mergedInto.date,
            whatNow: payer.mergedInto.whatNow,
          },
        }
      : {}),
    ...(payer.notInsurance ? { notInsurance: true as const } : {}),
  }
}

/** `GET /v1/payers?q=&state=&limit=`: ranked payer matches for typeahead. */
export const payers = new Hono<AppEnv>().get('/', validate('query', PayerSearchQuery), (c) => {
  const { q, state, limit } = c.req.valid('query')
  const { best, alternatives } = matcher.match({ text: q, ...(state ? { state } : {}), limit })
  // With no confident best, the weaker candidates are still offered to pick from.
  const results = (best ? [best, ...alternatives] : alternatives).slice(0, limit).map(result)
  c.header('Cache-Control', 'public, max-age=300')
  return c.json<PayerSearchResponse>({ results, best: best?.payer.id ?? null })
})
