/**
 * @module
 * The one answer in lines for a terminal: payer, verdict with each named condition and its
 * origin, the price or why there is none, what was assumed and the next steps. `check` and
 * `x12 --estimate` print the same lines for the same answer, as every other surface does.
 */
import { formatUsd } from './money'
import { terminalSafe } from './terminal'
import { NO_PRICE_WORDS, verdictOf } from './verdict'

export function answerLines(body: unknown): string[] {
  const v = verdictOf(body)
  const money = (cents: number | null) => (cents === null ? '–' : formatUsd(cents))
  const lines = [
    `Payer       ${v.payerName ? `${v.payerName} (${v.payerId})${v.confidence !== null ? `, confidence ${v.confidence}` : ''}` : 'not recognized'}`,
    `Coverage    ${v.coverageStatus.replaceAll('_', ' ')}${v.priorAuthorization ? `, prior authorization ${v.priorAuthorization.replace('_', ' ')}` : ''}`,
  ]
  // The verdict's conditions, each named with where it comes from (the 271, the contract, a rule).
  for (const c of v.conditions) lines.push(`  - ${c.text}${c.origin ? ` [${c.origin}]` : ''}`)
  if (v.manager) lines.push(`Manager     ${v.manager.name}${v.manager.phone ? `, ${v.manager.phone}` : ''}`)
  if (v.days !== null) {
    lines.push(
      `Estimate    ${v.days} days: patient pays ${money(v.patientPays)}, plan pays ${money(v.planPays)} (allowed ${money(v.allowedTotal)})`,
    )
    if (v.range) lines.push(`            typical plans: ${money(v.range.low)} to ${money(v.range.high)}`)
    if (v.oopMaxReachedOnDay !== null) lines.push(`            out-of-pocket maximum reached on day ${v.oopMaxReachedOnDay}`)
  } else if (v.noEstimate) {
    lines.push(`Estimate    none: ${NO_PRICE_WORDS[v.noEstimate] ?? v.noEstimate.replaceAll('_', ' ')} (see next steps)`)
  }
  if (v.assumptions.length) lines.push('Assumed', ...v.assumptions.map((a) => `  - ${a}`))
  if (v.nextSteps.length) lines.push('Next steps', ...v.nextSteps.map((s) => `  - ${s}`))
  // Texts come from the API (payer names, a 271's plan name): no control character reaches the terminal.
  return lines.map(terminalSafe)
}
