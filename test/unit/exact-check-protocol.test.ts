// The postMessage protocol between the widget and the exact-check frame: messages are accepted
// only from the exact origin and window expected, and nothing but the one answer's allow-listed,
// type-checked fields survives `cleanAnswer` / `parseFrameMessage` (a wrong shape: refused).
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MSG, cleanAnswer, isFromExpected, parseFrameMessage, parseHostMessage } from '../../widget/exact-check/protocol'
import type { Answer } from '../../worker/domain/answer/types'
import { originAllowed } from '../../worker/http/origin-allowed'

const FRAME_ORIGIN = 'https://checker.example'
const frameWindow = { name: 'frame' }

describe('isFromExpected', () => {
  it.each([
    ['the expected origin and window', FRAME_ORIGIN, frameWindow, true],
    ['another origin', 'https://evil.example', frameWindow, false],
    ['a look-alike origin (suffix)', 'https://checker.example.evil.example', frameWindow, false],
    ['the origin with a trailing slash', 'https://checker.example/', frameWindow, false],
    ['the origin over http', 'http://checker.example', frameWindow, false],
    ['the origin with another port', 'https://checker.example:8443', frameWindow, false],
    ['the null origin (sandboxed or file)', 'null', frameWindow, false],
    ['the right origin from another window', FRAME_ORIGIN, { name: 'other' }, false],
    ['the right origin with no source', FRAME_ORIGIN, null, false],
  ])('%s → %s', (_, origin, source, expected) => {
    expect(isFromExpected({ origin, source, data: {} }, FRAME_ORIGIN, frameWindow)).toBe(expected)
  })

  it('refuses everything when the expected window is gone (null)', () => {
    expect(isFromExpected({ origin: FRAME_ORIGIN, source: null, data: {} }, FRAME_ORIGIN, null)).toBe(false)
  })
})

const PHI = {
  memberId: 'ZGP123456789',
  firstName: 'Maria',
  lastName: 'Gonzalez',
  dateOfBirth: '1985-02-14',
}

/**
 * A carve-out member's one answer in the API's shape (typed against the domain's `Answer`, so it
 * follows the contract): no price, the manager named by the 271 with its phone.
 */
const CARVE_OUT = {
  locale: 'en',
  basis: 'payer_271',
  payer: { id: 'aetna', name: 'Aetna', kind: 'commercial', confidence: 1, matchedBy: 'id', alternatives: [] },
  plan: { type: 'PPO', market: 'employer', metalTier: null, name: 'SANDBOX PPO' },
  member: {
    status: 'active',
    planName: 'SANDBOX PPO',
    dates: { planBegin: '2026-01-01' },
    groupNumber: null,
    rejections: [],
    checkedAt: '2026-12-03T07:00:00Z',
    figures: null,
  },
  coverage: {
    status: 'covered_with_conditions',
    program: 'substance_use',
    priorAuthorization: 'unknown',
    referralRequired: null,
    outOfNetworkBenefits: null,
    behavioralHealthManager: { name: 'Optum Behavioral Health', phone: '8008882998' },
    billingCodes: ['S9480'],
    notes: [],
    sources: [{ title: 'Aetna IOP policy', url: 'https://www.aetna.com/x' }],
    rule: { id: 'commercial-default', version: '2026-11-23' },
    conditions: [
      { kind: 'carve_out', text: 'Optum Behavioral Health manages these benefits.', origin: 'payer_271', contact: { name: 'Optum Behavioral Health', phone: '8008882998' } },
    ],
  },
  estimate: null,
  noEstimate: 'manager_holds_benefits',
  nextSteps: ['Call Optum Behavioral Health at (800) 888-2998.'],
  origins: { 'coverage.status': 'payer_271', 'coverage.behavioralHealthManager': 'payer_271', 'coverage.priorAuthorization': 'rule:commercial-default' },
  textLocales: { notes: [], nextSteps: ['en'] },
} satisfies Answer

