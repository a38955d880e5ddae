/**
 * @module
 * Rule resolution by specificity. A carrier's policy is usually stated once for the family and
 * refined for a plan type or a state, so rules cascade: every rule that matches the request is
 * ranked (payer beats family beats kind beats state beats plan type beats beneficiary group beats
 * market beats program, like a lexicographic order), the most specific one wins and names the answer, and the fields it
 * leaves out are taken from the next rules down to the global default.
 */
import type { PayerKind } from '../payer/types'
import type { BeneficiaryGroup, Market, MetalTier, PlanType } from '../plan/types'
import type { CostSharingProfile, CoverageRule, Program, RuleMatch } from './rule-schema'

/** What a rule is matched against. Null or absent facts match only rules that don't ask for them. */
export type RuleContext = {
  payerId?: string | null
  family?: string | null
  kind?: PayerKind | null
  state?: string | null
  planType?: PlanType | null
  market?: Market | null
  metalTier?: MetalTier | null
  /** TRICARE beneficiary group from the plan text (`normalizePlan(...).beneficiaryGroup`). */
  beneficiaryGroup?: BeneficiaryGroup | null
  program: Program
  network: 'in' | 'out'
}

/** Weights are powers of two, so one more specific key outranks any mix of less specific ones. */
const RULE_WEIGHTS: Record<keyof RuleMatch, number> = {
  payerIds: 128,
  families: 64,
  kinds: 32,
  states: 16,
  planTypes: 8,
  beneficiaryGroups: 4,
  markets: 2,
  programs: 1,
}

const RULE_FACTS: Record<keyof RuleMatch, (c: RuleContext) => string | null | undefined> = {
  payerIds: (c) => c.payerId,
  families: (c) => c.family,
  kinds: (c) => c.kind,
  states: (c) => c.state,
  planTypes: (c) => c.planType,
  beneficiaryGroups: (c) => c.beneficiaryGroup,
  markets: (c) => c.market,
  programs: (c) => c.program,
}

/** The keys of a facts or weights table, listed once per table rather than on every call (hot path). */
const keysOf = <K extends string>(table: Record<K, unknown>): readonly K[] => Object.keys(table) as K[]
const RULE_KEYS = keysOf(RULE_WEIGHTS)

function matches<K extends string>(
  match: Partial<Record<K, readonly string[] | undefined>>,
  facts: Record<K, (c: RuleContext) => string | null | undefined>,
  keys: readonly K[],
  context: RuleContext,
): boolean {
  for (const key of keys) {
    const allowed = match[key]
    if (!allowed) continue
    const fact = facts[key](context)
    if (fact === null || fact === undefined || !allowed.includes(fact)) return false
  }
  return true
}

function specificity<K extends string>(
  match: Partial<Record<K, unknown>>,
  weights: Record<K, number>,
  keys: readonly K[],
): number {
  let score = 0
  for (const key of keys) if (match[key] !== undefined) score += weights[key]
  return score
}

/** The specificity of a rule's match: 0 for the global default, 128+ for a payer-specific rule. */
export const ruleSpecificity = (rule: Pick<CoverageRule, 'match'>): number =>
  specificity(rule.match, RULE_WEIGHTS, RULE_KEYS)

/**
 * Every rule that matches, most specific first (ties keep data order; a test keeps ties out).
 * @example rulesFor(RULES, { family: 'aetna', kind: 'commercial', program: 'substance_use', network: 'in' })[0]?.id
 */
export function rulesFor(rules: readonly CoverageRule[], context: RuleContext): CoverageRule[] {
  // Only the few matching rules are scored and sorted (issue 13: this ran for every rule of the
  // bundle on every check).
  const matched: { rule: CoverageRule; order: number; score: number }[] = []
  for (let order = 0; order < rules.length; order++) {
    const rule = rules[order]!
    if (matches(rule.match, RULE_FACTS, RULE_KEYS, context)) matched.push({ rule, order, score: ruleSpecificity(rule) })
  }
  return matched.sort((a, b) => b.score - a.score || a.order - b.order).map(({ rule }) => rule)
}

const PROFILE_WEIGHTS: Record<keyof CostSharingProfile['match'], number> = {
  payerIds: 64,
  beneficiaryGroups: 32,
  planTypes: 16,
  metalTiers: 8,
  markets: 4,
  kinds: 2,
  networks: 1,
}

const PROFILE_FACTS: Record<keyof CostSharingProfile['match'], (c: RuleContext) => string | null | undefined> = {
  payerIds: (c) => c.payerId,
  beneficiaryGroups: (c) => c.beneficiaryGroup,
  planTypes: (c) => c.planType,
  metalTiers: (c) => c.metalTier,
  markets: (c) => c.market,
  kinds: (c) => c.kind,
  networks: (c) => c.network,
}
const PROFILE_KEYS = keysOf(PROFILE_WEIGHTS)

/** The most specific typical cost-sharing profile for the plan and network, or null. */
export function profileFor(
  profiles: readonly CostSharingProfile[],
  context: RuleContext,
): CostSharingProfile | null {
  let best: CostSharingProfile | null = null
  let bestScore = -1
  for (const profile of profiles) {
    if (!matches(profile.match, PROFILE_FACTS, PROFILE_KEYS, context)) continue
    const score = specificity(profile.match, PROFILE_WEIGHTS, PROFILE_KEYS)
    if (score > bestScore) [best, bestScore] = [profile, score]
  }
  return best
}
