/**
 * @module
 * Level 3 of the precedence (the payer's record and the IOP rule for its family, kind, plan kind
 * and the given state): the rule cascade for a request, each fact with the rule it came from, and
 * the per-diem defaults, which never cite another state's program.
 */
import type { Messages } from '../../i18n/en'
import { formatMoney } from '../money/format'
import type { PayerKind } from '../payer/types'
import { rulesFor, type RuleContext } from '../coverage/resolve-rule'
import type { CoverageRule, CoverageStatus, Program } from '../coverage/rule-schema'
import type { PerDiemDefaults } from '../coverage/estimate-inputs'
import { textIn } from './text'
import type { Locale, Origin } from './types'

/** A fact and the origin of the rule that stated it. */
export type Sourced<T> = { value: T; origin: Origin }

export type RuleFacts = {
  winner: CoverageRule
  chain: CoverageRule[]
  /** The value of `key` from the most specific rule that states it, with that rule as origin. */
  pick<K extends keyof CoverageRule>(key: K): Sourced<Exclude<CoverageRule[K], undefined>> | undefined
  status(program: Program): Sourced<CoverageStatus>
}

export const ruleOrigin = (rule: CoverageRule): Origin => `rule:${rule.id}`

/** The matching rules, most specific first, with provenance-aware lookups. */
export function ruleFacts(rules: readonly CoverageRule[], context: RuleContext): RuleFacts {
  const chain = rulesFor(rules, context)
  const winner = chain[0]
  if (!winner) throw new Error('No carrier rule matched: the rules must contain a global default')
  const last = chain[chain.length - 1]!
  return {
    winner,
    chain,
    pick<K extends keyof CoverageRule>(key: K) {
      for (const rule of chain) {
        const value = rule[key]
        // A rule's explicit null (no manager) is a fact too: it stops the cascade.
        if (value !== undefined) return { value: value as Exclude<CoverageRule[typeof key], undefined>, origin: ruleOrigin(rule) }
      }
      return undefined
    },
    status(program) {
      const rule = chain.find((r) => r.coverage?.[program] !== undefined)
      return rule ? { value: rule.coverage![program]!, origin: ruleOrigin(rule) } : { value: 'unknown', origin: ruleOrigin(last) }
    },
  }
}

/**
 * Payer kinds whose IOP rates are set state by state (Medicaid fee schedules, 42 CFR 447 subpart B):
 * a rate from a rule that is not for the given state (nor for the payer itself) would cite
 * another state's program, so only its amounts are kept, as an illustration, with a generic reason.
 */
const STATE_SET_RATE_KINDS: ReadonlySet<PayerKind> = new Set(['medicaid'])

/**
 * The per-diem defaults: the most specific rule's, with that rule as origin; for a state-set kind,
 * only from a rule for the given state or the payer, otherwise an illustration marked `typical`.
 */
export function perDiemFor(facts: RuleFacts, context: RuleContext, t: Messages, locale: Locale): PerDiemDefaults {
  const rule = facts.chain.find((r) => r.perDiem)
  if (!rule?.perDiem) throw new Error('No per-diem defaults: the global default rule must carry them')
  const { allowed, charge, why } = rule.perDiem
  const forThisState = Boolean(context.state && rule.match.states?.includes(context.state)) || Boolean(rule.match.payerIds)
  if (context.kind && STATE_SET_RATE_KINDS.has(context.kind) && !forThisState) {
    return { allowed, charge, why: t.assume.genericPerDiem(formatMoney(allowed), formatMoney(charge)), origin: 'typical' }
  }
  return { allowed, charge, why: textIn(locale, why), origin: ruleOrigin(rule) }
}
