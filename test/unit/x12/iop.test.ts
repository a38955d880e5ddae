import { describe, expect, it } from 'vitest'
import { iopToBenefits } from '../../../worker/domain/x12/iop'
import type { IopFigures } from '../../../worker/domain/x12/types'

const figures = (over: Partial<IopFigures>): IopFigures => ({
  deductible: { total: null, remaining: null },
  outOfPocketMax: { total: null, remaining: null },
  coinsurance: null,
  copay: null,
  priorAuthorization: 'unknown',
  ...over,
})

describe('iopToBenefits', () => {
  it.each([
    [
      'all figures: met = total − remaining',
      figures({
        deductible: { total: 150000, remaining: 100000 },
        outOfPocketMax: { total: 600000, remaining: 550000 },
        coinsurance: 0.2,
        copay: 5000,
      }),
      { deductible: { total: 150000, met: 50000 }, outOfPocketMax: { total: 600000, met: 50000 }, coinsurance: 0.2, copay: 5000 },
    ],
    ['nothing known: empty, so the rules fill it', figures({}), {}],
    ['total without remaining: met unknown', figures({ deductible: { total: 300000, remaining: null } }), { deductible: { total: 300000 } }],
    // What is left is all the estimate needs (Medicare HETS states only the remaining Part B deductible).
    ['remaining without total: what is left stands as the total', figures({ deductible: { total: null, remaining: 5000 } }), { deductible: { total: 5000, met: 0 } }],
    ['Medicare Part B deductible met: $0 remaining', figures({ deductible: { total: null, remaining: 0 } }), { deductible: { total: 0, met: 0 } }],
    ['remaining above total: met is 0', figures({ deductible: { total: 1000, remaining: 2000 } }), { deductible: { total: 1000, met: 0 } }],
    ['zero copay is kept', figures({ copay: 0, coinsurance: 0 }), { copay: 0, coinsurance: 0 }],
  ])('%s', (_name, f, expected) => {
    expect(iopToBenefits(f)).toEqual(expected)
  })
})
