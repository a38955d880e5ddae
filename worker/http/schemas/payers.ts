import * as z from 'zod'
import type { AlternativeReason, PayerStatus, ProductLine } from '../../domain/payer/types'
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
  /**
   * Additive (issue 14): whether the payer serves the query's `state` (nationwide payers do);
   * null when no state was given. The widget says "X does not serve TX" for `false`.
   */
  inState: boolean | null
  /**
   * Additive (issue 14): for every result but the confident best, why it is offered ("did you
   * mean"): `close_score`, `spelling`, `other_state`, `same_carrier` or `weak` (nothing was
   * confident; this is the closest).
   */
  reason?: AlternativeReason
  /** Additive (issue 14): the product line (`commercial`, `medicaid_mco`, `tpa`, `network`…). */
  line: ProductLine
  /** Additive (issue 14): `active`, `defunct` or `merged_into`. */
  status: PayerStatus
  /** Additive (issue 14): with `status: 'merged_into'`, the successor and what to do now. */
  mergedInto?: { id: string; name: string | null; date: string; whatNow: string }
  /** Additive (issue 14): true for a health-care sharing ministry, which is not insurance. */
  notInsurance?: true
}
export type PayerSearchResponse = {
  results: PayerSearchResult[]
  /**
   * Additive (issue 14): the id of the confident best match (then `results[0]`), or null when
   * nothing matched confidently: every result is then only a "did you mean" (`reason: 'weak'`).
   */
  best?: string | null
}