/** An active member's answer with a price and the member's figures. */
const ACTIVE = {
  ...CARVE_OUT,
  member: { ...CARVE_OUT.member, figures: { network: 'in', deductible: { total: 150000, remaining: 100000 }, outOfPocketMax: { total: 600000, remaining: 550000 }, coinsurance: 0.2, copay: null } },
  coverage: { ...CARVE_OUT.coverage, behavioralHealthManager: null, priorAuthorization: 'required', conditions: [{ kind: 'prior_authorization', text: 'Aetna requires it.', origin: 'payer_271' }] },
  estimate: {
    currency: 'USD',
    days: 36,
    chargeTotal: 1440000,
    allowedTotal: 1440000,
    planPays: 1072000,
    patientPays: 368000,
    breakdown: { deductible: 100000, coinsurance: 268000, copay: 0, balanceBilling: 0 },
    outOfPocketMaxReachedOnDay: null,
    weeks: [{ week: 1, patientPays: 104000, planPays: 16000 }],
    assumptions: [{ field: 'treatment.daysPerWeek', value: 3, why: 'Typical IOP schedule.', origin: 'typical' }],
    explanation: ['$1,000 of deductible left.'],
  },
  noEstimate: null,
} satisfies Answer

/** The answer as the widget keeps it: the fields it renders, nothing else. */
const kept = (a: Answer) => {
  const { textLocales: _, payer, plan, coverage, ...rest } = a
  const { program: _p, outOfNetworkBenefits: _o, ...cov } = coverage
  return { ...rest, payer: payer && { id: payer.id, name: payer.name, kind: payer.kind, confidence: payer.confidence }, plan: { type: plan.type, market: plan.market, name: plan.name }, coverage: cov }
}

describe('cleanAnswer (the one answer, checked field by field)', () => {
  it.each([
    ['a carve-out member (no price)', CARVE_OUT],
    ['an active member (price and figures)', ACTIVE],
  ])('keeps every field the widget renders of %s', (_, answer) => {
    expect(cleanAnswer(answer)).toEqual(kept(answer))
  })

  it('drops a name, member ID or DOB put anywhere in the answer', () => {
    const withPhi = {
      ...ACTIVE,
      ...PHI,
      member: { ...ACTIVE.member, ...PHI, subscriber: PHI },
      payer: { ...ACTIVE.payer, memberId: PHI.memberId },
      coverage: { ...ACTIVE.coverage, behavioralHealthManager: { name: 'Optum', phone: null, dob: PHI.dateOfBirth } },
      estimate: { ...ACTIVE.estimate, raw: `NM1*IL*1*${PHI.lastName}*${PHI.firstName}****MI*${PHI.memberId}~` },
    }
    const text = JSON.stringify(cleanAnswer(withPhi))
    expect(text).toContain('SANDBOX PPO')
    for (const value of Object.values(PHI)) expect(text).not.toContain(value)
  })

  it.each([
    ['no coverage', { ...ACTIVE, coverage: undefined }],
    ['an unknown verdict', { ...ACTIVE, coverage: { ...ACTIVE.coverage, status: 'covered!' } }],
    ['a negative price', { ...ACTIVE, estimate: { ...ACTIVE.estimate, patientPays: -1 } }],
    ['a fractional cent', { ...ACTIVE, estimate: { ...ACTIVE.estimate, planPays: 12.5 } }],
    ['an unknown condition kind', { ...ACTIVE, coverage: { ...ACTIVE.coverage, conditions: [{ kind: 'vibes', text: '', origin: 'payer_271' }] } }],
    ['an unknown origin', { ...ACTIVE, coverage: { ...ACTIVE.coverage, conditions: [{ kind: 'referral', text: '', origin: 'gossip' }] } }],
    ['an unknown no-price reason', { ...CARVE_OUT, noEstimate: 'because' }],
    ['next steps that are not texts', { ...ACTIVE, nextSteps: [{ html: '<b>' }] }],
    ['no next steps', { ...ACTIVE, nextSteps: undefined }],
    ['an unknown member status', { ...ACTIVE, member: { ...ACTIVE.member, status: 'maybe' } }],
    ['a figure that is not cents', { ...ACTIVE, member: { ...ACTIVE.member, figures: { ...ACTIVE.member.figures, copay: '10' } } }],
    ['an array for the answer', [ACTIVE]],
    ['a string', 'answer'],
    ['null', null],
  ])('refuses %s (null: nothing half-shown)', (_, answer) => {
    expect(cleanAnswer(answer)).toBeNull()
  })

  it('never lets a name, member ID or DOB through, whatever the answer holds', () => {
    fc.assert(
      fc.property(fc.anything({ withObjectString: true }), fc.anything(), (noise, more) => {
        const answer = { ...(typeof noise === 'object' && noise ? noise : {}), ...ACTIVE, ...PHI, extra: more, member: { ...ACTIVE.member, ...PHI } }
        const text = JSON.stringify(cleanAnswer(answer))
        for (const value of Object.values(PHI)) expect(text).not.toContain(value)
      }),
      { numRuns: 300, seed: 24 },
    )
  })
})

