// Issue 13, finding 9: payer free text echoed raw. Expected values written by hand.
import { describe, expect, it } from 'vitest'
import { stripControlChars, withoutControlChars } from '../../worker/domain/text/control-chars'

describe('control characters in payer text', () => {
  it.each([
    ['\u001b[31mCALL NOW\u001b[0m', '[31mCALL NOW[0m'],
    ['PLAN\u0000 A\u0007', 'PLAN A'],
    ['GOLD \u202EDLOG\u202C PPO', 'GOLD DLOG PPO'],
    ['LINE\u2028TWO\r\n', 'LINETWO'],
    ['\u0085NEXT', 'NEXT'],
    ['ÄETNA – PPO ✓', 'ÄETNA – PPO ✓'],
  ])('%j → %j', (input, expected) => {
    expect(stripControlChars(input)).toBe(expected)
  })

  it('reaches strings at any depth and leaves other values alone', () => {
    expect(withoutControlChars({ a: ['x\u001b', { b: 'y\u0000' }], n: 3, z: null, t: true })).toEqual({ a: ['x', { b: 'y' }], n: 3, z: null, t: true })
  })
})
