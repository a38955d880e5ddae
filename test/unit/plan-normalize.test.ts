import { describe, expect, it } from 'vitest'
import { normalizePlan } from '../../worker/domain/plan/normalize'

describe('normalizePlan', () => {
  it.each([
    // [text, payerKind, type, market, metalTier, hsa]
    ['Aetna Choice POS II', undefined, 'POS', null, null, false],
    ['Open Access Plus', undefined, 'POS', null, null, false],
    ['Cigna OAP IN', undefined, 'EPO', null, null, false],
    ['Ambetter Silver 1', undefined, null, 'individual', 'silver', false],
    ['Ambetter Expanded Bronze', undefined, null, 'individual', 'expanded_bronze', false],
    ['BlueChoice PPO HSA', undefined, 'PPO', null, null, true],
    ['Humana Gold Plus HMO', undefined, 'HMO', 'medicare_advantage', null, false],
    ['TRICARE Prime', undefined, 'HMO', 'tricare', null, false],
    ['TRICARE Select', undefined, 'PPO', 'tricare', null, false],
    ['TRICARE For Life', undefined, null, 'tricare', null, false],
    ['Medi-Cal', undefined, null, 'medicaid', null, false],
    ['Bronze HSA 7000', undefined, 'HDHP', 'individual', 'bronze', true],
    ['Gold EPO', 'marketplace', 'EPO', 'individual', 'gold', false],
    ['Choice Plus', 'commercial', null, null, null, false],
    ['Select Plus HDHP', 'commercial', 'HDHP', null, null, false],
    ['Options PPO', 'medicaid', 'PPO', 'medicaid', null, false],
    ['HMO-POS', 'medicare_advantage', 'POS', 'medicare_advantage', null, false],
    ['Medicare Advantage PPO', undefined, 'PPO', 'medicare_advantage', null, false],
    ['Medicare Part B', undefined, null, 'medicare', null, false],
    ['Medicare Supplement Plan G', undefined, null, 'medicare', null, false],
    ['VA Community Care', undefined, null, 'va', null, false],
    ['Employer group PPO', undefined, 'PPO', 'employer', null, false],
    ['Traditional indemnity', 'commercial', 'INDEMNITY', null, null, false],
    ['Catastrophic', undefined, null, 'individual', 'catastrophic', false],
  ] as const)('%j (payer kind %s) → %s, %s, %s, hsa %s', (text, payerKind, type, market, metalTier, hsa) => {
    expect(normalizePlan(text, payerKind ? { payerKind } : {})).toEqual({
      type,
      market,
      metalTier,
      hsa,
      name: text,
    })
  })

  it.each([undefined, '', '   '])('%j is no plan', (text) => {
    expect(normalizePlan(text)).toEqual({ type: null, market: null, metalTier: null, hsa: false, name: null })
  })

  it('takes the market from the payer kind when the text is silent', () => {
    expect(normalizePlan(undefined, { payerKind: 'medicaid' }).market).toBe('medicaid')
    expect(normalizePlan('PPO', { payerKind: 'tricare' }).market).toBe('tricare')
    expect(normalizePlan('PPO', { payerKind: 'other' }).market).toBeNull()
  })
})

// Cases ported from the rules engineer's first normalizer (its tests lived here before the full
// normalizer replaced it). Where the two disagree, the product meaning decided:
// - A commercial payer no longer implies the employer market: carriers sell individual plans too,
//   and no rule or cost-sharing profile keys on "employer", so an honest null costs nothing.
// - "PPO HSA 2000" is a PPO with an HSA: the network type decides the rules (out-of-network
//   benefits), and `hsa: true` still says it is high-deductible.
describe('normalizePlan: cases from the first normalizer', () => {
  it.each([
    ['Aetna Choice POS II', 'commercial', 'POS', null, null, false],
    ['BlueChoice PPO', 'commercial', 'PPO', null, null, false],
    ['Kaiser Gold 80 HMO', 'commercial', 'HMO', 'individual', 'gold', false],
    ['Ambetter Silver 1', 'marketplace', null, 'individual', 'silver', false],
    ['Oscar Bronze EPO', 'marketplace', 'EPO', 'individual', 'bronze', false],
    ['PPO HSA 2000', 'commercial', 'PPO', null, null, true],
    ['TRICARE Prime', 'tricare', 'HMO', 'tricare', null, false],
    ['TRICARE Select', 'tricare', 'PPO', 'tricare', null, false],
    // The plan's words beat the payer's kind: an AARP Medicare Advantage plan typed under a
    // commercial carrier is Medicare Advantage.
    ['AARP Medicare Advantage HMO', 'commercial', 'HMO', 'medicare_advantage', null, false],
  ] as const)('%j (payer kind %s) → %s, %s, %s, hsa %s', (text, payerKind, type, market, metalTier, hsa) => {
    expect(normalizePlan(text, { payerKind })).toEqual({ type, market, metalTier, hsa, name: text })
  })
})
