import { describe, expect, it } from 'vitest'
import { normalizePlan } from '../../worker/domain/plan/normalize'
import type { PayerKind } from '../../worker/domain/payer/types'

describe('normalizePlan (minimal, until the full normalizer lands)', () => {
  it.each([
    ['Aetna Choice POS II', 'commercial', { type: 'POS', market: 'employer', metalTier: null }],
    ['BlueChoice PPO', 'commercial', { type: 'PPO', market: 'employer', metalTier: null }],
    ['Kaiser Gold 80 HMO', 'commercial', { type: 'HMO', market: 'individual', metalTier: 'gold' }],
    ['Ambetter Silver 1', 'marketplace', { type: null, market: 'individual', metalTier: 'silver' }],
    ['Oscar Bronze EPO', 'marketplace', { type: 'EPO', market: 'individual', metalTier: 'bronze' }],
    ['PPO HSA 2000', 'commercial', { type: 'HDHP', market: 'employer', metalTier: null, hsa: true }],
    ['TRICARE Prime', 'tricare', { type: 'HMO', market: 'tricare' }],
    ['TRICARE Select', 'tricare', { type: 'PPO', market: 'tricare' }],
    ['AARP Medicare Advantage HMO', 'commercial', { type: 'HMO', market: 'medicare_advantage' }],
  ] as const)('%s (%s) → %j', (text, kind, expected) => {
    expect(normalizePlan(text, { payerKind: kind as PayerKind })).toMatchObject({ ...expected, name: text })
  })

  it('answers nulls for no plan text and no payer', () => {
    expect(normalizePlan(undefined)).toEqual({ type: null, market: null, metalTier: null, hsa: false, name: null })
    expect(normalizePlan('  ')).toMatchObject({ name: null })
  })
})
