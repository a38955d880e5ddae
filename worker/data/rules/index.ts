/**
 * @module
 * The carrier IOP rules and typical cost-sharing bundled into the Worker. See
 * `worker/data/README.md` ("Carrier rules") for the rule shape and the resolution order.
 */
import type { CostSharingProfile, CoverageRule, Text } from '../../domain/coverage/rule-schema'
import { COST_SHARING } from './cost-sharing'
import { SPANISH } from './es'
import { FAMILY_RULES } from './families'
import { GENERAL_RULES } from './general'
import { MEDICAID_STATE_RULES } from './medicaid'
import { PROGRAM_RULES } from './programs'
import { TRICARE_RULES } from './tricare'

/** A text in English and, when `es.ts` has it, Spanish; otherwise left English-only. */
const bilingual = (text: Text): Text => {
  const es = typeof text === 'string' ? SPANISH[text] : undefined
  return es === undefined || typeof text !== 'string' ? text : { en: text, es }
}

/** A rule with every text it shows in both languages. */
const ruleInBothLanguages = (rule: CoverageRule): CoverageRule => ({
  ...rule,
  ...(rule.notes ? { notes: rule.notes.map(bilingual) } : {}),
  ...(rule.nextSteps ? { nextSteps: rule.nextSteps.map(bilingual) } : {}),
  ...(rule.perDiem ? { perDiem: { ...rule.perDiem, why: bilingual(rule.perDiem.why) } } : {}),
  ...(rule.behavioralHealthManager
    ? { behavioralHealthManager: { ...rule.behavioralHealthManager, name: bilingual(rule.behavioralHealthManager.name) } }
    : {}),
})

export const RULES: readonly CoverageRule[] = [
  ...GENERAL_RULES,
  ...FAMILY_RULES,
  ...MEDICAID_STATE_RULES,
  ...TRICARE_RULES,
  ...PROGRAM_RULES,
].map(ruleInBothLanguages)

export const PROFILES: readonly CostSharingProfile[] = COST_SHARING.map((p) => ({
  ...p,
  why: bilingual(p.why),
  rangeWhy: bilingual(p.rangeWhy),
}))

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
