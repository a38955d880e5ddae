/**
 * @module
 * The payer matcher over the bundled directory, built once per isolate at module scope: the
 * directory is static, so its index is too, and every route that matches payers shares it.
 */
import { createPayerMatcher, type PayerMatcher } from '../../domain/payer/match'
import { PAYERS } from './index'

/** The shared matcher (payers typeahead, coverage checks, eligibility checks). */
export const PAYER_MATCHER: PayerMatcher = createPayerMatcher(PAYERS)
