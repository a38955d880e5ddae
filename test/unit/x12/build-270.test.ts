import { describe, expect, it } from 'vitest'
import { build270, type Inquiry270 } from '../../../worker/domain/x12/build-270'
import { parseX12 } from '../../../worker/domain/x12/parse'

const inquiry: Inquiry270 = {
  provider: { npi: '1234567893', name: 'Sunrise Recovery Center' },
  payer: { id: '60054', name: 'Aetna' },
  subscriber: { memberId: 'W123456789', firstName: 'José', lastName: "O'Brien*~^:", dateOfBirth: '1985-02-14' },
  program: 'substance_use',
  serviceDate: '2026-11-23',
  now: new Date('2026-11-23T09:05:00Z'),
  controlNumber: 42,
  reference: 'ref-1',
}

describe('build270', () => {
  const text = build270(inquiry)
  const parsed = parseX12(text)
  if (!parsed.ok) throw new Error(parsed.error.message)
  const [ix] = parsed.value
  const tx = ix!.groups[0]!.transactions[0]!
  const seg = (id: string) => tx.segments.filter((s) => s.id === id).map((s) => s.elements)

  it('reads back with our own reader: delimiters, envelope and control numbers', () => {
    expect(parsed.value).toHaveLength(1)
    expect(ix!.delimiters).toEqual({ element: '*', repetition: '^', component: ':', segment: '~' })
    expect(ix!.version).toBe('00501')
    expect(ix!.control).toBe('000000042')
    expect(ix!.groups[0]!.functionalId).toBe('HS')
    expect(ix!.groups[0]!.version).toBe('005010X279A1')
    expect(tx.type).toBe('270')
    expect(text.startsWith('ISA*00*          *00*          *ZZ*IOPCHECKER     *ZZ*CLEARINGHOUSE  *261123*0905*^*00501*000000042*0*P*:~')).toBe(true)
    expect(text.endsWith('GE*1*42~IEA*1*000000042~')).toBe(true)
  })

  it('ISA is the fixed 106 characters', () => {
    expect(text.indexOf('~')).toBe(105)
  })

  it('SE01 counts the segments from ST to SE', () => {
    const se = seg('SE')[0]!
    expect(Number(se[1])).toBe(tx.segments.length)
    expect(se[2]).toBe(tx.control)
  })

  it('carries the provider, payer and subscriber in the X279A1 loops', () => {
    expect(seg('HL')).toEqual([
      ['HL', '1', '', '20', '1'],
      ['HL', '2', '1', '21', '1'],
      ['HL', '3', '2', '22', '0'],
    ])
    expect(seg('NM1')).toEqual([
      ['NM1', 'PR', '2', 'AETNA', '', '', '', '', 'PI', '60054'],
      ['NM1', '1P', '2', 'SUNRISE RECOVERY CENTER', '', '', '', '', 'XX', '1234567893'],
      // Delimiters in a name are replaced, accents folded: the document stays readable.
      ['NM1', 'IL', '1', "O'BRIEN", 'JOSE', '', '', '', 'MI', 'W123456789'],
    ])
    expect(seg('DMG')).toEqual([['DMG', 'D8', '19850214']])
    expect(seg('DTP')).toEqual([['DTP', '291', 'D8', '20261123']])
    expect(seg('BHT')).toEqual([['BHT', '0022', '13', 'REF-1', '20261123', '0905']])
    expect(seg('TRN')[0]!.slice(0, 3)).toEqual(['TRN', '1', 'REF-1'])
  })

  it.each([
    ['substance_use', ['30', 'MH', 'AI', 'CJ']],
    ['mental_health', ['30', 'MH', 'CH', 'A8']],
  ] as const)('asks the IOP service types for %s', (program, stcs) => {
    const p = parseX12(build270({ ...inquiry, program }))
    if (!p.ok) throw new Error(p.error.message)
    const eq = p.value[0]!.groups[0]!.transactions[0]!.segments.filter((s) => s.id === 'EQ').map((s) => s.elements[1])
    expect(eq).toEqual(stcs)
  })
})
