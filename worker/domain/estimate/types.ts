/**
 * @module
 * The estimator's input and output: a course of IOP days and the member's cost-sharing, all in
 * integer cents, resolved (nothing optional left to guess) before the estimator runs.
 */

export type Network = 'in' | 'out'

/** An annual accumulator: the plan's amount and what the member has already paid toward it. */
export type Accumulator = { total: number; met: number }

/** Everything the estimator needs, already resolved: no defaults are applied inside it. */
export type EstimateInput = {
  network: Network
  daysPerWeek: number
  weeks: number
  /** What the program bills per IOP day (cents). */
  chargePerDay: number
  /** What the plan allows per IOP day (cents): the amount cost-sharing applies to. */
  allowedPerDay: number
  /** Null: no deductible. */
  deductible: Accumulator | null
  /** Null: no out-of-pocket cap. */
  outOfPocketMax: Accumulator | null
  /** Patient share of the allowed amount after the deductible, in [0, 1]; ignored when `copay` is set. */
  coinsurance: number
  /** Per-day copay (cents); null: coinsurance applies instead. */
  copay: number | null
  /**
   * The first this many days carry no copay (VA: the first outpatient mental-health/SUD visits
   * of the year are copay-free through 2027). Absent: every day carries the copay.
   */
  copayFreeDays?: number
  /** False: the deductible is waived for this service. */
  deductibleApplies: boolean
}

export type EstimateBreakdown = {
  deductible: number
  coinsurance: number
  copay: number
  balanceBilling: number
}

export type EstimateWeek = { week: number; patientPays: number; planPays: number }

export type EstimateResult = {
  currency: 'USD'
  days: number
  chargeTotal: number
  allowedTotal: number
  planPays: number
  patientPays: number
  breakdown: EstimateBreakdown
  /** First day (1-based) after which nothing is left under the out-of-pocket max; null if never. */
  outOfPocketMaxReachedOnDay: number | null
  weeks: EstimateWeek[]
}
