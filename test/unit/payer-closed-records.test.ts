// A closed plan (defunct or merged) the visitor did not name must not take the place of the live
// plan they did name: "Oscar Health" typed in a state Oscar does not serve is Oscar Health, said
// to be out of state, never the defunct Cigna + Oscar, which matches only part of the words.
import { describe, expect, it } from 'vitest'
import { PAYERS_BY_ID } from '../../worker/data/payers'
import { PAYER_MATCHER } from '../../worker/data/payers/matcher'
import { resolvePayer } from '../../worker/domain/payer/resolve'

const resolve = (text: string, state?: string) => resolvePayer(PAYER_MATCHER, PAYERS_BY_ID, text, state ? { state } : {})

describe('closed records do not push aside a named live payer', () => {
  it('names the live payer, out of state, rather than a closed one that shares a word', () => {
    const oscar = PAYERS_BY_ID.get('oscar')!
    const outside = ['NY', 'WA', 'CO'].find((s) => !oscar.states.includes(s))!
    const r = resolve('Oscar Health', outside)
    expect(r?.id).toBe('oscar')
    expect(r?.inState).toBe(false)
  })

  it('still names the closed record when that is what was typed', () => {
    expect(resolve('cigna oscar', 'TN')?.id).toBe('oscar-cigna')
    expect(resolve('bright health', 'FL')?.status).toBe('defunct')
  })
})
