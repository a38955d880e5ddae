/**
 * @module
 * From what is known (and what isn't) to the estimator's fully resolved input. Given values are
 * never overridden. When `benefits` are given, those are the member's benefits (the payer's word,
 * from a 271 or a benefits summary) and are applied exactly as given: a field missing from them
 * means "none" (no deductible, no cap, coinsurance 0), because a benefits summary that lists no
 * deductible has none. Only when `benefits` are absent (the anonymous quick check) do typical
 * values for the plan stand in. Either way every value not given is listed as an assumption with
 * its reason and its origin, and every value used has an origin in `origins`.
 */
import { textIn } from '../answer/text'
import type { Assumption, Locale, Origin } from '../answer/types'
import type { EstimateInput, Network } from '../estimate/types'
import { formatMoney } from '../money/format'
import type { Messages } from '../../i18n/en'
import type { CostSharingValues, CostSharingProfile } from './rule-schema'
import type { BenefitsInput, PartnerDefaults, TreatmentInput } from './types'

/** IOP practice (ASAM 2.1: ≥ 9 h/week, usually 3 h/day): 3 days a week for 12 weeks. */
export const DEFAULT_DAYS_PER_WEEK = 3
export const DEFAULT_WEEKS = 12

/** Per-diem amounts to fall back on, with the reason (already in the answer's language) and its origin. */
export type PerDiemDefaults = { allowed: number; charge: number; why: string; origin: Origin }

export type ResolveOptions = {
  /** The network side stated by the request (origin `request`). */
  network?: Network
  /** The member's benefits (origin `payer_271`), applied exactly as given. */
  benefits?: BenefitsInput
  treatment?: TreatmentInput
  partnerDefaults?: PartnerDefaults
  perDiem: PerDiemDefaults
  /** Typical cost-sharing for the plan; used when `benefits` is absent (or for what a 271 left unsaid). */
  profile: CostSharingProfile
  /** The answer's language, for the profile's reason (the catalog `t` is that language's). */
  locale: Locale
  /**
   * `benefits` were read from the member's 271: a figure the payer did not state is unknown, not
   * "none", so the plan kind's typical value stands in for it (origin `typical`). Benefits a
   * request states are applied exactly as given: there a missing figure means none.
   */
  benefitsFrom271?: boolean
  t: Messages
}

export type ResolvedInputs = {
  input: EstimateInput
  assumptions: Assumption[]
  /** The origin of each value the estimate used, by path (`network`, `treatment.*`, `benefits.*`). */
  origins: Record<string, Origin>
  /** True when typical values stood in for unknown benefits (the quick check). */
  typical: boolean
}

type Assume = (field: string, value: Assumption['value'], why: string, origin: Origin) => void

/** Resolves network, treatment and cost-sharing, listing each assumed value. */
export function resolveEstimateInputs(options: ResolveOptions): ResolvedInputs {
  const { benefits, treatment = {}, partnerDefaults = {}, perDiem, profile, t } = options
  const assumptions: Assumption[] = []
  const origins: Record<string, Origin> = {}
  const assume: Assume = (field, value, why, origin) => assumptions.push({ field, value, why, origin })

  let network: Network
  if (options.network) {
    network = options.network
    origins.network = 'request'
  } else if (partnerDefaults.network) {
    network = partnerDefaults.network
    origins.network = 'partner_contract'
    assume('network', network, t.assume.networkContract, 'partner_contract')
  } else {
    network = 'in'
    origins.network = 'typical'
    assume('network', 'in', t.assume.networkDefault, 'typical')
  }

  const daysPerWeek = treatment.daysPerWeek ?? DEFAULT_DAYS_PER_WEEK
  origins['treatment.daysPerWeek'] = treatment.daysPerWeek === undefined ? 'typical' : 'request'
  if (treatment.daysPerWeek === undefined) assume('treatment.daysPerWeek', daysPerWeek, t.assume.daysPerWeek, 'typical')
  const weeks = treatment.weeks ?? DEFAULT_WEEKS
  origins['treatment.weeks'] = treatment.weeks === undefined ? 'typical' : 'request'
  if (treatment.weeks === undefined) assume('treatment.weeks', weeks, t.assume.weeks, 'typical')

  const { chargePerDay, allowedPerDay } = resolvePerDiem(network, treatment, partnerDefaults, perDiem, t, assume, origins)

  const profileWhy = textIn(options.locale, profile.why)
  const costSharing = benefits
    ? options.benefitsFrom271
      ? withTypicalGaps(benefits, profile, profileWhy, t, assume, origins)
      : fromBenefits(benefits, t, assume, origins)
    : fromProfile(profile, profileWhy, t, assume, origins)
  return {
    input: { network, daysPerWeek, weeks, chargePerDay, allowedPerDay, ...costSharing },
    assumptions,
    origins,
    typical: !benefits,
  }
}

