/**
 * @module
 * No price without a plan to price (docs/architecture.md "The one answer"): the reason, first match wins,
 * the payer's word on the member first, then which payer, then who holds the figures.
 */
import type { PayerResolution } from '../payer/resolve'
import type { CoverageStatus } from '../coverage/rule-schema'
import type { PayerWord } from './member'
import type { NoEstimateReason } from './types'

export type NoEstimateFacts = {
  payer: PayerResolution | null
  word: PayerWord | null
  /** The coverage status after the payer's word and the rules. */
  status: CoverageStatus
  /** The member's benefits were given (a 271 or a benefits object): they are priced as given. */
  benefitsGiven: boolean
}

/** What the directory says against pricing this payer here, or null. */
export function directoryIssue(payer: PayerResolution | null): NoEstimateReason | null {
  if (!payer) return 'payer_unknown'
  if (payer.status === 'defunct' || payer.mergedInto) return 'payer_defunct'
  if (payer.inState === false) return 'payer_not_in_state'
  if (payer.notInsurance) return 'not_insurance'
  if (payer.line === 'network') return 'network_not_plan'
  return null
}

/**
 * Why there is no estimate, or null when there is one. The payer's word on the member comes
 * first: it is the most specific fact there is. The directory's doubts (unknown, defunct, not in
 * the state) stop a price only when no member benefits are given: benefits given are the payer's
 * word (level 1) and a lower source never overrides them; the answer still says the doubt.
 */
export function noEstimateReason(f: NoEstimateFacts): NoEstimateReason | null {
  if (f.word?.status === 'rejected') return 'member_rejected'
  if (f.word?.status === 'inactive') return 'member_inactive'
  const directory = directoryIssue(f.payer)
  if (directory && !f.benefitsGiven) return directory
  if (f.word?.managerHoldsFigures) return 'manager_holds_benefits'
  // The rules' "not covered" (out of network on an in-network-only plan) prices nothing for a
  // quick check; benefits given are applied exactly as given (docs/architecture.md, "The estimate algorithm").
  if (f.status === 'not_covered' && !f.benefitsGiven) return 'not_covered'
  return null
}

/** Reasons under which the plan's rules do not apply to this person at all. */
export const PLAN_DOES_NOT_APPLY: ReadonlySet<NoEstimateReason> = new Set([
  'payer_unknown',
  'payer_defunct',
  'payer_not_in_state',
  'not_insurance',
  'network_not_plan',
  'member_rejected',
  'member_inactive',
])
