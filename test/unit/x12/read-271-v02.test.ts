// The v0.2 fields of the reading (plan dates, group, payer contacts, other payers; per side the
// service type each figure came from, limits and the authorization contact), on small
// hand-written 271s. Every expected value is read off the segments by hand.
import { describe, expect, it } from 'vitest'
import { read271 } from '../../../worker/domain/x12/read-271'

const ISA = 'ISA*00*          *00*          *ZZ*S              *ZZ*R              *261122*1200*^*00501*000000001*0*P*:~GS*HB*S*R*20261122*1200*1*X*005010X279A1~'
const doc = (segs: string[]) => ISA + ['ST*271*0001*005010X279A1', ...segs, `SE*${segs.length + 2}*0001`].join('~') + '~GE*1*1~IEA*1*000000001~'
const PAYER = ['HL*1**20*1', 'NM1*PR*2*ACME HEALTH*****PI*12345', 'HL*2*1*21*1', 'NM1*1P*2*CLINIC*****XX*1234567893']
const SUBSCRIBER = ['HL*3*2*22*0', 'NM1*IL*1*DOE*JANE****MI*W123456789', 'DMG*D8*19850214*F']

const read = (segs: string[], program: 'substance_use' | 'mental_health' = 'substance_use') => {
  const r = read271(doc(segs), program)
  if (!r.ok) throw new Error(r.error.message)
  return r.value.transactions
}

describe('plan dates (DTP)', () => {
  it('346/347 are plan begin and end, 356/357 eligibility begin and end', () => {
    const [t] = read([...PAYER, ...SUBSCRIBER, 'DTP*346*D8*20260101', 'DTP*347*D8*20261231', 'DTP*356*D8*20260215', 'DTP*357*D8*20260630', 'EB*1**30'])
    expect(t!.dates).toEqual({ planBegin: '2026-01-01', planEnd: '2026-12-31', eligibilityBegin: '2026-02-15', eligibilityEnd: '2026-06-30' })
  })

  it('291 and 307 as RD8 ranges give both ends; as D8 the begin', () => {
    expect(read([...PAYER, ...SUBSCRIBER, 'DTP*291*RD8*20260101-20261231', 'DTP*307*D8*20260301', 'EB*1**30'])[0]!.dates).toEqual({
      planBegin: '2026-01-01',
      planEnd: '2026-12-31',
      eligibilityBegin: '2026-03-01',
    })
    expect(read([...PAYER, ...SUBSCRIBER, 'DTP*307*RD8*20250701-20260630', 'EB*1**30'])[0]!.dates).toEqual({
      eligibilityBegin: '2025-07-01',
      eligibilityEnd: '2026-06-30',
    })
  })

  it('never the birth date (DMG) nor a date about the person or the service (DTP 102, 472)', () => {
    const [t] = read([...PAYER, ...SUBSCRIBER, 'DTP*102*D8*20200101', 'DTP*472*D8*20261122', 'EB*1**30'])
    expect(t!.dates).toEqual({})
    expect(JSON.stringify(t)).not.toMatch(/1985|2020-01-01|2026-11-22/)
  })

  it('a date that is not a calendar date is read past', () => {
    expect(read([...PAYER, ...SUBSCRIBER, 'DTP*346*D8*20260230', 'DTP*347*D8*2026123', 'EB*1**30'])[0]!.dates).toEqual({})
  })

  it('the member loop first, else the DTP under the coverage-status line (2110C)', () => {
    expect(read([...PAYER, ...SUBSCRIBER, 'EB*1**30**GOLD', 'DTP*346*D8*20260401', 'EB*C*IND*30***23*500', 'DTP*346*D8*20270101'])[0]!.dates).toEqual({ planBegin: '2026-04-01' })
    expect(read([...PAYER, ...SUBSCRIBER, 'DTP*346*D8*20260101', 'EB*1**30**GOLD', 'DTP*346*D8*20260401'])[0]!.dates).toEqual({ planBegin: '2026-01-01' })
  })

  it("a dependent has its own eligibility dates and inherits the subscriber's plan dates", () => {
    const [t] = read([
      ...PAYER,
      'HL*3*2*22*1', 'NM1*IL*1*DOE*JANE****MI*W1', 'REF*6P*G-778*ACME EMPLOYER', 'DTP*346*D8*20260101', 'DTP*356*D8*20260101',
      'HL*4*3*23*0', 'NM1*03*1*DOE*SAM', 'DTP*356*D8*20260601', 'EB*1**30',
    ])
    expect(t!.level).toBe('dependent')
    expect(t!.dates).toEqual({ eligibilityBegin: '2026-06-01', planBegin: '2026-01-01' })
    expect(t!.groupNumber).toBe('G-778')
  })
})

