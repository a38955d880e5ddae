// rulesFor on hand-made rules (issue 13 rewrote it to score only the matching rules): the order
// follows the documented weights (payer 128, family 64, kind 32, state 16, plan type 8,
// beneficiary group 4, market 2, program 1), ties keep data order, rules asking for a fact the
// request lacks never match. Expected orders and scores worked out by hand from those weights.
import { describe, expect, it } from 'vitest'
import { profileFor, ruleSpecificity, rulesFor, type RuleContext } from '../../worker/domain/coverage/resolve-rule'
import type { CostSharingProfile, CoverageRule } from '../../worker/domain/coverage/rule-schema'

const rule = (id: string, match: CoverageRule['match']) => ({ id, match }) as unknown as CoverageRule
const RULES = [
  rule('default', {}), // 0
  rule('tx-sud', { states: ['TX'], programs: ['substance_use'] }), // 16 + 1 = 17
  rule('ca', { states: ['CA'] }), // another state: no match
  rule('family', { families: ['acme'] }), // 64
  rule('payer', { payerIds: ['acme-tx'] }), // 128
  rule('kind-ppo', { kinds: ['commercial'], planTypes: ['PPO'] }), // 32 + 8 = 40
  rule('tx', { states: ['TX'], markets: ['individual'] }), // 16 + 2 = 18, but market absent: no match
  rule('sud', { programs: ['substance_use'] }), // 1
  rule('mh', { programs: ['mental_health'] }), // other program: no match
  rule('tx-again', { states: ['TX'], programs: ['substance_use'] }), // 17, tie with tx-sud, later in data
]
const context: RuleContext = { payerId: 'acme-tx', family: 'acme', kind: 'commercial', state: 'TX', planType: 'PPO', program: 'substance_use', network: 'in' }

describe('rulesFor (hand-made rules)', () => {
  it('orders the matching rules by specificity, ties in data order', () => {
    expect(rulesFor(RULES, context).map((r) => r.id)).toEqual(['payer', 'family', 'kind-ppo', 'tx-sud', 'tx-again', 'sud', 'default'])
  })

  it('scores by the weights', () => {
    expect(RULES.map(ruleSpecificity)).toEqual([0, 17, 16, 64, 128, 40, 18, 1, 1, 17])
  })

  it('drops rules asking for facts the request lacks', () => {
    const bare: RuleContext = { program: 'mental_health', network: 'out' }
    expect(rulesFor(RULES, bare).map((r) => r.id)).toEqual(['mh', 'default'])
  })

  it('profileFor picks the most specific matching profile (payer 64 > plan type 16 + network 1)', () => {
    const profile = (id: string, match: CostSharingProfile['match']) => ({ id, match }) as unknown as CostSharingProfile
    const profiles = [profile('in', { networks: ['in'] }), profile('ppo-in', { planTypes: ['PPO'], networks: ['in'] }), profile('payer', { payerIds: ['acme-tx'] }), profile('out', { networks: ['out'] })]
    expect(profileFor(profiles, context)?.id).toBe('payer')
    expect(profileFor(profiles, { ...context, payerId: null })?.id).toBe('ppo-in')
    expect(profileFor(profiles, { program: 'substance_use', network: 'out' })?.id).toBe('out')
  })
})
