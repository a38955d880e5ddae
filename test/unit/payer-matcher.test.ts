import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { PAYERS } from '../../worker/data/payers'
import { payer } from '../../worker/data/payers/define'
import { boundedDistance, deletions, maxEdits } from '../../worker/domain/payer/fuzzy'
import { createPayerMatcher } from '../../worker/domain/payer/match'
import { MBI_PATTERN, alphaPrefix, cleanMemberId } from '../../worker/domain/payer/member-id'
import { tokenize } from '../../worker/domain/payer/normalize'
import { STATE_NAMES } from '../../worker/domain/payer/states'

const matcher = createPayerMatcher(PAYERS)
const best = (text: string, state?: string, memberId?: string) =>
  matcher.match({ text, ...(state ? { state } : {}), ...(memberId ? { memberId } : {}) }).best

describe('tokenize', () => {
  it.each([
    ['BCBS of Texas', ['blue', 'cross', 'blue', 'shield', 'texas']],
    ['BC/BS', ['blue', 'cross', 'blue', 'shield']],
    ['bc of texas', ['blue', 'cross', 'texas']],
    ['UHC', ['united', 'health', 'care']],
    ['UnitedHealthcare', ['united', 'health', 'care']],
    ['United Health Care Insurance Company', ['united', 'health', 'care']],
    ['BlueCross BlueShield', ['blue', 'cross', 'blue', 'shield']],
    ['The Empire Plan', ['empire']],
    ['Aetna, Inc.', ['aetna']],
    ['  ', []],
  ])('%j → %j', (text, tokens) => {
    expect(tokenize(text)).toEqual(tokens)
  })
})

describe('boundedDistance (optimal string alignment)', () => {
  it.each([
    ['aetna', 'aetna', 1, 0],
    ['aetana', 'aetna', 1, 1], // insertion
    ['cigan', 'cigna', 1, 1], // transposition
    ['untied', 'united', 1, 1], // transposition
    ['humama', 'humana', 1, 1], // substitution
    ['helthcare', 'healthcare', 2, 1], // deletion
    ['geisenger', 'geisinger', 2, 1],
    ['molina', 'medica', 1, 2], // over the bound: max + 1
    ['abc', 'abcdef', 2, 3], // lengths too far apart
  ])('%s ↔ %s (max %d) = %d', (a, b, max, d) => {
    expect(boundedDistance(a, b, max)).toBe(d)
  })

  it('is symmetric and never exceeds max + 1', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), fc.nat(3), (a, b, max) => {
        const d = boundedDistance(a, b, max)
        expect(d).toBe(boundedDistance(b, a, max))
        expect(d).toBeLessThanOrEqual(max + 1)
        expect(d === 0).toBe(a === b)
      }),
    )
  })

  it.each([
    [3, 0],
    [4, 1],
    [7, 1],
    [8, 2],
  ])('allows %d-letter words %d edits', (length, edits) => {
    expect(maxEdits(length)).toBe(edits)
  })

  it('lists a word with all its deletions', () => {
    expect([...deletions('abc', 1)].sort()).toEqual(['ab', 'abc', 'ac', 'bc'])
  })
})

describe('abbreviations and filler words', () => {
  it.each([
    ['bcbs', 'TX', 'bcbs-texas'],
    ['bc/bs', 'TX', 'bcbs-texas'],
    ['BCBS of Texas Insurance', undefined, 'bcbs-texas'],
    ['blue cross nc', undefined, 'bcbs-north-carolina'],
    ['uhc', undefined, 'unitedhealthcare'],
    ['United Health Care Insurance Company', undefined, 'unitedhealthcare'],
    ['kp', 'CO', 'kaiser-colorado'],
  ])('%j (%s) → %s', (text, state, id) => {
    expect(best(text, state)?.payer.id).toBe(id)
  })
})

describe('typos', () => {
  it.each([
    ['aetana', 'aetna'],
    ['cigan', 'cigna'],
    ['untied healthcare', 'unitedhealthcare'],
    ['united helthcare', 'unitedhealthcare'],
    ['harvard pilgram', 'harvard-pilgrim'],
    ['tenncar', 'medicaid-tn'],
    ['masshelth', 'medicaid-ma'],
  ])('%j → %s, matched fuzzily', (text, id) => {
    const found = best(text)
    expect(found?.payer.id).toBe(id)
    expect(found?.matchedBy).toBe('fuzzy')
    expect(found?.confidence).toBeLessThan(1)
  })
})

