import { describe, expect, it } from 'vitest'
import { AAA03, AAA04 } from '../../../worker/domain/x12/codes'
import { adviseOnRejections } from '../../../worker/domain/x12/rejections'

const rej = (code: string, followUp = 'C') => ({ code, meaning: AAA03[code] ?? null, followUp: { code: followUp, meaning: AAA04[followUp] ?? null } })

describe('adviseOnRejections', () => {
  it.each([
    ['72', ['memberId']],
    ['73', ['firstName', 'lastName']],
    ['58', ['dateOfBirth']],
    ['71', ['dateOfBirth']],
    ['75', ['payer', 'memberId']],
  ])('AAA %s → correct %j', (code, fields) => {
    expect(adviseOnRejections([rej(code)])).toMatchObject({ kind: 'correct', fields })
  })

  it.each([['42'], ['80']])('AAA %s → try again later, whatever else is there', (code) => {
    expect(adviseOnRejections([rej('72'), rej(code, 'R')])).toMatchObject({ kind: 'retry_later' })
  })

  it('an unlisted code still says what the payer said', () => {
    const advice = adviseOnRejections([rej('43', 'C')])
    expect(advice).toEqual({
      kind: 'correct',
      fields: [],
      message: 'The payer rejected the inquiry (AAA 43: Invalid/Missing Provider Identification); please correct and resubmit.',
    })
  })

  it('no rejections, no advice', () => {
    expect(adviseOnRejections([])).toBeNull()
  })
})
