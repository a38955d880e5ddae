// The SOAP envelope's XML helpers round-trip any text, and PayloadIDs are always UUIDs.
// fast-check with a pinned seed (printed), so a failure replays exactly.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { payloadIdOf } from '../../worker/adapters/clearinghouse/caqh-core-soap'
import { cdata, elementText, escapeXml } from '../../worker/adapters/clearinghouse/xml'

const SEED = 18_2026
console.log(`clearinghouse-xml property seed: ${SEED}`)
const run = { seed: SEED, numRuns: 400 }
// Text as X12 and credentials contain it, plus XML's own special characters. XML 1.0 cannot carry
// most control characters at all, so they are not generated.
const text = fc.string({ unit: fc.constantFrom(...'abcXYZ019*~^:|&<>"\' ]]>\n\té'.split('')), maxLength: 80 })

describe('XML helpers', () => {
  it('escapeXml then elementText gives the text back', () => {
    fc.assert(fc.property(text, (s) => elementText(`<x:Username>${escapeXml(s)}</x:Username>`, 'Username') === s), run)
  })

  it('cdata then elementText gives the text back, even with "]]>" inside', () => {
    fc.assert(fc.property(text, (s) => elementText(`<Payload>${cdata(s)}</Payload>`, 'Payload') === s), run)
  })

  it('payloadIdOf is a version-4-shaped UUID for any key, and the same for the same key', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (k) => {
        const id = payloadIdOf(k)
        expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
        expect(payloadIdOf(k)).toBe(id)
      }),
      run,
    )
  })
})
