// Issue 13 item 4: reading is linear in the document, and bounded. The reader's own work meter
// (segments visited + HL parent steps) is compared between 2,000 and 16,000 chained HL loops:
// linear work is ×8 for 8× the loops (the 0.1 reader walked every chain to its top: ×64).
// Op counts, not time, so the test cannot flake on a busy machine.
import { describe, expect, it } from 'vitest'
import {
  MAX_BENEFIT_LINES_PER_DOCUMENT,
  MAX_ENTRIES_PER_DOCUMENT,
  read271,
  type ReadMeter,
} from '../../../worker/domain/x12/read-271'

const ISA = 'ISA*00*          *00*          *ZZ*S              *ZZ*R              *261122*1200*^*00501*000000001*0*P*:~GS*HB*S*R*20261122*1200*1*X*005010X279A1~'
const doc = (segs: string[]) => ISA + ['ST*271*0001*005010X279A1', ...segs, `SE*${segs.length + 2}*0001`].join('~') + '~GE*1*1~IEA*1*000000001~'
const HEAD = ['HL*1**20*1', 'NM1*PR*2*ACME HEALTH*****PI*12345', 'HL*2*1*21*1', 'NM1*1P*2*CLINIC*****XX*1234567893']

/** `n` member loops, each one's HL02 pointing at the loop before it (a chain, as in the attack). */
function chained(n: number, level: '22' | '23'): string {
  const segs = [...HEAD]
  for (let i = 0; i < n; i++) segs.push(`HL*${i + 3}*${i + 2}*${level}*1`, 'NM1*IL*1*A*B', 'EB*1**30')
  return doc(segs)
}

const lifted = { maxEntries: 1_000_000, maxBenefitLines: 1_000_000 }

function work(text: string): number {
  const meter: ReadMeter = { steps: 0 }
  const r = read271(text, 'substance_use', { limits: lifted, meter })
  if (!r.ok) throw new Error(r.error.message)
  return meter.steps
}

describe('reading scales linearly with chained HL loops', () => {
  it.each([['22'], ['23']] as const)('HL level %s: 16k loops cost 8× the work of 2k (±10 %%)', (level) => {
    const small = work(chained(2_000, level))
    const large = work(chained(16_000, level))
    const ratio = large / small
    console.log(`HL ${level}: ${small} steps for 2k loops, ${large} for 16k: ×${ratio.toFixed(2)}`)
    expect(ratio).toBeGreaterThan(7.2)
    expect(ratio).toBeLessThan(8.8)
  })

  it('every chained loop still reads as its own entry, with the payer found', () => {
    const r = read271(chained(3, '22'))
    if (!r.ok) throw new Error(r.error.message)
    expect(r.value.transactions.map((t) => [t.level, t.status, t.payer.name])).toEqual([
      ['subscriber', 'active', 'ACME HEALTH'],
      ['subscriber', 'active', 'ACME HEALTH'],
      ['subscriber', 'active', 'ACME HEALTH'],
    ])
  })
})

describe('per-document limits', () => {
  it(`more than ${MAX_ENTRIES_PER_DOCUMENT} entries is a too_large error, not a reading`, () => {
    const at = read271(chained(MAX_ENTRIES_PER_DOCUMENT, '22'))
    expect(at.ok).toBe(true)
    const over = read271(chained(MAX_ENTRIES_PER_DOCUMENT + 1, '22'))
    expect(over.ok).toBe(false)
    if (over.ok) return
    expect(over.error).toMatchObject({ reason: 'too_large', limit: 'entries' })
    expect(over.error.message).toBe(
      'The document holds more than 250 subscriber or dependent readings, more than one reading returns: send the 271s one by one.',
    )
  })

  it(`more than ${MAX_BENEFIT_LINES_PER_DOCUMENT} benefit lines is a too_large error naming the segment`, () => {
    const segs = [...HEAD, 'HL*3*2*22*0', 'NM1*IL*1*A*B']
    for (let i = 0; i < MAX_BENEFIT_LINES_PER_DOCUMENT + 1; i++) segs.push('EB*B*IND*30***27*10')
    const over = read271(doc(segs))
    expect(over.ok).toBe(false)
    if (over.ok) return
    // ISA, GS, ST, 4 head segments, HL, NM1, then the 5,001st EB: segment 5 + 4 + 5,001 = 5,010.
    expect(over.error).toMatchObject({ reason: 'too_large', limit: 'benefit_lines', segment: 5_010 })
    expect(read271(doc(segs.slice(0, -1))).ok).toBe(true)
  })
})
