// `answer.member.figures` (v0.2.1, optional): the member's own figures from the 271 for the
// network side priced, so the widget's "your benefits" view shows them from the one answer
// instead of recomposing them. Expected values are the 271 figures given below, by hand.
import { describe, expect, it } from 'vitest'
import { PAYERS_BY_ID } from '../../worker/data/payers'
import { PAYER_MATCHER } from '../../worker/data/payers/matcher'
import { PROFILES, RULES } from '../../worker/data/rules'
import { composeAnswer } from '../../worker/domain/answer/compose'
import { resolvePayer } from '../../worker/domain/payer/resolve'
import type { EligibilityEntry } from '../../worker/domain/x12/types'
import { entry, figures } from '../support/entries'

const compose = (e: EligibilityEntry, network?: 'in' | 'out') =>
  composeAnswer(
    { payer: resolvePayer(PAYER_MATCHER, PAYERS_BY_ID, { id: 'aetna' })!, state: 'TX', eligibility: { entry: e }, ...(network ? { network } : {}) },
    { rules: RULES, profiles: PROFILES, directory: PAYERS_BY_ID },
  )

const IN = { deductible: { total: 150000, remaining: 100000 }, outOfPocketMax: { total: 600000, remaining: null }, coinsurance: 0.2, copay: 2500 }

describe('answer.member.figures', () => {
  it('an active member: the in-network figures as the 271 gives them (total and left)', () => {
    expect(compose(entry({}, IN)).member?.figures).toEqual({
      network: 'in',
      deductible: { total: 150000, remaining: 100000 },
      outOfPocketMax: { total: 600000, remaining: null },
      coinsurance: 0.2,
      copay: 2500,
    })
  })

  it('out of network when that side is priced', () => {
    const a = compose(entry({}, IN, { deductible: { total: 300000, remaining: 300000 }, coinsurance: 0.4 }), 'out')
    expect(a.member?.figures).toEqual({ network: 'out', deductible: { total: 300000, remaining: 300000 }, outOfPocketMax: null, coinsurance: 0.4, copay: null })
  })

  it('a carve-out whose 271 gives only the plan’s general (30) figures: none (never the medical deductible)', () => {
    const a = compose(entry({ carveOut: { name: 'OPTUM', phone: '8005551234' } }, { ...IN, from: { deductible: '30', outOfPocketMax: '30', coinsurance: '30', copay: '30' } }))
    expect(a.member).not.toHaveProperty('figures')
    expect(a.noEstimate).toBe('manager_holds_benefits')
  })

  it.each(['inactive', 'rejected'] as const)('a member the payer calls %s: none (that plan prices nothing)', (status) => {
    expect(compose(entry({ status }, IN)).member).not.toHaveProperty('figures')
  })
})
