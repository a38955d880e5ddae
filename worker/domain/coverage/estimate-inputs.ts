/**
 * @module
 * From what a request says (and what it doesn't) to the estimator's fully resolved input. Given
 * values are never overridden. When the request carries `benefits`, those are the member's
 * benefits and are applied exactly as given: a field missing from them means "none" (no
 * deductible, no cap, coinsurance 0), because a benefits summary that lists no deductible has
 * none. Only when `benefits` is absent (the anonymous quick check) do typical values for the plan
 * stand in. Either way every value not given is listed as an assumption with its reason.
 */
import { formatUsd } from '../estimate/money'
import type { CostSharingValues, CostSharingProfile } from './rule-schema'
import type { EstimateInput, Network } from '../estimate/types'
import type { Assumption, BenefitsInput, PartnerDefaults, TreatmentInput } from './types'

/** IOP practice (ASAM 2.1: ≥ 9 h/week, usually 3 h/day): 3 days a week for 12 weeks. */
export const DEFAULT_DAYS_PER_WEEK = 3
export const DEFAULT_WEEKS = 12

export type PerDiemDefaults = { allowed: number; charge: number; why: string }

export type ResolveOptions = {
  network?: Network
  benefits?: BenefitsInput
  treatment?: TreatmentInput
  partnerDefaults?: PartnerDefaults
  /** Typical per-diem amounts for the payer type (from the winning rule's cascade). */
  perDiem: PerDiemDefaults
  /** Typical cost-sharing for the plan; used only when `benefits` is absent. */
  profile: CostSharingProfile
}

export type ResolvedInputs = {
  input: EstimateInput
  assumptions: Assumption[]
  /** True when typical values stood in for unknown benefits (the quick check). */
  typical: boolean
}

/** Resolves network, treatment and cost-sharing, listing each assumed value. */
export function resolveEstimateInputs(options: ResolveOptions): ResolvedInputs {
  const { benefits, treatment = {}, partnerDefaults = {}, perDiem, profile } = options
  const assumptions: Assumption[] = []
  const assume = (field: string, value: Assumption['value'], why: string) =>
    assumptions.push({ field, value, why })

  let network: Network
  if (options.network) network = options.network
  else if (partnerDefaults.network) {
    network = partnerDefaults.network
    assume('network', network, "the treatment center's contract with this payer")
  } else {
    network = 'in'
    assume('network', 'in', 'assumed in network; ask the program whether it is in network with your plan')
  }

  const daysPerWeek = treatment.daysPerWeek ?? DEFAULT_DAYS_PER_WEEK
  if (treatment.daysPerWeek === undefined)
    assume('treatment.daysPerWeek', daysPerWeek, 'typical IOP schedule: 3 hours a day, 3 days a week (ASAM level 2.1: at least 9 hours a week)')
  const weeks = treatment.weeks ?? DEFAULT_WEEKS
  if (treatment.weeks === undefined)
    assume('treatment.weeks', weeks, 'typical IOP course: 12 weeks (programs run 8 to 16 weeks; 90 days is common)')

  const { chargePerDay, allowedPerDay } = resolvePerDiem(network, treatment, partnerDefaults, perDiem, assume)

  const costSharing = benefits ? fromBenefits(benefits, assume) : fromProfile(profile, assume)
  return {
    input: { network, daysPerWeek, weeks, chargePerDay, allowedPerDay, ...costSharing },
    assumptions,
    typical: !benefits,
  }
}

