import { Hono } from 'hono'
import { PAYER_MATCHER as matcher } from '../data/payers/matcher'
import type { AppEnv } from '../env'
import type { PayerSearchResponse } from '../http/schemas/payers'
import { PayerSearchQuery } from '../http/schemas/payers'
import { validate } from '../http/validate'

/** `GET /v1/payers?q=&state=&limit=`: ranked payer matches for typeahead. */
export const payers = new Hono<AppEnv>().get('/', validate('query', PayerSearchQuery), (c) => {
  const { q, state, limit } = c.req.valid('query')
  const { best, alternatives } = matcher.match({ text: q, ...(state ? { state } : {}), limit })
  // With no confident best, the weaker candidates are still offered to pick from.
  const results = (best ? [best, ...alternatives] : alternatives).slice(0, limit).map((m) => ({
    id: m.payer.id,
    name: m.payer.name,
    kind: m.payer.kind,
    states: m.payer.states,
    score: m.confidence,
    matchedBy: m.matchedBy,
  }))
  c.header('Cache-Control', 'public, max-age=300')
  return c.json<PayerSearchResponse>({ results })
})
