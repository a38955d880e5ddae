// Loop semantics of the reader, on small hand-written 271s (expected values read off the text).
import { describe, expect, it } from 'vitest'
import { read271 } from '../../../worker/domain/x12/read-271'

const ISA = 'ISA*00*          *00*          *ZZ*S              *ZZ*R              *261122*1200*^*00501*000000001*0*P*:~GS*HB*S*R*20261122*1200*1*X*005010X279A1~'
const doc = (...txs: string[][]) =>
  ISA + txs.map((segs, i) => [`ST*271*000${i + 1}*005010X279A1`, ...segs, `SE*${segs.length + 2}*000${i + 1}`].join('~') + '~').join('') + `GE*${txs.length}*1~IEA*1*000000001~`
const PAYER = ['HL*1**20*1', 'NM1*PR*2*ACME HEALTH*****PI*12345', 'HL*2*1*21*1', 'NM1*1P*2*CLINIC*****XX*1234567893']

const read = (text: string, program: 'substance_use' | 'mental_health' = 'substance_use') => {
  const r = read271(text, program)
  if (!r.ok) throw new Error(r.error.message)
  return r.value.transactions
}

describe('read271 loop semantics', () => {
  it('one entry per subscriber loop with EB or AAA, in document order', () => {
    const t = read(doc([
      ...PAYER,
      'HL*3*2*22*0', 'NM1*IL*1*A*B****MI*111', 'EB*1**30**PLAN A',
      'HL*4*2*22*0', 'NM1*IL*1*C*D****MI*222', 'AAA*N**72*C',
      'HL*5*2*22*0', 'NM1*IL*1*E*F****MI*333',
      'HL*6*2*22*0', 'NM1*IL*1*G*H', 'EB*6**30**PLAN B',
    ]))
    expect(t.map((e) => [e.level, e.status, e.planName, e.rejections.map((r) => r.code), e.memberIdPresent])).toEqual([
      ['subscriber', 'active', 'PLAN A', [], true],
      ['subscriber', 'rejected', null, ['72'], true],
      ['subscriber', 'inactive', 'PLAN B', [], false],
    ])
  })

  it('a dependent loop gets its own entry; a subscriber loop with no EB/AAA gets none', () => {
    const t = read(doc([...PAYER, 'HL*3*2*22*1', 'NM1*IL*1*A*B****MI*111', 'HL*4*3*23*0', 'NM1*03*1*A*C', 'EB*1**30**FAMILY PLAN']))
    expect(t).toHaveLength(1)
    expect(t[0]).toMatchObject({ level: 'dependent', status: 'active', planName: 'FAMILY PLAN', memberIdPresent: true })
  })

  it('AAA at the payer or provider level applies to every entry under it', () => {
    const t = read(doc([
      'HL*1**20*1', 'NM1*PR*2*ACME HEALTH*****PI*12345', 'HL*2*1*21*1', 'NM1*1P*2*CLINIC*****XX*1234567893', 'AAA*N**43*C',
      'HL*3*2*22*0', 'NM1*IL*1*A*B****MI*111',
      'HL*4*2*22*0', 'NM1*IL*1*C*D****MI*222', 'AAA*N**75*C',
    ]))
    expect(t.map((e) => [e.status, e.rejections.map((r) => r.code)])).toEqual([
      ['rejected', ['43']],
      ['rejected', ['43', '75']],
    ])
  })

  it('a payer-level AAA with no member loop still gives one entry', () => {
    const t = read(doc(['HL*1**20*0', 'NM1*PR*2*ACME HEALTH*****PI*12345', 'AAA*Y**42*R']))
    expect(t).toEqual([expect.objectContaining({ level: 'payer', status: 'rejected', payer: { name: 'ACME HEALTH', id: '12345' } })])
    expect(t[0]!.rejections).toEqual([
      { code: '42', meaning: 'Unable to Respond at Current Time', followUp: { code: 'R', meaning: 'Resubmission Allowed' } },
    ])
  })

  it('EB lines with AAA but no coverage status are unknown, not rejected', () => {
    const t = read(doc([...PAYER, 'HL*3*2*22*0', 'NM1*IL*1*A*B****MI*111', 'EB*C*IND*30***23*100', 'AAA*N**33*C']))
    expect(t[0]!.status).toBe('unknown')
  })

  it('broken HL02 parent links still find the payer of the transaction', () => {
    const t = read(doc(['HL*1**20*1', 'NM1*PR*2*ACME HEALTH*****PI*12345', 'HL*3*9*22*0', 'EB*1**30**P']))
    expect(t[0]!.payer).toEqual({ name: 'ACME HEALTH', id: '12345' })
  })

  it('several transactions in one group are read in order', () => {
    const t = read(doc(
      [...PAYER, 'HL*3*2*22*0', 'EB*1**30**ONE'],
      [...PAYER, 'HL*3*2*22*0', 'EB*1**30**TWO'],
    ))
    expect(t.map((e) => e.planName)).toEqual(['ONE', 'TWO'])
  })
})

