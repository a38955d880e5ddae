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
import { TRICARE_RULES } from './tricare'

export const RULES: readonly CoverageRule[] = [
  ...GENERAL_RULES,
  ...FAMILY_RULES,
  ...MEDICAID_STATE_RULES,
  ...TRICARE_RULES,
]

export const PROFILES: readonly CostSharingProfile[] = COST_SHARING

/**
 * Families whose payers are answered by their kind rule on purpose (no family-specific policy
 * is known). The rules test fails for any directory family neither ruled nor listed here.
 */
export const KIND_ONLY_FAMILIES: readonly string[] = []

/** Payers explicitly allowed to fall through to the global default (none today). */
export const DEFAULT_ALLOWED_PAYERS: readonly string[] = []