describe('group number, payer contacts, other payers', () => {
  it('REF*6P is the group number; REF*18 (plan number) only without it; never REF*SY or the member ID', () => {
    expect(read([...PAYER, ...SUBSCRIBER, 'REF*SY*123456789', 'REF*18*PLN-5', 'REF*6P*GRP-1', 'EB*1**30'])[0]!.groupNumber).toBe('GRP-1')
    expect(read([...PAYER, ...SUBSCRIBER, 'REF*SY*123456789', 'REF*18*PLN-5', 'EB*1**30'])[0]!.groupNumber).toBe('PLN-5')
    expect(read([...PAYER, ...SUBSCRIBER, 'REF*SY*123456789', 'EB*1**30'])[0]!.groupNumber).toBeNull()
  })

  it('PER in 2100A are the payer contacts; a PER inside a 2120 loop is not', () => {
    const [t] = read([
      'HL*1**20*1', 'NM1*PR*2*ACME HEALTH*****PI*12345', 'PER*IC*PROVIDER SERVICES*TE*8005550100*UR*WWW.ACME.EXAMPLE', 'PER*IC**FX*8005550101',
      'HL*2*1*21*1', 'NM1*1P*2*CLINIC*****XX*1234567893',
      ...SUBSCRIBER, 'EB*1**30', 'EB*U**MH', 'LS*2120', 'NM1*Y2*2*BH MANAGER', 'PER*IC**TE*8005550199', 'LE*2120',
    ])
    expect(t!.payerContacts).toEqual([
      { name: 'PROVIDER SERVICES', phone: '8005550100', fax: null, email: null, url: 'WWW.ACME.EXAMPLE' },
      { name: null, phone: null, fax: '8005550101', email: null, url: null },
    ])
  })

  it('EB01 R names the other payer from its 2120 (coordination of benefits), never a person', () => {
    const [t] = read([
      ...PAYER, ...SUBSCRIBER, 'EB*1**30',
      'EB*R**30*MB', 'LS*2120', 'NM1*PRP*2*MEDICARE PART B', 'LE*2120',
      'EB*R**30*C1', 'LS*2120', 'NM1*IL*1*DOE*JOHN****MI*OTHER123', 'LE*2120',
    ])
    expect(t!.otherPayers).toEqual([
      { name: 'MEDICARE PART B', insuranceType: 'MB' },
      { name: null, insuranceType: 'C1' },
    ])
    expect(JSON.stringify(t!.otherPayers)).not.toContain('JOHN')
  })
})

describe('IOP figures: from, limits, authorization contact', () => {
  it('from names the service type each figure was taken from; 30 for a line without EB03', () => {
    const [t] = read([
      ...PAYER, ...SUBSCRIBER, 'EB*1**30',
      'EB*C*IND****23*1000', 'EB*C*IND*MH***29*400', 'EB*G*IND*30***23*5000', 'EB*A*IND*AI***27**.2***N*Y', 'EB*B*IND*CJ***27*50****Y',
    ])
    // Deductible: total only on the plan line (no EB03 → 30), remaining on MH: `from` is the total's.
    // EB11 N on the AI coinsurance, Y on the CJ copay: one Y makes it required, from CJ.
    expect(t!.iop.inNetwork.from).toEqual({ deductible: '30', outOfPocketMax: '30', coinsurance: 'AI', copay: 'CJ', priorAuthorization: 'CJ' })
    expect(t!.iop.inNetwork.deductible).toEqual({ total: 100000, remaining: 40000 })
    // The coinsurance line is in-network only (EB12 Y); the others have no EB12, so both sides.
    expect(t!.iop.outOfNetwork.from).toEqual({ deductible: '30', outOfPocketMax: '30', copay: 'CJ', priorAuthorization: 'CJ' })
  })

  it('limits: EB01 F with days, visits or hours on the most specific service type, per side', () => {
    const [t] = read([
      ...PAYER, ...SUBSCRIBER, 'EB*1**30',
      'EB*F*IND*30***23***VS*60',
      'EB*F*IND*AI***23***DY*30**Y',
      'EB*F*IND*AI***29***DY*12**Y',
      'EB*F*IND*AI***23***DY*10**N',
      'EB*F*IND*AI***23***P6*5',
      'EB*F*FAM*AI***23***DY*90',
    ])
    expect(t!.iop.inNetwork.limits).toEqual([
      { quantity: 30, unit: 'days', period: 'Calendar Year', serviceType: 'AI' },
      { quantity: 12, unit: 'days', period: 'Remaining', serviceType: 'AI' },
    ])
    expect(t!.iop.outOfNetwork.limits).toEqual([{ quantity: 10, unit: 'days', period: 'Calendar Year', serviceType: 'AI' }])
    // For mental health, AI is not in the order: the plan-wide visit limit is the one.
    const [mh] = read([...PAYER, ...SUBSCRIBER, 'EB*1**30', 'EB*F*IND*30***23***VS*60', 'EB*F*IND*AI***23***DY*30'], 'mental_health')
    expect(mh!.iop.inNetwork.limits).toEqual([{ quantity: 60, unit: 'visits', period: 'Calendar Year', serviceType: '30' }])
  })

  it('authorization contact: the 2120 under a chosen line that requires authorization, never a provider', () => {
    const [t] = read([
      ...PAYER, ...SUBSCRIBER, 'EB*1**30',
      'EB*A*IND*AI***27**.2***Y*Y', 'LS*2120', 'NM1*P3*1*WELBY*MARCUS****XX*1999999984', 'NM1*X3*2*ACME UM DEPT', 'PER*IC**TE*8005550177', 'LE*2120',
    ])
    expect(t!.iop.inNetwork.authorizationContact).toEqual({ name: 'ACME UM DEPT', phone: '8005550177' })
    expect(t!.iop.outOfNetwork.authorizationContact).toBeNull()
  })

  it('authorization contact also from a line requiring authorization for a program service type that gave no figure', () => {
    const [t] = read([
      ...PAYER, ...SUBSCRIBER, 'EB*1**30', 'EB*C*IND*30***23*1000',
      'EB*1**CJ********Y', 'LS*2120', 'NM1*X3*2*REVIEW CO', 'PER*IC**TE*8005550188', 'LE*2120',
    ])
    expect(t!.iop.inNetwork.authorizationContact).toEqual({ name: 'REVIEW CO', phone: '8005550188' })
    expect(t!.iop.inNetwork.priorAuthorization).toBe('unknown')
  })
})

