import { describe, expect, it } from 'vitest'
import { normalizeName } from '../../worker/domain/payer/normalize'

describe('normalizeName', () => {
  it.each([
    ['UnitedHealthcare', 'unitedhealthcare'],
    ['  Blue Cross & Blue Shield  of Texas ', 'blue cross and blue shield of texas'],
    ['L.A. Care', 'l a care'],
    ['Médi-Cal', 'medi cal'],
    ['', ''],
    ['!!!', ''],
  ])('normalizes %j to %j', (input, expected) => {
    expect(normalizeName(input)).toBe(expected)
  })
})