describe('state', () => {
  it.each([
    ['blue cross', 'TX', 'bcbs-texas'],
    ['blue cross', 'OH', 'anthem-bcbs'],
    ['blue cross', 'CA', 'anthem-blue-cross-ca'],
    ['blue shield', 'CA', 'blue-shield-ca'],
    ['medicaid', 'CA', 'medicaid-ca'],
    ['medicaid', 'AZ', 'medicaid-az'],
    ['kaiser', 'GA', 'kaiser-georgia'],
    ['kaiser', undefined, 'kaiser-northern-california'],
    ['molina', 'TX', 'molina-healthcare'],
  ])('%j in %s → %s', (text, state, id) => {
    expect(best(text, state)?.payer.id).toBe(id)
  })

  it('lists every Blue plan that serves New York for "blue cross" there, with a hedged confidence', () => {
    const { best: top, alternatives } = matcher.match({ text: 'blue cross', state: 'NY', limit: 8 })
    const ids = [top!, ...alternatives].map((c) => c.payer.id)
    for (const id of ['empire-bcbs', 'excellus-bcbs', 'highmark-bcbs-wny', 'highmark-bs-neny']) {
      expect(ids).toContain(id)
    }
    expect(top!.confidence).toBeLessThan(0.8)
  })

  it('ranks a payer of another state below one of the visitor state', () => {
    const { best: top, alternatives } = matcher.match({ text: 'bcbs', state: 'MA' })
    expect(top?.payer.id).toBe('bcbs-massachusetts')
    expect(alternatives.every((a) => a.confidence <= top!.confidence)).toBe(true)
  })
})

describe('plan names typed as the payer', () => {
  it.each([
    ['CIGNA Open Access Plus', 'cigna'],
    ['humana gold plus', 'humana-medicare'],
    ['Humana Gold Plus HMO', 'humana-medicare'],
    ['unitedhealthcare choice plus', 'unitedhealthcare'],
    ['Aetna PPO', 'aetna'],
    ['Aetna Choice POS II', 'aetna'],
    ['Ambetter Silver 1', 'ambetter'],
  ])('%j → %s', (text, id) => {
    expect(best(text)?.payer.id).toBe(id)
  })
})

describe('member ID signals', () => {
  it.each([
    ['1EG4-TE5-MK73', true],
    ['1EG4TE5MK73', true],
    ['1SG4TE5MK73', false], // S is never used
    ['0EG4TE5MK73', false], // first character 1–9
    ['1EG4TE5MK7', false],
  ])('MBI %s is valid: %s', (id, valid) => {
    expect(MBI_PATTERN.test(cleanMemberId(id))).toBe(valid)
  })

  it.each([
    ['ZGP123456789', 'ZGP'],
    ['zgp 1234 5678', 'ZGP'],
    ['R12345678', null],
    ['AB', null],
  ])('alpha prefix of %s is %s', (id, prefix) => {
    expect(alphaPrefix(id)).toBe(prefix)
  })

  it('an MBI alone means Original Medicare', () => {
    const found = best('', undefined, '1EG4-TE5-MK73')
    expect(found?.payer.id).toBe('medicare')
    expect(found?.matchedBy).toBe('member_id_prefix')
  })

  it('"R" + 8 digits alone means the Federal Employee Program', () => {
    expect(best('', undefined, 'R12345678')?.payer.id).toBe('bcbs-fep')
  })

  it('a member ID strengthens a vague text', () => {
    expect(best('blue cross', undefined, 'R12345678')?.payer.id).toBe('bcbs-fep')
  })

  it('a clear text wins over a member ID pointing elsewhere', () => {
    expect(best('aetna', undefined, 'R12345678')?.payer.id).toBe('aetna')
  })

  it('a BlueCard prefix identifies the home plan', () => {
    const directory = [
      payer({ id: 'blue-a', name: 'Blue A', kind: 'commercial', family: 'bcbs', states: ['TX'], memberIdPrefixes: ['ZZA'], source: 'https://example.org/', aliases: [] }),
      payer({ id: 'blue-b', name: 'Blue B', kind: 'commercial', family: 'bcbs', states: ['TX'], memberIdPrefixes: ['ZZB'], source: 'https://example.org/', aliases: [] }),
    ]
    const small = createPayerMatcher(directory)
    expect(small.match({ text: '', memberId: 'ZZB123456789' }).best?.payer.id).toBe('blue-b')
    expect(small.match({ text: 'blue', memberId: 'ZZA123456789' }).best?.payer.id).toBe('blue-a')
  })
})

