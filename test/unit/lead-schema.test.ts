import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { LeadRequest, UsPhone } from '../../worker/http/schemas/leads'
import { DateOfBirth } from '../../worker/http/schemas/vobs'

describe('UsPhone', () => {
  it.each([
    ['(512) 555-0187', '+15125550187'],
    ['512-555-0187', '+15125550187'],
    ['512.555.0187', '+15125550187'],
    ['+1 512 555 0187', '+15125550187'],
    ['15125550187', '+15125550187'],
  ])('%s → %s', (input, expected) => {
    expect(UsPhone.parse(input)).toBe(expected)
  })

  it.each([['555-0187'], ['(012) 555-0187'], ['(512) 155-0187'], ['+44 20 7946 0958'], ['512-555-01877'], ['call me']])(
    'refuses %s',
    (input) => {
      expect(UsPhone.safeParse(input).success).toBe(false)
    },
  )
})

describe('DateOfBirth', () => {
  it.each([['1987-04-19', true], ['2000-02-29', true], ['1900-01-01', true], ['1987-02-30', false], ['2001-02-29', false], ['1899-12-31', false], ['87-04-19', false], ['2999-01-01', false]])(
    '%s valid: %s',
    (input, ok) => {
      expect(DateOfBirth.safeParse(input).success).toBe(ok)
    },
  )
})

describe('LeadRequest', () => {
  const valid = { consent: true, consentTextVersion: '2026-11-01', name: 'Jane Roe', email: 'jane@example.org' }

  it('accepts the minimal valid lead', () => {
    expect(LeadRequest.safeParse(valid).success).toBe(true)
  })

  it('never throws and always names the bad fields, whatever JSON it is given', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (body) => {
        const result = LeadRequest.safeParse(body)
        if (!result.success) expect(result.error.issues.length).toBeGreaterThan(0)
      }),
      { numRuns: 1000 },
    )
  })

  it('accepts nothing without consent: true, whatever else the body holds', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.jsonValue(), (extra, consent) => {
        fc.pre(consent !== true)
        expect(LeadRequest.safeParse({ ...valid, ...extra, consent }).success).toBe(false)
      }),
      { numRuns: 500 },
    )
  })
})
