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

function matches<K extends string>(
  match: Partial<Record<K, readonly string[] | undefined>>,
  facts: Record<K, (c: RuleContext) => string | null | undefined>,
  context: RuleContext,
): boolean {
  return (Object.keys(facts) as K[]).every((key) => {
    const allowed = match[key]
    if (!allowed) return true
    const fact = facts[key](context)
    return fact !== null && fact !== undefined && allowed.includes(fact)
  })
}

function specificity<K extends string>(
  match: Partial<Record<K, unknown>>,
  weights: Record<K, number>,
): number {
  let score = 0
  for (const key of Object.keys(weights) as K[]) if (match[key] !== undefined) score += weights[key]
  return score
}

/** The specificity of a rule's match: 0 for the global default, 128+ for a payer-specific rule. */
export const ruleSpecificity = (rule: Pick<CoverageRule, 'match'>): number =>
  specificity(rule.match, RULE_WEIGHTS)

/**
 * Every rule that matches, most specific first (ties keep data order; a test keeps ties out).
 * @example rulesFor(RULES, { family: 'aetna', kind: 'commercial', program: 'substance_use', network: 'in' })[0]?.id
 */
export function rulesFor(rules: readonly CoverageRule[], context: RuleContext): CoverageRule[] {
  return rules
    .map((rule, order) => ({ rule, order, score: ruleSpecificity(rule) }))
    .filter(({ rule }) => matches(rule.match, RULE_FACTS, context))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ rule }) => rule)
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

/** The most specific typical cost-sharing profile for the plan and network, or null. */
export function profileFor(
  profiles: readonly CostSharingProfile[],
  context: RuleContext,
): CostSharingProfile | null {
  let best: CostSharingProfile | null = null
  let bestScore = -1
  for (const profile of profiles) {
    if (!matches(profile.match, PROFILE_FACTS, context)) continue
    const score = specificity(profile.match, PROFILE_WEIGHTS)
    if (score > bestScore) [best, bestScore] = [profile, score]
  }
  return best
}
