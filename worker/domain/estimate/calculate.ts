/**
 * @module
 * The cost estimator: what a course of IOP costs the patient and the plan, day by day, exactly as
 * docs/architecture.md "The estimate algorithm" specifies. Each day runs deductible → copay or coinsurance →
 * out-of-pocket cap; out of network, the difference between charge and allowed amount is balance
 * billed on top, uncapped. Integer cents throughout, so totals are the sums of the days.
 */
import { shareOf, toMillionths } from './money'
import type { EstimateInput, EstimateResult, EstimateWeek } from './types'

/**
 * Estimates a course of IOP from fully resolved inputs.
 * @example
 * // 20 days at $400 allowed, $1,500 deductible, 20 %, $3,000 cap → patient $2,800, plan $5,200
 * estimateCourse({ network: 'in', daysPerWeek: 5, weeks: 4, chargePerDay: 40000, allowedPerDay: 40000,
 *   deductible: { total: 150000, met: 0 }, outOfPocketMax: { total: 300000, met: 0 },
 *   coinsurance: 0.2, copay: null, deductibleApplies: true })
 */
export function estimateCourse(input: EstimateInput): EstimateResult {
  const { daysPerWeek, weeks: weekCount, allowedPerDay: allowed, chargePerDay: charge } = input
  const days = daysPerWeek * weekCount
  const hasCap = input.outOfPocketMax !== null
  let dedRem = input.deductible ? Math.max(0, input.deductible.total - input.deductible.met) : 0
  let oopRem = input.outOfPocketMax
    ? Math.max(0, input.outOfPocketMax.total - input.outOfPocketMax.met)
    : Number.POSITIVE_INFINITY
  const millionths = toMillionths(input.coinsurance)
  const balancePerDay = input.network === 'out' ? Math.max(0, charge - allowed) : 0
  const freeDays = input.copayFreeDays ?? 0

  let deductibleTotal = 0
  let shareTotal = 0
  let balanceTotal = 0
  let planTotal = 0
  let reachedOn: number | null = null
  const weeks: EstimateWeek[] = []
  let week: EstimateWeek = { week: 1, patientPays: 0, planPays: 0 }

  for (let day = 1; day <= days; day++) {
    const dedPart = input.deductibleApplies ? Math.min(allowed, dedRem) : 0
    const rest = allowed - dedPart
    const share =
      input.copay !== null ? (day <= freeDays ? 0 : Math.min(input.copay, rest)) : shareOf(rest, millionths)
    const dedPaid = Math.min(dedPart, oopRem)
    oopRem -= dedPaid
    dedRem -= dedPaid
    const sharePaid = Math.min(share, oopRem)
    oopRem -= sharePaid
    const planPays = allowed - dedPaid - sharePaid
    const patientPays = dedPaid + sharePaid + balancePerDay

    deductibleTotal += dedPaid
    shareTotal += sharePaid
    balanceTotal += balancePerDay
    planTotal += planPays
    if (hasCap && reachedOn === null && oopRem === 0) reachedOn = day

    week.patientPays += patientPays
    week.planPays += planPays
    if (day % daysPerWeek === 0) {
      weeks.push(week)
      week = { week: week.week + 1, patientPays: 0, planPays: 0 }
    }
  }

  return {
    currency: 'USD',
    days,
    chargeTotal: charge * days,
    allowedTotal: allowed * days,
    planPays: planTotal,
    patientPays: deductibleTotal + shareTotal + balanceTotal,
    breakdown: {
      deductible: deductibleTotal,
      coinsurance: input.copay === null ? shareTotal : 0,
      copay: input.copay === null ? 0 : shareTotal,
      balanceBilling: balanceTotal,
    },
    outOfPocketMaxReachedOnDay: reachedOn,
    weeks,
  }
}
