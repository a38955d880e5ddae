/**
 * @module
 * One referral (a CSV row, or the flags of `check`) → the body of `POST /v1/coverage/checks`.
 * Everything a person could have typed wrong is reported per field, in words that quote the
 * value (`coinsurance "1.5" must be between 0 and 1`), except member IDs, which are never quoted.
 * Ranges the API knows best (a valid state, at most 52 weeks) are left to the API, whose
 * problem names the field as well.
 */
import { dollarsToCents, parseFraction } from './money'

/** Input columns (CSV headers, also `check` flag names with `-` for `_`). */
export const REFERRAL_FIELDS = [
  'payer', 'payer_id', 'state', 'plan', 'program', 'network', 'member_id',
  'deductible', 'deductible_met', 'oop_max', 'oop_met', 'coinsurance', 'copay', 'deductible_applies',
  'days_per_week', 'weeks', 'charge_per_day', 'allowed_per_day',
] as const
export type ReferralField = (typeof REFERRAL_FIELDS)[number]
export type Referral = Partial<Record<ReferralField, string>>

type Accumulator = { total: number; met?: number }
export type CoverageRequest = {
  payer: string | { id: string }
  state?: string
  plan?: string
  memberId?: string
  program?: 'substance_use' | 'mental_health'
  network?: 'in' | 'out'
  benefits?: {
    deductible?: Accumulator
    outOfPocketMax?: Accumulator
    coinsurance?: number
    copay?: number
    deductibleApplies?: boolean
  }
  treatment?: { daysPerWeek?: number; weeks?: number; chargePerDay?: number; allowedPerDay?: number }
}

const PROGRAMS: Record<string, 'substance_use' | 'mental_health'> = {
  substance_use: 'substance_use', sud: 'substance_use', su: 'substance_use', addiction: 'substance_use',
  mental_health: 'mental_health', mh: 'mental_health',
}
const BOOLEANS: Record<string, boolean> = { true: true, yes: true, y: true, '1': true, false: false, no: false, n: false, '0': false }

/**
 * Builds the request, or lists what is wrong. `sendMemberId`: include `member_id` (the API uses
 * its prefix to recognize the payer); off by default, so the CSV's member IDs stay on this machine.
 */
export function toCoverageRequest(
  r: Referral,
  { sendMemberId = false } = {},
): { request: CoverageRequest } | { errors: string[] } {
  const errors: string[] = []
  const val = (f: ReferralField) => (r[f] ?? '').trim() || undefined

  const money = (f: ReferralField): number | undefined => {
    const v = val(f)
    if (v === undefined) return undefined
    const res = dollarsToCents(v)
    if ('error' in res) errors.push(`${f} "${v}" ${res.error}`)
    return 'cents' in res ? res.cents : undefined
  }
  const whole = (f: ReferralField): number | undefined => {
    const v = val(f)
    if (v === undefined) return undefined
    if (!/^\d{1,4}$/.test(v)) {
      errors.push(`${f} "${v}" must be a whole number`)
      return undefined
    }
    return Number(v)
  }

  const payerText = val('payer')
  const payerId = val('payer_id')
  if (!payerText && !payerId) errors.push('payer is required (a name such as "Aetna", or payer_id)')

  const state = val('state')
  if (state !== undefined && !/^[A-Za-z]{2}$/.test(state)) errors.push(`state "${state}" must be a two-letter USPS code such as TX`)

  const programText = val('program')
  const program = programText === undefined ? undefined : PROGRAMS[programText.toLowerCase()]
  if (programText !== undefined && !program) errors.push(`program "${programText}" must be substance_use or mental_health`)

  const networkText = val('network')
  const network = networkText?.toLowerCase()
  if (network !== undefined && network !== 'in' && network !== 'out') errors.push(`network "${networkText}" must be in or out`)

  const deductible = money('deductible')
  const deductibleMet = money('deductible_met')
  const oopMax = money('oop_max')
  const oopMet = money('oop_met')
  const copay = money('copay')
  const chargePerDay = money('charge_per_day')
  const allowedPerDay = money('allowed_per_day')
  const daysPerWeek = whole('days_per_week')
  const weeks = whole('weeks')

  let coinsurance: number | undefined
  const coinsuranceText = val('coinsurance')
  if (coinsuranceText !== undefined) {
    const res = parseFraction(coinsuranceText)
    if ('error' in res) errors.push(`coinsurance "${coinsuranceText}" ${res.error}`)
    else coinsurance = res.value
  }

  let deductibleApplies: boolean | undefined
  const appliesText = val('deductible_applies')
  if (appliesText !== undefined) {
    deductibleApplies = BOOLEANS[appliesText.toLowerCase()]
    if (deductibleApplies === undefined) errors.push(`deductible_applies "${appliesText}" must be true or false`)
  }
  if (deductibleMet !== undefined && val('deductible') === undefined) errors.push('deductible_met needs deductible (the annual total)')
  if (oopMet !== undefined && val('oop_max') === undefined) errors.push('oop_met needs oop_max (the annual total)')

  if (errors.length) return { errors }

  const benefits: NonNullable<CoverageRequest['benefits']> = {}
  if (deductible !== undefined) benefits.deductible = { total: deductible, ...(deductibleMet !== undefined ? { met: deductibleMet } : {}) }
  if (oopMax !== undefined) benefits.outOfPocketMax = { total: oopMax, ...(oopMet !== undefined ? { met: oopMet } : {}) }
  if (coinsurance !== undefined) benefits.coinsurance = coinsurance
  if (copay !== undefined) benefits.copay = copay
  if (deductibleApplies !== undefined) benefits.deductibleApplies = deductibleApplies

  const treatment: NonNullable<CoverageRequest['treatment']> = {}
  if (daysPerWeek !== undefined) treatment.daysPerWeek = daysPerWeek
  if (weeks !== undefined) treatment.weeks = weeks
  if (chargePerDay !== undefined) treatment.chargePerDay = chargePerDay
  if (allowedPerDay !== undefined) treatment.allowedPerDay = allowedPerDay

  const memberId = val('member_id')
  const plan = val('plan')
  return {
    request: {
      payer: payerId ? { id: payerId } : payerText!,
      ...(state ? { state: state.toUpperCase() } : {}),
      ...(plan ? { plan } : {}),
      ...(sendMemberId && memberId ? { memberId } : {}),
      ...(program ? { program } : {}),
      ...(network ? { network: network as 'in' | 'out' } : {}),
      ...(Object.keys(benefits).length ? { benefits } : {}),
      ...(Object.keys(treatment).length ? { treatment } : {}),
    },
  }
}
