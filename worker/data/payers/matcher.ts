/**
 * @module
 * The payer matcher over the bundled directory, shared by every route that matches payers
 * (typeahead, coverage checks, eligibility checks). The directory is static, so its index is
 * built once per isolate, on the first match rather than at module scope: building it costs
 * tens of milliseconds of CPU, which would otherwise count against the Worker's 1 s start-up
 * budget on every cold start, including starts that only serve `/health` or a static file.
 * Answers to repeated queries come from a bounded memo (domain/payer/memo.ts, issue 13).
 */
import { createPayerMatcher, type PayerMatcher } from '../../domain/payer/match'
import { memoizePayerMatcher } from '../../domain/payer/memo'
import { PAYERS } from './index'
import { NOT_HEALTH_INSURERS } from './not-health'

let index: PayerMatcher | undefined

/** The shared matcher; the first call builds the index. */
export const PAYER_MATCHER: PayerMatcher = memoizePayerMatcher({
  match: (query) => (index ??= createPayerMatcher(PAYERS, { notHealth: NOT_HEALTH_INSURERS })).match(query),
})