describe('Medicare (HETS): insurance types MA and MB', () => {
  it('Part B lines (EB04 MB) under 96 or no service type feed the summary; Part A lines never do', () => {
    const [t] = read([
      'HL*1**20*1', 'NM1*PR*2*CMS*****PI*CMS', 'HL*2*1*21*1', 'NM1*1P*2*CLINIC*****XX*1234567893', ...SUBSCRIBER,
      'EB*1**30^42^45^48^49^69^76^83^A5^A7^AG^BT^BU^BV*MA',
      'EB*C**30*MA**26*1676',
      'EB*1**30^2^23^24^25^26^27^28^3^33^36^37^38^39^40^42^50^51^52^53^67^69^73^76^83^86^98^A4^A6^A8^AI^AJ^AK^AL^BT^BU^BV^DM^MH^UC*MB',
      'EB*C**96*MB**23*257', 'EB*C**96*MB**29*0', 'EB*A**96*MB**27**.2',
    ])
    expect(t!.status).toBe('active')
    expect(t!.iop.inNetwork).toEqual({
      deductible: { total: 25700, remaining: 0 },
      outOfPocketMax: { total: null, remaining: null },
      coinsurance: 0.2,
      copay: null,
      priorAuthorization: 'unknown',
      from: { deductible: '96', coinsurance: '96' },
      limits: [],
      authorizationContact: null,
    })
  })

  it('96 on a commercial line (no EB04 MB) is a physician-visit figure, not read for IOP', () => {
    const [t] = read([...PAYER, ...SUBSCRIBER, 'EB*1**30', 'EB*B*IND*96***27*25'])
    expect(t!.iop.inNetwork.copay).toBeNull()
  })
})

describe('prototype names in payer text are unknown codes (issue 13 item 3)', () => {
  it.each([['constructor'], ['toString'], ['__proto__'], ['hasOwnProperty']])('%s in EB01, EB03, EB09, AAA03, NM101, HL03', (word) => {
    const r = read271(
      doc([
        ...PAYER,
        `HL*3*2*${word}*0`,
        `HL*4*2*22*0`,
        'NM1*IL*1*DOE*JANE****MI*W1',
        `EB*${word}**${word}`,
        'EB*1**30',
        `EB*F*IND*AI***23***${word}*5`,
        `EB*A*IND*AI***27**.2`,
        'LS*2120',
        `NM1*${word}*2*SOME ORG`,
        'LE*2120',
        `AAA*N**${word}*C`,
      ]),
    )
    if (!r.ok) throw new Error(r.error.message)
    const [t] = r.value.transactions
    expect(t!.benefits[0]!.info).toEqual({ code: word, meaning: null })
    expect(t!.benefits[0]!.serviceTypes).toEqual([{ code: word, meaning: null }])
    expect(t!.benefits[2]!.quantity).toEqual({ qualifier: { code: word, meaning: null }, value: 5 })
    expect(t!.benefits[3]!.relatedEntities[0]!.entity).toEqual({ code: word, meaning: null })
    expect(t!.rejections[0]).toMatchObject({ code: word, meaning: null })
    expect(t!.iop.inNetwork.limits).toEqual([])
    expect(JSON.parse(JSON.stringify(t))).toEqual(t)
  })
})