function resolvePerDiem(
  network: Network,
  treatment: TreatmentInput,
  partner: PartnerDefaults,
  perDiem: PerDiemDefaults,
  t: Messages,
  assume: Assume,
  origins: Record<string, Origin>,
): { chargePerDay: number; allowedPerDay: number } {
  let charge = treatment.chargePerDay
  let allowed = treatment.allowedPerDay
  if (charge !== undefined) origins['treatment.chargePerDay'] = 'request'
  if (allowed !== undefined) origins['treatment.allowedPerDay'] = 'request'
  if (allowed === undefined && partner.allowedPerDay !== undefined && network === 'in') {
    allowed = partner.allowedPerDay
    origins['treatment.allowedPerDay'] = 'partner_contract'
    assume('treatment.allowedPerDay', allowed, t.assume.allowedContract, 'partner_contract')
  }
  if (charge === undefined && partner.chargePerDay !== undefined) {
    charge = partner.chargePerDay
    origins['treatment.chargePerDay'] = 'partner_contract'
    assume('treatment.chargePerDay', charge, t.assume.chargePartner, 'partner_contract')
  }
  if (charge !== undefined && allowed === undefined) {
    // In network the contracted (allowed) amount is what counts; unknown, the charge bounds it from
    // above. Out of network the plan allows its own, lower amount: the typical one, never above the charge.
    allowed = network === 'in' ? charge : Math.min(charge, perDiem.allowed)
    const origin: Origin = network === 'in' ? origins['treatment.chargePerDay']! : perDiem.origin
    origins['treatment.allowedPerDay'] = origin
    assume(
      'treatment.allowedPerDay',
      allowed,
      network === 'in' ? t.assume.allowedIsCharge : t.assume.allowedOutOfNetwork(formatMoney(perDiem.allowed), perDiem.why),
      origin,
    )
  } else if (allowed !== undefined && charge === undefined) {
    charge = allowed
    origins['treatment.chargePerDay'] = origins['treatment.allowedPerDay']!
    assume(
      'treatment.chargePerDay',
      charge,
      network === 'in' ? t.assume.chargeIsAllowedIn : t.assume.chargeIsAllowedOut,
      origins['treatment.allowedPerDay']!,
    )
  } else if (allowed === undefined && charge === undefined) {
    // Both typical: the charge is the typical charge on both sides, so the reason (which names
    // both amounts) never contradicts the amounts shown; in network only the allowed amount counts.
    allowed = perDiem.allowed
    charge = Math.max(perDiem.charge, perDiem.allowed)
    origins['treatment.allowedPerDay'] = perDiem.origin
    origins['treatment.chargePerDay'] = perDiem.origin
    assume('treatment.allowedPerDay', allowed, t.assume.allowedTypical(perDiem.why), perDiem.origin)
    assume(
      'treatment.chargePerDay',
      charge,
      network === 'in' ? t.assume.chargeTypicalIn(perDiem.why) : t.assume.chargeTypicalOut(perDiem.why),
      perDiem.origin,
    )
  }
  return { chargePerDay: charge!, allowedPerDay: allowed! }
}

type CostSharing = Pick<EstimateInput, 'deductible' | 'outOfPocketMax' | 'coinsurance' | 'copay' | 'deductibleApplies' | 'copayFreeDays'>

const BENEFIT_FIELDS = ['deductible', 'outOfPocketMax', 'coinsurance', 'copay', 'deductibleApplies'] as const

function fromBenefits(b: BenefitsInput, t: Messages, assume: Assume, origins: Record<string, Origin>): CostSharing {
  // The payer's word, including its silence: a benefits summary without a deductible has none.
  for (const f of BENEFIT_FIELDS) origins[`benefits.${f}`] = 'payer_271'
  if (!b.deductible) assume('benefits.deductible', null, t.assume.noneGiven.deductible, 'payer_271')
  else if (b.deductible.met === undefined) assume('benefits.deductible.met', 0, t.assume.deductibleMet, 'typical')
  if (!b.outOfPocketMax) assume('benefits.outOfPocketMax', null, t.assume.noneGiven.outOfPocketMax, 'payer_271')
  else if (b.outOfPocketMax.met === undefined)
    assume('benefits.outOfPocketMax.met', 0, t.assume.outOfPocketMaxMet, 'typical')
  if (b.copay === undefined && b.coinsurance === undefined)
    assume('benefits.coinsurance', 0, t.assume.noneGiven.coinsurance, 'payer_271')
  if (b.deductible && b.deductibleApplies === undefined) {
    origins['benefits.deductibleApplies'] = 'typical'
    assume('benefits.deductibleApplies', true, t.assume.deductibleApplies, 'typical')
  }
  return {
    deductible: b.deductible ? { total: b.deductible.total, met: b.deductible.met ?? 0 } : null,
    outOfPocketMax: b.outOfPocketMax ? { total: b.outOfPocketMax.total, met: b.outOfPocketMax.met ?? 0 } : null,
    coinsurance: b.coinsurance ?? 0,
    copay: b.copay ?? null,
    deductibleApplies: b.deductibleApplies ?? true,
  }
}

