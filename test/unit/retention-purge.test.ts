import { describe, expect, it } from 'vitest'
import { isPurgeDue, purgeAfter } from '../../worker/domain/retention/purge'

describe('purgeAfter', () => {
  it.each([
    ['2026-11-23T10:00:00.000Z', 30, '2026-12-23T10:00:00.000Z'],
    ['2026-11-23T10:00:00.000Z', 1, '2026-11-24T10:00:00.000Z'],
    ['2026-02-15T00:00:00.000Z', 14, '2026-03-01T00:00:00.000Z'],
    ['2028-02-15T00:00:00.000Z', 14, '2028-02-29T00:00:00.000Z'],
  ])('created %s with %i days of retention → %s', (created, days, expected) => {
    expect(purgeAfter(new Date(created), days).toISOString()).toBe(expected)
  })

  it.each([[0], [-3], [2.5], [3651]])('refuses a retention of %s days', (days) => {
    expect(() => purgeAfter(new Date('2026-11-23T00:00:00Z'), days)).toThrow(RangeError)
  })
})

describe('isPurgeDue with an injected clock', () => {
  const record = { purgeAfter: new Date('2026-12-23T10:00:00.000Z'), purgedAt: null }

  it.each([
    ['2026-12-23T09:59:59.999Z', false],
    ['2026-12-23T10:00:00.000Z', true],
    ['2027-01-01T00:00:00.000Z', true],
  ])('at %s → %s', (now, due) => {
    expect(isPurgeDue(record, new Date(now))).toBe(due)
  })

  it('never purges a record twice', () => {
    const purged = { ...record, purgedAt: new Date('2026-12-23T10:01:00.000Z') }
    expect(isPurgeDue(purged, new Date('2027-06-01T00:00:00.000Z'))).toBe(false)
  })
})
