import { describe, expect, it } from 'vitest'
import { toCents, toDecimal } from '../../../worker/domain/x12/amount'

describe('toCents', () => {
  it.each([
    ['1500', 150000],
    ['1500.5', 150050],
    ['1500.50', 150050],
    ['.2', 20],
    ['0', 0],
    ['25.75', 2575],
    ['4999.99', 499999],
    ['1.005', 101],
    ['1.004', 100],
    ['-12.5', -1250],
    ['7.', 700],
  ])('%s → %d cents', (text, cents) => {
    expect(toCents(text)).toBe(cents)
  })

  it.each([['12x'], [''], ['.'], ['1,500'], ['1e3'], ['$5'], ['1.2.3']])('%j is not an amount', (text) => {
    expect(toCents(text)).toBeNull()
  })
})

describe('toDecimal', () => {
  it.each([
    ['.2', 0.2],
    ['0.15', 0.15],
    ['1', 1],
    ['12', 12],
  ])('%s → %d', (text, n) => {
    expect(toDecimal(text)).toBe(n)
  })

  it.each([['abc'], ['.'], ['']])('%j is not a number', (text) => {
    expect(toDecimal(text)).toBeNull()
  })
})