describe('ids', () => {
  it.each([
    ['bcbs-texas', 'bcbs-texas'],
    ['60054', 'aetna'],
    ['87726', 'unitedhealthcare'],
  ])('%s → %s by id', (text, id) => {
    const found = best(text)
    expect(found?.payer.id).toBe(id)
    expect(found?.matchedBy).toBe('id')
  })
})

describe('nothing useful → no match', () => {
  it.each(['', '   ', 'asdfgh', 'xyz', 'qwertyuiop', 'insurance', 'health insurance company', '12345', '!!!', 'zzzz zzzz', 'n/a', 'none', 'self pay', 'no insurance', 'i dont know'])(
    '%j → best null',
    (text) => {
      expect(best(text)).toBeNull()
    },
  )

  it('never throws and keeps confidences in [0, 1], best first', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.constantFrom(undefined, 'TX', 'NY', 'CA'), (text, state) => {
        const { best: top, alternatives } = matcher.match({ text, ...(state ? { state } : {}) })
        for (const c of [top, ...alternatives]) {
          if (c) expect(c.confidence).toBeGreaterThanOrEqual(0)
          if (c) expect(c.confidence).toBeLessThanOrEqual(1)
        }
        if (top) expect(alternatives.every((a) => a.confidence <= top.confidence)).toBe(true)
      }),
    )
  })

  it('honours limit', () => {
    expect(matcher.match({ text: 'blue cross', limit: 3 }).alternatives.length).toBeLessThanOrEqual(2)
  })
})

describe('every state', () => {
  const codes = Object.keys(STATE_NAMES)

  it.each(codes)('"medicaid" in %s is that state\'s program, and so is "<state name> medicaid"', (code) => {
    const id = `medicaid-${code.toLowerCase()}`
    expect(best('medicaid', code)?.payer.id).toBe(id)
    expect(best(`${STATE_NAMES[code]} medicaid`)?.payer.id).toBe(id)
    expect(best(`medicaid of ${STATE_NAMES[code]}`)?.payer.id).toBe(id)
  })

  it.each(codes)('"bcbs", "blue cross", "blue shield" in %s are a Blue company serving it', (code) => {
    for (const text of ['bcbs', 'blue cross', 'blue cross blue shield', 'blue shield', `bcbs of ${STATE_NAMES[code]}`]) {
      const found = best(text, code)?.payer
      expect(found?.kind, text).toBe('commercial')
      expect(found?.states, text).toContain(code)
      expect(['bcbs', 'elevance'], text).toContain(found?.family)
    }
  })
})

describe('glued words, other names and named states', () => {
  it.each([
    ['healthnet', 'health-net'],
    ['unitedhelthcare', 'unitedhealthcare'],
    ['bluecrossblueshield of texas', 'bcbs-texas'],
    ['ghi emblem', 'emblemhealth'],
    ['cigna evernorth', 'evernorth-behavioral-health'],
    ['bcbs of missouri', 'anthem-bcbs'],
    ['caresource ga', 'caresource'],
    ['kaiser permanente georgia', 'kaiser-georgia'],
  ])('%j → %s', (text, id) => {
    expect(best(text)?.payer.id).toBe(id)
  })

  it('reads a single named state as the visitor state: "bcbs of virginia" is not West Virginia\'s', () => {
    expect(['anthem-bcbs', 'carefirst-bcbs']).toContain(best('bcbs of virginia')?.payer.id)
  })
})
