/**
 * @module
 * The carrier IOP rules and typical cost-sharing bundled into the Worker. See
 * `worker/data/README.md` ("Carrier rules") for the rule shape and the resolution order.
 */
import type { CostSharingProfile, CoverageRule } from '../../domain/coverage/rule-schema'
import { COST_SHARING } from './cost-sharing'
import { FAMILY_RULES } from './families'
import { GENERAL_RULES } from './general'
import { MEDICAID_STATE_RULES } from './medicaid'
import { PROGRAM_RULES } from './programs'
import { TRICARE_RULES } from './tricare'

export const RULES: readonly CoverageRule[] = [
  ...GENERAL_RULES,
  ...FAMILY_RULES,
  ...MEDICAID_STATE_RULES,
  ...TRICARE_RULES,
  ...PROGRAM_RULES,
]

export const PROFILES: readonly CostSharingProfile[] = COST_SHARING

/**
 * Families whose payers are answered by their kind rule on purpose, with the reason. The rules
 * test fails for any directory family neither ruled nor listed here.
 */
export const KIND_ONLY_REASONS: Readonly<Record<string, string>> = {
  medicare:
    'Original Medicare is its own kind: `kind-medicare` is its rule (Part B IOP since 2024-01-01, $283 deductible then 20 %, no S9480); Medigap has a payer rule.',
  'medicare-advantage':
    'Independent Medicare Advantage plans: `kind-medicare-advantage` (Part B benefits, own cost-sharing and prior authorization) and its HMO rule say all that is known; no plan-specific IOP policy is sourced.',
  tricare:
    'TRICARE is its own kind: the TRICARE rules are written by kind, region (state), plan type (Prime) and payer (East/West contractors, For Life, USFHP).',
  va: 'VA is its own kind: `kind-va`, with payer rules for VA Community Care (VA authorization) and CHAMPVA (cost-sharing, no referral).',
  marketplace:
    'Independent ACA marketplace carriers: `kind-marketplace` (essential health benefit, 2026 out-of-pocket cap) plus plan-type and metal-tier cost-sharing; Oscar has a payer rule; defunct carriers are answered from their directory status.',
  regional:
    'Regional and provider-owned commercial plans, TPAs and FEHB plans share no policy beyond the commercial kind and plan-type rules (parity, network rules); behavioral-health managers come from their directory records.',
}

export const KIND_ONLY_FAMILIES: readonly string[] = Object.keys(KIND_ONLY_REASONS)

/** Payers explicitly allowed to fall through to the global default (none today). */
export const DEFAULT_ALLOWED_PAYERS: readonly string[] = []
