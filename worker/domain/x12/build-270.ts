/**
 * @module
 * Builds a 005010X279A1 270 eligibility inquiry for one subscriber, asked by the configured
 * provider. Pure: the clock and control numbers are passed in, so the same input always gives
 * the same document (the clearinghouse adapter derives its idempotency key from the input).
 *
 * Service types asked (one EQ per 2110C loop, the form every payer accepts; 5010 also allows
 * EQ01 repetitions, which some payers answer only for the first code):
 * - `30` always: the baseline every payer must answer, carrying plan status, plan-level
 *   deductible and out-of-pocket maximum;
 * - `MH`: payers must return mental-health benefits when the plan has them;
 * - substance use: `AI` (Substance Abuse) and `CJ` (Substance Abuse Facility – Outpatient);
 * - mental health: `CH` (Mental Health Facility – Outpatient) and `A8` (Psychiatric – Outpatient).
 * IOP has no service type of its own; these are the ones the IOP summary reads first.
 */
import type { Program } from './types'

export const IOP_INQUIRY_STCS: Readonly<Record<Program, readonly string[]>> = {
  substance_use: ['30', 'MH', 'AI', 'CJ'],
  mental_health: ['30', 'MH', 'CH', 'A8'],
}

export type Inquiry270 = {
  provider: { npi: string; name: string }
  payer: { id: string; name: string }
  subscriber: { memberId: string; firstName: string; lastName: string; dateOfBirth: string }
  program: Program
  /** Date of service, `YYYY-MM-DD`. */
  serviceDate: string
  /** Time the inquiry is made (ISA09/10, GS04/05, BHT04/05). */
  now: Date
  /** Interchange control number, 1…999999999; also used for GS06. */
  controlNumber: number
  /** BHT03 and TRN02: the submitter's reference, echoed in the 271. At most 50 characters. */
  reference: string
  /** ISA06/GS02 and ISA08/GS03; default `IOPCHECKER` and `CLEARINGHOUSE`. */
  senderId?: string
  receiverId?: string
  /** ISA15: `P` production (default) or `T` test. */
  usage?: 'P' | 'T'
}

const D = { element: '*', repetition: '^', component: ':', segment: '~' } as const

/** Uppercase, without delimiter or control characters, at most `max` characters. */
const clean = (value: string, max: number): string =>
  value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[*~^:\u0000-\u001f\u007f-\uffff]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toUpperCase()
    .slice(0, max)

const pad = (v: string, n: number) => v.padEnd(n, ' ').slice(0, n)
const two = (n: number) => String(n).padStart(2, '0')
const ymd = (iso: string) => iso.replaceAll('-', '')

/**
 * The 270 as one string, segments terminated by `~` (no line breaks).
 * @example build270({provider, payer, subscriber, program: 'substance_use', serviceDate: '2026-11-23', now, controlNumber: 1, reference: 'abc'})
 */
export function build270(q: Inquiry270): string {
  const n = q.now
  const date8 = `${n.getUTCFullYear()}${two(n.getUTCMonth() + 1)}${two(n.getUTCDate())}`
  const time4 = `${two(n.getUTCHours())}${two(n.getUTCMinutes())}`
  const control = String(q.controlNumber).padStart(9, '0')
  const group = String(q.controlNumber)
  const sender = clean(q.senderId ?? 'IOPCHECKER', 15)
  const receiver = clean(q.receiverId ?? 'CLEARINGHOUSE', 15)
  const ref = clean(q.reference, 50)
  const seg = (...elements: string[]) => elements.join(D.element).replace(/\*+$/, '')
  const body = [
    seg('ST', '270', '0001', '005010X279A1'),
    seg('BHT', '0022', '13', ref, date8, time4),
    seg('HL', '1', '', '20', '1'),
    seg('NM1', 'PR', '2', clean(q.payer.name, 60), '', '', '', '', 'PI', clean(q.payer.id, 80)),
    seg('HL', '2', '1', '21', '1'),
    seg('NM1', '1P', '2', clean(q.provider.name, 60), '', '', '', '', 'XX', clean(q.provider.npi, 10)),
    seg('HL', '3', '2', '22', '0'),
    seg('TRN', '1', ref, `9${clean(q.provider.npi, 9).padStart(9, '0')}`),
    seg('NM1', 'IL', '1', clean(q.subscriber.lastName, 60), clean(q.subscriber.firstName, 35), '', '', '', 'MI', clean(q.subscriber.memberId, 80)),
    seg('DMG', 'D8', ymd(q.subscriber.dateOfBirth)),
    seg('DTP', '291', 'D8', ymd(q.serviceDate)),
    ...IOP_INQUIRY_STCS[q.program].map((stc) => seg('EQ', stc)),
  ]
  const segments = [
    seg('ISA', '00', pad('', 10), '00', pad('', 10), 'ZZ', pad(sender, 15), 'ZZ', pad(receiver, 15),
      date8.slice(2), time4, D.repetition, '00501', control, '0', q.usage ?? 'P', D.component),
    seg('GS', 'HS', sender, receiver, date8, time4, group, 'X', '005010X279A1'),
    ...body,
    seg('SE', String(body.length + 1), '0001'),
    seg('GE', '1', group),
    seg('IEA', '1', control),
  ]
  return segments.join(D.segment) + D.segment
}
