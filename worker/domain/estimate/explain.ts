/**
 * @module
 * Plain-words explanations of an estimate, for a visitor who has never read a benefits summary:
 * one sentence per step of the algorithm that actually cost something, with the dollar amounts.
 */
import { formatUsd } from './money'
import type { EstimateInput, EstimateResult } from './types'

const percent = (fraction: number): string =>
  `${Number((fraction * 100).toFixed(4)).toString()} %`

/**
 * Sentences explaining how `result` follows from `input`.
 * @example explainEstimate(input, result)[0] // "36 IOP days (3 days a week for 12 weeks) at …"
 */
export function explainEstimate(input: EstimateInput, result: EstimateResult): string[] {
  const lines: string[] = []
  const dayWord = result.days === 1 ? 'day' : 'days'
  lines.push(
    `${result.days} IOP ${dayWord} (${input.daysPerWeek} a week for ${input.weeks} ${input.weeks === 1 ? 'week' : 'weeks'}) ` +
      `at ${formatUsd(input.allowedPerDay)} allowed per day: ${formatUsd(result.allowedTotal)} of allowed charges.`,
  )
  const dedRem = input.deductible ? Math.max(0, input.deductible.total - input.deductible.met) : 0
  if (!input.deductible) lines.push('No deductible applies.')
  else if (!input.deductibleApplies) lines.push('Your deductible is waived for this service.')
  else if (dedRem === 0) lines.push('Your deductible is already met this year.')
  else
    lines.push(
      `You pay the first ${formatUsd(dedRem)} of allowed charges (your remaining deductible)` +
        (result.breakdown.deductible < dedRem
          ? `; this course uses ${formatUsd(result.breakdown.deductible)} of it.`
          : '.'),
    )
  const after = input.deductible && input.deductibleApplies && dedRem > 0 ? 'Then you pay' : 'You pay'
  if (input.copay !== null) {
    lines.push(`${after} a ${formatUsd(input.copay)} copay per IOP day (never more than the day's allowed amount).`)
  } else if (input.coinsurance > 0) {
    lines.push(`${after} ${percent(input.coinsurance)} of each day's allowed amount (coinsurance); the plan pays the rest.`)
  } else {
    lines.push(`${after} no coinsurance or copay: the plan pays the rest of each day's allowed amount.`)
  }
  if (input.outOfPocketMax) {
    const oopRem = Math.max(0, input.outOfPocketMax.total - input.outOfPocketMax.met)
    lines.push(
      result.outOfPocketMaxReachedOnDay === null
        ? `Your out-of-pocket maximum leaves ${formatUsd(oopRem)} to pay this year; this course stays under it.`
        : `Once you have paid ${formatUsd(oopRem)} more this year (your out-of-pocket maximum), the plan pays ` +
            `100 % of allowed charges: that happens after day ${result.outOfPocketMaxReachedOnDay}.`,
    )
  } else {
    lines.push('No out-of-pocket maximum was applied, so nothing caps your share.')
  }
  if (result.breakdown.balanceBilling > 0) {
    lines.push(
      `Out of network, the program may bill you the difference between its charge (${formatUsd(input.chargePerDay)}) ` +
        `and the allowed amount (${formatUsd(input.allowedPerDay)}) each day: ${formatUsd(result.breakdown.balanceBilling)} ` +
        'in all. This balance bill does not count toward your out-of-pocket maximum.',
    )
  }
  lines.push(
    `In total you pay about ${formatUsd(result.patientPays)} and the plan pays ${formatUsd(result.planPays)}.`,
  )
  return lines
}
