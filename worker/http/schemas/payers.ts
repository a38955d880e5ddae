import * as z from 'zod'
import { StateCode, safeText } from './common'

export const PayerSearchQuery = z.strictObject({
  q: safeText(100),
  state: StateCode.optional(),
  limit: z.coerce.number().int().min(1).max(20).default(8),
})
export type PayerSearchQuery = z.infer<typeof PayerSearchQuery>

export type PayerSearchResult = {
  id: string
  name: string
  kind: string
  states: string[]
  /** In [0, 1]: how sure the matcher is that this is the payer meant. */
  score: number
  /** How it matched: `alias`, `fuzzy` (typo or partial), `id`, `member_id_prefix`. */
  matchedBy: string
}
export type PayerSearchResponse = { results: PayerSearchResult[] }
