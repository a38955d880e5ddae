// The carrier rule data: every record is well-formed (schema), every payer in the directory and
// every payer kind resolves to a rule more specific than the global default, and resolution
// follows the specificity order the data README documents.
import { describe, expect, it } from 'vitest'
import { PAYERS } from '../../worker/data/payers'
import { DEFAULT_ALLOWED_PAYERS, KIND_ONLY_FAMILIES, PROFILES, RULES } from '../../worker/data/rules'
import { profileFor, ruleSpecificity, rulesFor, type RuleContext } from '../../worker/domain/coverage/resolve-rule'
import { CostSharingProfile, CoverageRule, PROGRAMS } from '../../worker/domain/coverage/rule-schema'
import { PAYER_KINDS } from '../../worker/domain/payer/types'

describe('rule files are well-formed', () => {
  it.each(RULES.map((r) => [r.id, r] as const))('rule %s parses', (_id, rule) => {
    expect(CoverageRule.safeParse(rule).error?.issues ?? []).toEqual([])
  })

  it.each(PROFILES.map((p) => [p.id, p] as const))('cost-sharing profile %s parses', (_id, profile) => {
    expect(CostSharingProfile.safeParse(profile).error?.issues ?? []).toEqual([])
  })

  it('rejects a malformed rule: bad date, no source, unknown kind, coinsurance 1.5', () => {
    const good = RULES.find((r) => r.id === 'kind-commercial')!
    expect(CoverageRule.safeParse({ ...good, verified: '23/11/2026' }).success).toBe(false)
    const { source: _source, ...noSource } = good
    expect(CoverageRule.safeParse(noSource).success).toBe(false)
    expect(CoverageRule.safeParse({ ...good, match: { kinds: ['employer'] } }).success).toBe(false)
    expect(CoverageRule.safeParse({ ...good, surprise: true }).success).toBe(false)
    const profile = PROFILES[0]!
    expect(
      CostSharingProfile.safeParse({ ...profile, typical: { ...profile.typical, coinsurance: 1.5 } }).success,
    ).toBe(false)
  })

  it('has unique ids, one global default, and no two rules with the same match', () => {
    const ids = RULES.map((r) => r.id)
    expect(new Set(ids).size).toBe(ids.length)
    const defaults = RULES.filter((r) => ruleSpecificity(r) === 0)
    expect(defaults.map((r) => r.id)).toEqual(['default'])
    expect(defaults[0]!.isDefault).toBe(true)
    expect(defaults[0]!.perDiem).toBeDefined()
    const keys = RULES.map((r) => JSON.stringify(r.match, Object.keys(r.match).sort()))
    expect(new Set(keys).size).toBe(keys.length)
    expect(new Set(PROFILES.map((p) => p.id)).size).toBe(PROFILES.length)
  })
})

describe('every payer and kind has a rule', () => {
  const families = [...new Set(PAYERS.map((p) => p.family))].sort()

  it.each(families)('family %s has a family rule or is listed as kind-only', (family) => {
    const ruled = RULES.some((r) => r.match.families?.includes(family))
    expect(ruled || KIND_ONLY_FAMILIES.includes(family)).toBe(true)
  })

  it.each(PAYER_KINDS)('kind %s has a kind rule', (kind) => {
    expect(RULES.some((r) => r.match.kinds?.includes(kind) && !r.match.families && !r.match.payerIds)).toBe(true)
  })

  const cases = PAYERS.flatMap((payer) => PROGRAMS.map((program) => [payer.id, program, payer] as const))
  it.each(cases)('payer %s (%s) resolves to a rule more specific than the default', (_id, program, payer) => {
    for (const state of payer.states.length ? payer.states : ['TX', 'NY']) {
      const context: RuleContext = {
        payerId: payer.id,
        family: payer.family,
        kind: payer.kind,
        state,
        program,
        network: 'in',
      }
      const [winner] = rulesFor(RULES, context)
      expect(winner, `${payer.id} in ${state}`).toBeDefined()
      expect(ruleSpecificity(winner!) > 0 || DEFAULT_ALLOWED_PAYERS.includes(payer.id)).toBe(true)
    }
  })

  it.each(PAYER_KINDS.flatMap((kind) => (['in', 'out'] as const).map((network) => [kind, network] as const)))(
    'kind %s %s network has typical cost-sharing',
    (kind, network) => {
      expect(profileFor(PROFILES, { kind, program: 'substance_use', network })).not.toBeNull()
    },
  )
})

describe('resolution by specificity', () => {
  const ctx = (c: Partial<RuleContext>): RuleContext => ({ program: 'substance_use', network: 'in', ...c })
  it.each([
    // payer → family → kind → default
    [{ family: 'unitedhealthcare', kind: 'commercial' }, 'family-unitedhealthcare'],
    [{ family: 'no-such-family', kind: 'commercial' }, 'kind-commercial'],
    [{ family: 'no-such-family', kind: 'commercial', planType: 'HMO' }, 'kind-commercial-hmo'],
    [{ kind: 'medicaid', state: 'VA' }, 'medicaid-va'],
    [{ kind: 'medicaid', state: 'TX' }, 'medicaid-tx'],
    [{ kind: 'medicaid' }, 'kind-medicaid'],
    [{ kind: 'tricare', state: 'TX' }, 'tricare-west'],
    [{ kind: 'tricare', state: 'VA' }, 'tricare-east'],
    [{ kind: 'tricare', state: 'VA', planType: 'HMO' }, 'tricare-east'],
    [{ family: 'humana', kind: 'tricare', state: 'FL' }, 'tricare-east'],
    [{}, 'default'],
  ] as const)('%j → %s', (context, id) => {
    expect(rulesFor(RULES, ctx(context as Partial<RuleContext>))[0]?.id).toBe(id)
  })

  it('cascades: a TRICARE Prime member in the East gets the East contractor and the Prime referral', () => {
    const chain = rulesFor(RULES, ctx({ kind: 'tricare', state: 'VA', planType: 'HMO' })).map((r) => r.id)
    expect(chain).toEqual(['tricare-east', 'tricare-prime', 'tricare', 'default'])
  })

  it.each([
    [{ planType: 'HMO', network: 'out', kind: 'commercial' }, 'in-network-only-plan-out-of-network'],
    [{ planType: 'HDHP', network: 'in', kind: 'commercial' }, 'hdhp-in-network'],
    [{ metalTier: 'silver', network: 'in', kind: 'marketplace', market: 'individual' }, 'silver-in-network'],
    [{ kind: 'medicare', network: 'in' }, 'medicare'],
    [{ kind: 'commercial', network: 'out' }, 'default-out-of-network'],
    [{ kind: 'commercial', network: 'in' }, 'default-in-network'],
  ] as const)('typical cost-sharing for %j is %s', (context, id) => {
    expect(profileFor(PROFILES, ctx(context as Partial<RuleContext>))?.id).toBe(id)
  })
})
