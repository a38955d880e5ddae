// The postMessage protocol between the widget and the exact-check frame: messages are accepted
// only from the exact origin and window expected, and nothing but an allow-listed, PHI-free
// benefits summary survives `toBenefitsSummary` / `parseFrameMessage`.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  MSG,
  isFromExpected,
  parseFrameMessage,
  parseHostMessage,
  toBenefitsSummary,
} from '../../widget/exact-check/protocol'
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

describe('toBenefitsSummary', () => {
  it('keeps the allow-listed benefit fields and drops names, member ID and DOB', () => {
    const answer = {
      status: 'active',
      payer: { name: 'Aetna', id: '60054' },
      planName: 'Choice POS II',
      subscriber: { ...PHI },
      member: PHI,
      carveOut: { name: 'Optum Behavioral Health', phone: '1-800-888-2998', memberId: PHI.memberId },
      raw: `NM1*IL*1*${PHI.lastName}*${PHI.firstName}****MI*${PHI.memberId}~DMG*D8*19850214~`,
      iop: {
        inNetwork: {
          deductible: { total: 150000, remaining: 100000, holder: PHI.lastName },
          outOfPocketMax: { total: 600000, remaining: 550000 },
          coinsurance: 0.2,
          copay: null,
          priorAuthorization: 'required',
        },
        outOfNetwork: null,
      },
    }
    expect(toBenefitsSummary(answer)).toEqual({
      status: 'active',
      payerName: 'Aetna',
      planName: 'Choice POS II',
      carveOut: { name: 'Optum Behavioral Health', phone: '1-800-888-2998' },
      inNetwork: {
        deductible: { total: 150000, remaining: 100000 },
        outOfPocketMax: { total: 600000, remaining: 550000 },
        coinsurance: 0.2,
        copay: null,
        priorAuthorization: 'required',
      },
      outOfNetwork: null,
    })
  })

  it('reads the first entry of a POST /v1/eligibility/checks response', () => {
    const response = {
      program: 'substance_use',
      payerId: 'cigna',
      transactions: [
        { level: 'subscriber', status: 'inactive', payer: { name: 'Cigna Healthcare', id: '62308' }, planName: null, carveOut: null, memberIdPresent: true, iop: {} },
        { level: 'dependent', status: 'active', payer: { name: 'Other', id: null }, planName: 'Other plan' },
      ],
      benefits: { coinsurance: 0.3 },
      source: { cached: false, checkedAt: '2026-11-23T12:00:00Z' },
    }
    expect(toBenefitsSummary(response)).toEqual({
      status: 'inactive',
      payerName: 'Cigna Healthcare',
      planName: null,
      carveOut: null,
      inNetwork: null,
      outOfNetwork: null,
    })
  })

  it.each([
    ['a negative amount', { iop: { inNetwork: { copay: -5 } } }, 'copay', null],
    ['a fractional cent', { iop: { inNetwork: { copay: 12.5 } } }, 'copay', null],
    ['coinsurance above 1', { iop: { inNetwork: { coinsurance: 1.5 } } }, 'coinsurance', null],
    ['an unknown prior-auth word', { iop: { inNetwork: { priorAuthorization: 'maybe' } } }, 'priorAuthorization', 'unknown'],
  ])('normalizes %s', (_, answer, field, expected) => {
    expect((toBenefitsSummary(answer).inNetwork as Record<string, unknown>)[field]).toBe(expected)
  })

  it('never lets a name, member ID or DOB through, whatever the answer holds', () => {
    fc.assert(
      fc.property(fc.anything({ withObjectString: true }), fc.anything(), (noise, more) => {
        const answer = { ...(typeof noise === 'object' && noise ? noise : {}), ...PHI, extra: more, member: PHI }
        const text = JSON.stringify(toBenefitsSummary(answer))
        for (const value of Object.values(PHI)) expect(text).not.toContain(value)
      }),
      { numRuns: 300 },
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
    ['iop:frame-ready', null],
    [null, null],
  ])('%j → %j', (data, expected) => {
    expect(parseFrameMessage(data)).toEqual(expected)
  })

  it('re-sanitizes a summary on the host side', () => {
    const summary = toBenefitsSummary({ status: 'inactive', payer: { name: 'Cigna Healthcare' }, planName: 'Open Access Plus' })
    const m = parseFrameMessage({ type: MSG.summary, summary: { ...summary, ...PHI, carveOut: { name: 'Evernorth', dob: PHI.dateOfBirth } } })
    expect(JSON.stringify(m)).not.toMatch(new RegExp(Object.values(PHI).join('|')))
    expect(m).toEqual({
      type: MSG.summary,
      summary: { ...summary, carveOut: { name: 'Evernorth', phone: null } }, // a genuine summary survives intact
    })
    expect(summary).toMatchObject({ status: 'inactive', payerName: 'Cigna Healthcare', planName: 'Open Access Plus' })
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
