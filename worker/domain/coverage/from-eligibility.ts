/**
 * @module
 * A coverage check with the payer's own answer (a 271): the member's figures replace the typical
 * ones, and what the payer says about the coverage itself (inactive, prior authorization) beats
 * what the carrier rules expect. Pure: the routes read the 271 and run the check; this joins them.
 */
import type { CheckBenefits } from '../x12/iop'
import type { EligibilityEntry } from '../x12/types'
import type { BenefitsInput, CoverageCheckResult } from './types'

/**
 * The 271's figures for one network side as a check's `benefits`, or undefined when the 271 has
 * none for that side: then the typical values (with a range) stand in, rather than "no
 * deductible, no coinsurance", which an empty benefits object would mean.
 */
export function benefitsFrom271(b: CheckBenefits): BenefitsInput | undefined {
  return Object.keys(b).length ? { ...b } : undefined
}

/**
 * Applies the payer's word on the coverage to a check computed from the rules and the 271's figures.
 * @example withEligibility(check, 'inactive', 'unknown').coverage.status // 'not_covered'
 */
export function withEligibility(
  check: CoverageCheckResult,
  status: EligibilityEntry['status'],
  priorAuthorization: 'required' | 'not_required' | 'unknown',
): CoverageCheckResult {
  const coverage = { ...check.coverage, notes: [...check.coverage.notes] }
  let nextSteps = [...check.nextSteps]
  if (status === 'inactive') {
    coverage.status = 'not_covered'
    coverage.notes.push('The payer reports this coverage as inactive: it was not in effect on the date asked.')
    nextSteps = [
      'The payer says this coverage is inactive: ask for the insurance in effect now (a newer card, Medicaid, or a spouse’s or parent’s plan) and check again.',
      ...nextSteps,
    ]
  } else if (status === 'unknown') {
    coverage.notes.push('The payer’s answer did not say whether the coverage is active: confirm with the payer.')
  }
  if (priorAuthorization !== 'unknown' && priorAuthorization !== coverage.priorAuthorization) {
    coverage.priorAuthorization = priorAuthorization
    coverage.notes.push(
      priorAuthorization === 'required'
        ? 'The payer’s answer says IOP needs prior authorization.'
        : 'The payer’s answer says IOP needs no prior authorization.',
    )
    nextSteps = nextSteps.filter((s) => !/prior authorization/i.test(s))
    if (priorAuthorization === 'required')
      nextSteps.unshift('Prior authorization is required before IOP starts (the payer says so): request it before the first day.')
  }
  return { ...check, coverage, nextSteps }
}