function resolvePerDiem(
  network: Network,
  treatment: TreatmentInput,
  partner: PartnerDefaults,
  perDiem: PerDiemDefaults,
  assume: (field: string, value: Assumption['value'], why: string) => void,
): { chargePerDay: number; allowedPerDay: number } {
  let charge = treatment.chargePerDay
  let allowed = treatment.allowedPerDay
  if (allowed === undefined && partner.allowedPerDay !== undefined && network === 'in') {
    allowed = partner.allowedPerDay
    assume('treatment.allowedPerDay', allowed, "the treatment center's contracted rate with this payer")
  }
  if (charge === undefined && partner.chargePerDay !== undefined) {
    charge = partner.chargePerDay
    assume('treatment.chargePerDay', charge, "the treatment center's per-day charge")
  }
  if (charge !== undefined && allowed === undefined) {
    // In network the contracted (allowed) amount is what counts; unknown, the charge bounds it from
    // above. Out of network the plan allows its own, lower amount: the typical one, never above the charge.
    allowed = network === 'in' ? charge : Math.min(charge, perDiem.allowed)
    assume(
      'treatment.allowedPerDay',
      allowed,
      network === 'in'
        ? 'not given: assumed equal to the charge, so this is an upper bound (contracted rates are usually lower)'
        : `not given: out of network the plan allows its own amount; typical ${formatUsd(perDiem.allowed)} (${perDiem.why}), at most the charge`,
    )
  } else if (allowed !== undefined && charge === undefined) {
    charge = allowed
    assume(
      'treatment.chargePerDay',
      charge,
      network === 'in'
        ? 'not given: in network you never pay above the allowed amount, so the charge does not change your cost'
        : 'not given: assumed equal to the allowed amount, so no balance bill is included; ask the program for its charge',
    )
  } else if (allowed === undefined && charge === undefined) {
    allowed = perDiem.allowed
    charge = network === 'in' ? perDiem.allowed : Math.max(perDiem.charge, perDiem.allowed)
    assume('treatment.allowedPerDay', allowed, `typical allowed amount per IOP day: ${perDiem.why}`)
    assume(
      'treatment.chargePerDay',
      charge,
      network === 'in'
        ? 'in network you never pay above the allowed amount'
        : `typical program charge per IOP day out of network (${perDiem.why})`,
    )
  }
  return { chargePerDay: charge!, allowedPerDay: allowed! }
}

type CostSharing = Pick<
  EstimateInput,
  'deductible' | 'outOfPocketMax' | 'coinsurance' | 'copay' | 'deductibleApplies'
>

function fromBenefits(
  b: BenefitsInput,
  assume: (field: string, value: Assumption['value'], why: string) => void,
): CostSharing {
  const given = 'not in the benefits given: treated as none'
  if (!b.deductible) assume('benefits.deductible', null, `${given} (no deductible)`)
  else if (b.deductible.met === undefined)
    assume('benefits.deductible.met', 0, 'not given: nothing paid toward the deductible yet this year')
  if (!b.outOfPocketMax) assume('benefits.outOfPocketMax', null, `${given} (no out-of-pocket cap)`)
  else if (b.outOfPocketMax.met === undefined)
    assume('benefits.outOfPocketMax.met', 0, 'not given: nothing paid toward the out-of-pocket maximum yet this year')
  if (b.copay === undefined && b.coinsurance === undefined)
    assume('benefits.coinsurance', 0, `${given} (neither copay nor coinsurance)`)
  if (b.deductible && b.deductibleApplies === undefined)
    assume('benefits.deductibleApplies', true, 'not given: the deductible applies, as it does unless the plan waives it')
  return {
    deductible: b.deductible ? { total: b.deductible.total, met: b.deductible.met ?? 0 } : null,
    outOfPocketMax: b.outOfPocketMax ? { total: b.outOfPocketMax.total, met: b.outOfPocketMax.met ?? 0 } : null,
    coinsurance: b.coinsurance ?? 0,
    copay: b.copay ?? null,
    deductibleApplies: b.deductibleApplies ?? true,
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
  }
}

function fromProfile(
  profile: CostSharingProfile,
  assume: (field: string, value: Assumption['value'], why: string) => void,
): CostSharing {
  const t = profile.typical
  const why = `typical: ${profile.why}`
  assume('benefits.deductible.total', t.deductible, why)
  assume('benefits.deductible.met', 0, 'assumed nothing paid toward the deductible yet this year')
  assume('benefits.outOfPocketMax.total', t.outOfPocketMax, why)
  if (t.copay !== null) assume('benefits.copay', t.copay, why)
  else assume('benefits.coinsurance', t.coinsurance, why)
  assume('benefits.deductibleApplies', t.deductibleApplies, why)
  return costSharingInput(t)
}
