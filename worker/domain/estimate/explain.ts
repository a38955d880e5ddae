/**
 * @module
 * Plain-words explanations of an estimate, for a visitor who has never read a benefits summary:
 * one sentence per step of the algorithm that actually cost something, with the dollar amounts
 * (the shared money formatter) in the answer's language.
 */
import { en, type Messages } from '../../i18n/en'
import { formatMoney, formatPercent } from '../money/format'
import type { EstimateInput, EstimateResult } from './types'

/**
 * Sentences explaining how `result` follows from `input`.
 * @example explainEstimate(input, result)[0] // "36 IOP days (3 a week for 12 weeks) at …"
 */
export function explainEstimate(input: EstimateInput, result: EstimateResult, t: Messages = en): string[] {
  const m = formatMoney
  const x = t.explain
  const lines: string[] = [x.days(result.days, input.daysPerWeek, input.weeks, m(input.allowedPerDay), m(result.allowedTotal))]
  const dedRem = input.deductible ? Math.max(0, input.deductible.total - input.deductible.met) : 0
  if (!input.deductible) lines.push(x.noDeductible)
  else if (!input.deductibleApplies) lines.push(x.deductibleWaived)
  else if (dedRem === 0) lines.push(x.deductibleMet)
  else
    lines.push(
      result.breakdown.deductible < dedRem
        ? x.deductiblePartly(m(dedRem), m(result.breakdown.deductible))
        : x.deductibleFirst(m(dedRem)),
    )
  const then = Boolean(input.deductible && input.deductibleApplies && dedRem > 0)
  if (input.copay !== null && input.copayFreeDays) lines.push(x.copayAfterFreeDays(then, m(input.copay), input.copayFreeDays))
  else if (input.copay !== null) lines.push(x.copay(then, m(input.copay)))
  else if (input.coinsurance > 0) lines.push(x.coinsurance(then, formatPercent(input.coinsurance)))
  else lines.push(x.noShare(then))
  if (input.outOfPocketMax) {
    const oopRem = Math.max(0, input.outOfPocketMax.total - input.outOfPocketMax.met)
    lines.push(
      result.outOfPocketMaxReachedOnDay === null
        ? x.oopUnder(m(oopRem))
        : x.oopReached(m(oopRem), result.outOfPocketMaxReachedOnDay),
    )
  } else {
    lines.push(x.noOop)
  }
  if (result.breakdown.balanceBilling > 0)
    lines.push(x.balance(m(input.chargePerDay), m(input.allowedPerDay), m(result.breakdown.balanceBilling)))
  lines.push(x.total(m(result.patientPays), m(result.planPays)))
  return lines
}
