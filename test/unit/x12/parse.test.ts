import { describe, expect, it } from 'vitest'
import { parseX12 } from '../../../worker/domain/x12/parse'
import { read271 } from '../../../worker/domain/x12/read-271'

const isa = (el: string, rep: string, comp: string, version = '00501') =>
  ['ISA', '00', ' '.repeat(10), '00', ' '.repeat(10), 'ZZ', 'SENDER         ', 'ZZ', 'RECEIVER       ',
    '261122', '1200', rep, version, '000000001', '0', 'P', comp].join(el)

/** A minimal active 271 written with the given delimiters. */
function doc(el: string, rep: string, comp: string, term: string, between = '') {
  const segs = [
    isa(el, rep, comp),
    ['GS', 'HB', 'S', 'R', '20261122', '1200', '1', 'X', '005010X279A1'],
    ['ST', '271', '0001', '005010X279A1'],
    ['HL', '1', '', '20', '1'],
    ['NM1', 'PR', '2', 'ACME HEALTH', '', '', '', '', 'PI', '99999'],
    ['HL', '2', '1', '21', '1'],
    ['HL', '3', '2', '22', '0'],
    ['NM1', 'IL', '1', 'DOE', 'JOHN', '', '', '', 'MI', 'ABC123'],
    ['EB', '1', '', `30${rep}MH${rep}AI`, '', 'GOLD'],
    ['EB', 'A', 'IND', 'AI', '', '', '27', '', '.3', '', '', '', 'Y'],
    ['SE', '7', '0001'],
    ['GE', '1', '1'],
    ['IEA', '1', '000000001'],
  ].map((s) => (typeof s === 'string' ? s : s.join(el)))
  return segs.join(term + between) + term
}

describe('parseX12 reads delimiters from the ISA header', () => {
  it.each([
    ['* ^ : ~', '*', '^', ':', '~', ''],
    ['* ^ : ~ with LF', '*', '^', ':', '~', '\n'],
    ['* ^ : ~ with CRLF', '*', '^', ':', '~', '\r\n'],
    ['| ^ > LF terminator', '|', '^', '>', '\n', ''],
    ['| { > CRLF terminator', '|', '{', '>', '\r\n', ''],
    ["+ { : ' terminator", '+', '{', ':', "'", '\n'],
    ['! } \\ ` terminator', '!', '}', '\\', '`', ''],
  ])('%s', (_name, el, rep, comp, term, between) => {
    const text = doc(el, rep, comp, term, between)
    const parsed = parseX12(text)
    if (!parsed.ok) throw new Error(parsed.error.message)
    const [ix] = parsed.value
    expect(ix!.delimiters).toEqual({ element: el, repetition: rep, component: comp, segment: term === '\r\n' ? '\n' : term })
    expect(ix!.groups[0]!.transactions[0]!.segments.map((s) => s.id)).toEqual([
      'ST', 'HL', 'NM1', 'HL', 'HL', 'NM1', 'EB', 'EB', 'SE',
    ])
    const reading = read271(text)
    if (!reading.ok) throw new Error(reading.error.message)
    const [entry] = reading.value.transactions
    expect(entry!.benefits[0]!.serviceTypes.map((s) => s.code)).toEqual(['30', 'MH', 'AI'])
    expect(entry!.iop.inNetwork.coinsurance).toBe(0.3)
    expect(entry!.iop.outOfNetwork.coinsurance).toBeNull()
  })

  it('has no repetition separator in 004010 (ISA11 is U)', () => {
    const text = isa('*', 'U', ':', '00401') + '~GS*HB*S*R*20261122*1200*1*X*004010X092A1~ST*271*0001~SE*2*0001~GE*1*1~IEA*1*000000001~'
    const parsed = parseX12(text)
    if (!parsed.ok) throw new Error(parsed.error.message)
    expect(parsed.value[0]!.delimiters.repetition).toBeNull()
    expect(parsed.value[0]!.groups[0]!.transactions[0]!.version).toBe('004010X092A1')
  })
})

describe('parseX12 refuses what it cannot read, naming the segment', () => {
  it.each([
    ['empty text', '', 'empty'],
    ['whitespace only', ' \n\t ', 'empty'],
    ['not X12', 'hello, this is not a 271', 'bad_isa'],
    ['JSON', '{"x12": "ISA*00"}', 'bad_isa'],
    ['truncated ISA', 'ISA*00*          *00*', 'bad_isa'],
    ['letter as element separator', 'ISAX00X', 'bad_isa'],
    ['bad version', isa('*', '^', ':', '5010X') + '~', 'bad_isa'],
    ['garbage after IEA', doc('*', '^', ':', '~') + 'garbage', 'bad_isa'],
  ])('%s → %s', (_name, text, reason) => {
    const parsed = parseX12(text)
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) {
      expect(parsed.error.reason).toBe(reason)
      expect(parsed.error.message.length).toBeGreaterThan(10)
    }
  })

  it('a bad segment identifier names its position', () => {
    const text = isa('*', '^', ':') + '~GS*HB*S*R*20261122*1200*1*X*005010X279A1~st lowercase*1~'
    const parsed = parseX12(text)
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.error).toMatchObject({ reason: 'bad_segment', segment: 3 })
  })
})

describe('read271 reports unreadable elements by segment and element', () => {
  const base = doc('*', '^', ':', '~', '\n')
  it.each([
    ['EB*A*IND*AI***27**.3****Y', 'EB*B*IND*AI***27*12x', "segment 10 (EB): EB07 '12x' is not an amount"],
    ['EB*A*IND*AI***27**.3****Y', 'EB*A*IND*AI***27**150', "segment 10 (EB): EB08 '150' is not a percentage"],
    ['EB*A*IND*AI***27**.3****Y', 'EB*A*IND*AI***27**-.1', "segment 10 (EB): EB08 '-.1' is not a percentage"],
    ['EB*A*IND*AI***27**.3****Y', 'EB*F*IND*AI***27***VS*ten', "segment 10 (EB): EB10 'ten' is not a quantity"],
    ['EB*A*IND*AI***27**.3****Y', 'EB**IND*AI', 'segment 10 (EB): EB01 is missing'],
    ['EB*A*IND*AI***27**.3****Y', 'AAA*N**', 'segment 10 (AAA): AAA03 is missing (the reject reason)'],
  ])('%s → %s', (from, to, message) => {
    const reading = read271(base.replace(from, to))
    expect(reading.ok).toBe(false)
    if (!reading.ok) expect(reading.error.message).toBe(message)
  })

  it('never quotes a long value (it could be a name or an ID)', () => {
    const reading = read271(base.replace('EB*A*IND*AI***27**.3****Y', 'EB*B*IND*AI***27*JOHNDOE19850214'))
    expect(reading.ok).toBe(false)
    if (!reading.ok) expect(reading.error.message).not.toContain('JOHNDOE')
  })

  it('a document with no 271 is refused', () => {
    const reading = read271(isa('*', '^', ':') + '~GS*HS*S*R*20261122*1200*1*X*005010X279A1~ST*270*0001*005010X279A1~SE*2*0001~GE*1*1~IEA*1*000000001~')
    expect(reading.ok).toBe(false)
    if (!reading.ok) expect(reading.error.reason).toBe('bad_structure')
  })
})
