import { describe, expect, it } from 'vitest'
import { looksLikePhi, memoizePayerMatcher } from '../../worker/domain/payer/memo'
import type { PayerMatcher } from '../../worker/domain/payer/match'
import type { PayerMatch, PayerQuery } from '../../worker/domain/payer/types'
import { PAYERS } from '../../worker/data/payers'

/** A matcher that counts its calls and answers a fresh object each time. */
function counting(): PayerMatcher & { calls: PayerQuery[] } {
  const calls: PayerQuery[] = []
  return {
    calls,
    match(query): PayerMatch {
      calls.push(query)
      return { best: { payer: PAYERS[calls.length % PAYERS.length]!, score: 1, confidence: 1, matchedBy: 'alias' } as never, alternatives: [] }
    },
  }
}

describe('memoizePayerMatcher', () => {
  it('answers a repeated query from the memo, with the same answer', () => {
    const inner = counting()
    const m = memoizePayerMatcher(inner)
    const first = m.match({ text: 'bcbs', state: 'TX' })
    expect(m.match({ text: 'bcbs', state: 'TX' })).toBe(first)
    expect(inner.calls).toHaveLength(1)
  })

  it('keys on every field: text, state and limit', () => {
    const inner = counting()
    const m = memoizePayerMatcher(inner)
    m.match({ text: 'bcbs', state: 'TX' })
    m.match({ text: 'bcbs', state: 'CA' })
    m.match({ text: 'bcbs' })
    m.match({ text: 'bcbs', state: 'TX', limit: 3 })
    m.match({ text: 'BCBS', state: 'TX' })
    // A state glued to the text must not collide with a text and a state.
    m.match({ text: 'TX\u0000bcbs' })
    expect(inner.calls).toHaveLength(6)
    expect(m.size()).toBe(6)
  })

  it('never remembers a query with a member ID', () => {
    const inner = counting()
    const m = memoizePayerMatcher(inner)
    m.match({ text: 'bcbs', state: 'TX', memberId: 'ZGP123456789' })
    m.match({ text: 'bcbs', state: 'TX', memberId: 'ZGP123456789' })
    expect(inner.calls).toHaveLength(2)
    expect(m.size()).toBe(0)
  })

  it('stays within its bound and drops the least recently used query first', () => {
    const inner = counting()
    const m = memoizePayerMatcher(inner, 3)
    m.match({ text: 'a' })
    m.match({ text: 'b' })
    m.match({ text: 'c' })
    m.match({ text: 'a' }) // used again: now the newest
    m.match({ text: 'd' }) // evicts b
    expect(m.size()).toBe(3)
    expect(inner.calls).toHaveLength(4)
    m.match({ text: 'a' })
    m.match({ text: 'c' })
    expect(inner.calls).toHaveLength(4)
    m.match({ text: 'b' })
    expect(inner.calls).toHaveLength(5)
    for (let i = 0; i < 1_000; i++) m.match({ text: `made up ${i}` })
    expect(m.size()).toBe(3)
  })

  it('hands out frozen answers, so no caller can change what the next one gets', () => {
    const m = memoizePayerMatcher(counting())
    const answer = m.match({ text: 'aetna' })
    expect(Object.isFrozen(answer)).toBe(true)
    expect(Object.isFrozen(answer.alternatives)).toBe(true)
    expect(Object.isFrozen(answer.best)).toBe(true)
    expect(() => answer.alternatives.push(answer.best!)).toThrow()
  })

  it('never remembers payer text that looks like a member ID or a date of birth', () => {
    const inner = counting()
    const m = memoizePayerMatcher(inner)
    m.match({ text: 'aetna W123456789' })
    m.match({ text: 'aetna W123456789' })
    m.match({ text: 'cigna 04/12/1980' })
    m.match({ text: 'cigna 04/12/1980' })
    expect(inner.calls).toHaveLength(4)
    expect(m.size()).toBe(0)
  })
})

describe('looksLikePhi', () => {
  it.each([
    ['W123456789', true], // 9 digits in a row
    ['12345', true], // 5 digits: the shortest run refused
    ['1980-04-12', true],
    ['4/12/80', true],
    ['12.04.1980', true],
    ['1199SEIU', false], // 4 digits: a payer's name
    ['Local 32BJ', false],
    ['blue cross tx', false],
    ['ID 1234', false],
  ])('%s → %s', (text, expected) => {
    expect(looksLikePhi(text)).toBe(expected)
  })
})
