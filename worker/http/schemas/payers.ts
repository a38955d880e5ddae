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
  score: number
}
export type PayerSearchResponse = { results: PayerSearchResult[] }