describe('parseFrameMessage and parseHostMessage', () => {
  it.each([
    [{ type: MSG.ready }, { type: MSG.ready }],
    [{ type: MSG.resize, height: 321.4 }, { type: MSG.resize, height: 322 }],
    [{ type: MSG.resize, height: 1e9 }, { type: MSG.resize, height: 2000 }],
    [{ type: MSG.resize, height: -1 }, null],
    [{ type: 'iop:something-else' }, null],
    [{ type: MSG.lead, leadId: '0b6f4f5e-6a53-4c1e-9d3e-2f1a7c9b8e01', name: 'Jane Roe' }, { type: MSG.lead, leadId: '0b6f4f5e-6a53-4c1e-9d3e-2f1a7c9b8e01' }],
    [{ type: MSG.lead }, null],
    [{ type: MSG.lead, leadId: 'x'.repeat(41) }, null],
    // the v0.2.0 summary message is no longer part of the protocol
    [{ type: 'iop:frame-summary', summary: { status: 'active', payerName: 'Aetna' } }, null],
    [{ type: MSG.answer, answer: { status: 'active' } }, null],
    [{ type: MSG.answer }, null],
    ['iop:frame-ready', null],
    [null, null],
  ])('%j → %j', (data, expected) => {
    expect(parseFrameMessage(data)).toEqual(expected)
  })

  it('re-checks the answer on the host side: a genuine answer survives, PHI added on the way does not', () => {
    const m = parseFrameMessage({ type: MSG.answer, answer: { ...CARVE_OUT, ...PHI, member: { ...CARVE_OUT.member, memberId: PHI.memberId } }, ...PHI })
    expect(JSON.stringify(m)).not.toMatch(new RegExp(Object.values(PHI).join('|')))
    expect(m).toEqual({ type: MSG.answer, answer: kept(CARVE_OUT) })
  })

  it('reads only the non-PHI host context', () => {
    expect(parseHostMessage({ type: MSG.context, payerId: 'aetna', payerName: 'Aetna', state: 'TX', program: 'mental_health', ...PHI })).toEqual({
      payerId: 'aetna',
      payerName: 'Aetna',
      state: 'TX',
      program: 'mental_health',
      status: null,
      patientPays: null,
    })
    expect(
      parseHostMessage({ type: MSG.context, payerId: null, state: 'TX', status: 'covered', patientPays: 408000, program: 'x' }),
    ).toEqual({ payerId: null, payerName: '', state: 'TX', program: 'substance_use', status: 'covered', patientPays: 408000 })
    expect(parseHostMessage({ type: MSG.context, status: 'covered<script>', patientPays: -5 })).toMatchObject({ status: null, patientPays: null })
    expect(parseHostMessage({ type: MSG.ready })).toBeNull()
  })
})

describe('originAllowed (frame-ancestors check of the frame route)', () => {
  const registered = ['https://sunrise.example', 'http://127.0.0.1:*']
  it.each([
    ['https://sunrise.example', true],
    ['http://127.0.0.1:8787', true],
    ['http://127.0.0.1:65535', true],
    ['http://127.0.0.1', false],
    ['http://127.0.0.1:80x', false],
    ['http://127.0.0.10:8787', false],
    ['https://sunrise.example.evil.example', false],
    ['https://evil.example', false],
    ['http://sunrise.example', false],
  ])('%s → %s', (origin, expected) => {
    expect(originAllowed(origin, registered)).toBe(expected)
  })
})
