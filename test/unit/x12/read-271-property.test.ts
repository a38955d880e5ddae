// The reader is total: whatever text it is given, it returns a Result and never throws.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { read271 } from '../../../worker/domain/x12/read-271'
import { fixtureCases } from './fixture-cases'

const documents = fixtureCases().map((c) => c.x12)
const X12_CHARS = ['*', '~', '^', ':', '|', '\n', '\r', ' ', 'ISA', 'EB', 'HL', 'AAA', 'LS', 'LE', '.', '0', '9', 'Y', 'N']

const isResult = (r: unknown) => typeof r === 'object' && r !== null && typeof (r as { ok: unknown }).ok === 'boolean'

describe('read271 never throws', () => {
  it('on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        expect(isResult(read271(text))).toBe(true)
      }),
      { numRuns: 500 },
    )
  })

  it('on text that starts like an ISA', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...X12_CHARS), { maxLength: 300 }), (parts) => {
        expect(isResult(read271('ISA*' + parts.join('')))).toBe(true)
      }),
      { numRuns: 500 },
    )
  })

  it('on mutated valid documents (deletions, insertions, replacements, truncation)', () => {
    const mutation = fc.record({
      doc: fc.constantFrom(...documents),
      edits: fc.array(
        fc.record({
          at: fc.nat(),
          del: fc.nat({ max: 8 }),
          ins: fc.oneof(fc.constantFrom(...X12_CHARS), fc.string({ maxLength: 4 })),
        }),
        { minLength: 1, maxLength: 6 },
      ),
      cut: fc.option(fc.nat()),
    })
    fc.assert(
      fc.property(mutation, ({ doc, edits, cut }) => {
        let text = doc
        for (const e of edits) {
          const at = e.at % (text.length + 1)
          text = text.slice(0, at) + e.ins + text.slice(at + e.del)
        }
        if (cut !== null) text = text.slice(0, cut % (text.length + 1))
        const r = read271(text)
        expect(isResult(r)).toBe(true)
        if (!r.ok) expect(typeof r.error.message).toBe('string')
      }),
      { numRuns: 1000 },
    )
  })
})
