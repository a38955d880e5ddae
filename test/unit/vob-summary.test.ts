import { describe, expect, it } from 'vitest'
import { summarizeVob } from '../../worker/domain/vob/summary'

describe('summarizeVob', () => {
  const check = { payer: { id: 'aetna', name: 'Aetna' }, coverage: { status: 'covered' } }
  const x12 = { transactions: [{ status: 'active', payer: { id: '60054', name: 'AETNA' } }] }

  it.each([
    ['stated values win', { payer: { id: 'cigna', name: 'Cigna' }, coverageStatus: 'not_covered', coverageCheck: check }, { payerId: 'cigna', payerName: 'Cigna', program: null, coverageStatus: 'not_covered' }],
    ['from a coverage check', { coverageCheck: check, program: 'substance_use' }, { payerId: 'aetna', payerName: 'Aetna', program: 'substance_use', coverageStatus: 'covered' }],
    ['from a 271 reading', { eligibility: x12 }, { payerId: '60054', payerName: 'AETNA', program: null, coverageStatus: 'active' }],
    ['coverage check before 271', { coverageCheck: check, eligibility: x12 }, { payerId: 'aetna', payerName: 'Aetna', program: null, coverageStatus: 'covered' }],
    ['nothing usable', { coverageCheck: { payer: null, coverage: 'x' }, eligibility: { transactions: 'no' } }, { payerId: null, payerName: null, program: null, coverageStatus: null }],
  ])('%s', (_name, input, expected) => {
    expect(summarizeVob(input as Parameters<typeof summarizeVob>[0])).toEqual(expected)
  })
})
