/**
 * @module
 * One way to run a coverage check from HTTP input, shared by `POST /v1/coverage/checks` and the
 * eligibility routes (which add the member's benefits read from a 271): the payer is resolved
 * with the shared, once-per-isolate matcher, then the pure domain check runs on the bundled rules.
 */
import { PAYERS_BY_ID } from '../data/payers'
import { PAYER_MATCHER } from '../data/payers/matcher'
import { PROFILES, RULES } from '../data/rules'
import { checkCoverage } from '../domain/coverage/check'
import type { BenefitsInput, CoverageCheckResult } from '../domain/coverage/types'
import { resolvePayer } from '../domain/payer/resolve'
import type { CoverageCheckRequest } from '../http/schemas/coverage'

/** Drops the nulls a 271 summary carries: null and absent both mean "not in the benefits". */
export function benefitsInput(b: NonNullable<CoverageCheckRequest['benefits']>): BenefitsInput {
  const out: BenefitsInput = {}
  if (b.deductible) out.deductible = b.deductible
  if (b.outOfPocketMax) out.outOfPocketMax = b.outOfPocketMax
  if (b.coinsurance !== null && b.coinsurance !== undefined) out.coinsurance = b.coinsurance
  if (b.copay !== null && b.copay !== undefined) out.copay = b.copay
  if (b.deductibleApplies !== null && b.deductibleApplies !== undefined) out.deductibleApplies = b.deductibleApplies
  return out
}

/**
 * Resolves the payer (the member ID is only a matching signal: never logged or echoed) and runs
 * the coverage check.
 */
export function runCoverageCheck(body: CoverageCheckRequest): CoverageCheckResult {
  const payer = resolvePayer(PAYER_MATCHER, PAYERS_BY_ID, body.payer, {
    ...(body.state ? { state: body.state } : {}),
    ...(body.memberId ? { memberId: body.memberId } : {}),
  })
  return checkCoverage(
    {
      payer,
      ...(body.program ? { program: body.program } : {}),
      ...(body.state ? { state: body.state } : {}),
      ...(body.plan ? { plan: body.plan } : {}),
      ...(body.network ? { network: body.network } : {}),
      ...(body.benefits ? { benefits: benefitsInput(body.benefits) } : {}),
      ...(body.treatment ? { treatment: body.treatment } : {}),
    },
    { rules: RULES, profiles: PROFILES, directory: PAYERS_BY_ID },
  )
}