/**
 * A 271's figures with the payer's silences filled by the plan kind's typical values: each stated
 * figure has origin `payer_271`, each filled one `typical`, listed as an assumption with its why.
 */
/** `profileWhy`: the profile's reason in the answer's language. */
function withTypicalGaps(
  b: BenefitsInput,
  profile: CostSharingProfile,
  profileWhy: string,
  t: Messages, assume: Assume, origins: Record<string, Origin>): CostSharing {
  const typical = costSharingInput(profile.typical)
  const why = t.assume.notInPayerAnswer(profileWhy)
  const given = <K extends keyof BenefitsInput>(k: K) => b[k] !== undefined
  const fill = <T>(field: (typeof BENEFIT_FIELDS)[number], stated: boolean, value: T, shown: Assumption['value']): T => {
    origins[`benefits.${field}`] = stated ? 'payer_271' : 'typical'
    if (!stated) assume(`benefits.${field}`, shown, why, 'typical')
    return value
  }
  const deductible = fill(
    'deductible',
    given('deductible'),
    b.deductible ? { total: b.deductible.total, met: b.deductible.met ?? 0 } : typical.deductible,
    typical.deductible?.total ?? null,
  )
  if (b.deductible && b.deductible.met === undefined) assume('benefits.deductible.met', 0, t.assume.deductibleMet, 'typical')
  const outOfPocketMax = fill(
    'outOfPocketMax',
    given('outOfPocketMax'),
    b.outOfPocketMax ? { total: b.outOfPocketMax.total, met: b.outOfPocketMax.met ?? 0 } : typical.outOfPocketMax,
    typical.outOfPocketMax?.total ?? null,
  )
  if (b.outOfPocketMax && b.outOfPocketMax.met === undefined)
    assume('benefits.outOfPocketMax.met', 0, t.assume.outOfPocketMaxMet, 'typical')
  // Copay and coinsurance are one figure: the payer stating either one states the patient's share.
  const shareStated = given('copay') || given('coinsurance')
  const copay = fill('copay', shareStated, shareStated ? (b.copay ?? null) : typical.copay, shareStated ? (b.copay ?? null) : typical.copay)
  const coinsurance = fill(
    'coinsurance',
    shareStated,
    shareStated ? (b.coinsurance ?? 0) : typical.coinsurance,
    shareStated ? (b.coinsurance ?? 0) : typical.coinsurance,
  )
  const deductibleApplies = fill('deductibleApplies', given('deductibleApplies'), b.deductibleApplies ?? typical.deductibleApplies, b.deductibleApplies ?? typical.deductibleApplies)
  return {
    deductible,
    outOfPocketMax,
    coinsurance,
    copay,
    deductibleApplies,
    ...(!shareStated && typical.copayFreeDays ? { copayFreeDays: typical.copayFreeDays } : {}),
  }
}

/** Cost-sharing values as estimator input (nothing met yet this year). */
export function costSharingInput(values: CostSharingValues): CostSharing {
  return {
    deductible: values.deductible === null ? null : { total: values.deductible, met: 0 },
    outOfPocketMax: values.outOfPocketMax === null ? null : { total: values.outOfPocketMax, met: 0 },
    coinsurance: values.coinsurance,
    copay: values.copay,
    deductibleApplies: values.deductibleApplies,
    ...(values.copayFreeDays ? { copayFreeDays: values.copayFreeDays } : {}),
  }
}

/** `profileWhy`: the profile's reason in the answer's language. */
function fromProfile(profile: CostSharingProfile, profileWhy: string, t: Messages, assume: Assume, origins: Record<string, Origin>): CostSharing {
  const v = profile.typical
  const why = t.assume.typical(profileWhy)
  for (const f of BENEFIT_FIELDS) origins[`benefits.${f}`] = 'typical'
  // A value of none says so in words, so no surface prints a blank ("Out-of-pocket maximum: .").
  const none = (what: string) => t.assume.typicalNone(what, profileWhy)
  assume('benefits.deductible.total', v.deductible, v.deductible === null ? none(t.assume.what.deductible) : why, 'typical')
  if (v.deductible !== null) assume('benefits.deductible.met', 0, t.assume.deductibleMetTypical, 'typical')
  assume(
    'benefits.outOfPocketMax.total',
    v.outOfPocketMax,
    v.outOfPocketMax === null ? none(t.assume.what.outOfPocketMax) : why,
    'typical',
  )
  if (v.copay !== null) assume('benefits.copay', v.copay, why, 'typical')
  else assume('benefits.coinsurance', v.coinsurance, why, 'typical')
  assume('benefits.deductibleApplies', v.deductibleApplies, why, 'typical')
  return costSharingInput(v)
}