describe('read271 carve-outs', () => {
  const member = [...PAYER, 'HL*3*2*22*0', 'NM1*IL*1*A*B****MI*111', 'EB*1**30**PLAN']
  it.each([
    ['EB01 U with a 2120 payer', ['EB*U**MH', 'LS*2120', 'NM1*PR*2*BH MANAGER CO', 'PER*IC**TE*8005550000*FX*8005550001', 'LE*2120'], { name: 'BH MANAGER CO', phone: '8005550000' }],
    ['EB01 U without 2120: the message names it', ['EB*U**MH', 'MSG*CALL THE BH LINE ON THE CARD'], { name: 'CALL THE BH LINE ON THE CARD' }],
    ['EB01 1 on a BH line with a 2120 administrator (RFI 1440)', ['EB*1*IND*AI', 'LS*2120', 'NM1*Y2*2*MCO BEHAVIORAL', 'LE*2120'], { name: 'MCO BEHAVIORAL' }],
    ['a PCP in 2120 is not a carve-out', ['EB*1*IND*MH', 'LS*2120', 'NM1*P3*1*WELBY*MARCUS****XX*1999999984', 'LE*2120'], null],
    ['the payer itself in 2120 is not a carve-out', ['EB*1*IND*MH', 'LS*2120', 'NM1*PR*2*ACME HEALTH', 'LE*2120'], null],
    ['a 2120 under a non-BH line is not a carve-out', ['EB*1*IND*88', 'LS*2120', 'NM1*PR*2*PHARMACY BENEFIT CO', 'LE*2120'], null],
    ['EB01 U for pharmacy is not an IOP carve-out', ['EB*U**88', 'LS*2120', 'NM1*PR*2*PHARMACY BENEFIT CO', 'LE*2120'], null],
  ])('%s', (_name, extra, carveOut) => {
    expect(read(doc([...member, ...extra]))[0]!.carveOut).toEqual(carveOut)
  })

  it('a 2120 entity keeps organization ids but never a member ID', () => {
    const t = read(doc([...member, 'EB*U**MH', 'LS*2120', 'NM1*PR*2*BH CO*****MI*SECRETMEMBER1', 'LE*2120', 'EB*U**AI', 'LS*2120', 'NM1*PR*2*BH CO*****PI*77777', 'LE*2120']))
    expect(JSON.stringify(t)).not.toContain('SECRETMEMBER1')
    expect(t[0]!.benefits[2]!.relatedEntities[0]!.id).toEqual({ qualifier: 'PI', value: '77777' })
  })
})

describe('read271 benefit lines', () => {
  it('decodes all elements of an EB line', () => {
    const [t] = read(doc([...PAYER, 'HL*3*2*22*0', 'EB*F*IND*CJ^AI*HM*PLAN X*27**.25*VS*30*Y*W*HC:H0015', 'MSG*LIMIT 30 VISITS', 'MSG*PER YEAR']))
    expect(t!.benefits[0]).toEqual({
      info: { code: 'F', meaning: 'Limitations' },
      coverageLevel: { code: 'IND', meaning: 'Individual' },
      serviceTypes: [
        { code: 'CJ', meaning: 'Substance Abuse Facility - Outpatient' },
        { code: 'AI', meaning: 'Substance Abuse' },
      ],
      insuranceType: 'HM',
      planDescription: 'PLAN X',
      timePeriod: { code: '27', meaning: 'Visit' },
      amount: null,
      percent: 0.25,
      quantity: { qualifier: { code: 'VS', meaning: 'Visits' }, value: 30 },
      authorization: 'required',
      network: 'both',
      procedure: 'HC:H0015',
      messages: ['LIMIT 30 VISITS', 'PER YEAR'],
      relatedEntities: [],
    })
  })

  it('only individual (IND or no EB02) lines feed the IOP summary', () => {
    const [t] = read(doc([...PAYER, 'HL*3*2*22*0', 'EB*1**30', 'EB*C*FAM*AI***23*9000', 'EB*C*EMP*AI***23*8000', 'EB*C**30***23*500']))
    expect(t!.iop.inNetwork.deductible).toEqual({ total: 50000, remaining: null })
  })

  it('the most specific service type wins per field, not per line', () => {
    const [t] = read(doc([...PAYER, 'HL*3*2*22*0', 'EB*1**30', 'EB*A*IND*30***27**.5', 'EB*A*IND*MH***27**.3', 'EB*B*IND*30***27*20', 'EB*C*IND*CH***23*700', 'EB*C*IND*A8***23*800']), 'mental_health')
    expect(t!.iop.inNetwork).toMatchObject({ coinsurance: 0.3, copay: 2000, deductible: { total: 70000, remaining: null } })
  })
})

describe('read271 EB08', () => {
  it.each([
    ['.2', 0.2],
    ['0.20', 0.2],
    ['1', 1],
    ['0', 0],
    ['20', 0.2],
    ['12.5', 0.125],
    ['35', 0.35],
    ['100', 1],
  ])('%s → %d', (text, fraction) => {
    const [t] = read(doc([...PAYER, 'HL*3*2*22*0', `EB*A*IND*AI***27**${text}`]))
    expect(t!.benefits[0]!.percent).toBe(fraction)
  })
})
