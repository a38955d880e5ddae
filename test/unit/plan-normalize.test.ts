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
