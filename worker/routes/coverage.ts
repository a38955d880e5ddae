import { Hono } from 'hono'
import { PAYERS } from '../data/payers'
import { PROFILES, RULES } from '../data/rules'
import { checkCoverage } from '../domain/coverage/check'
import { findPayer } from '../domain/coverage/find-payer'
import type { BenefitsInput } from '../domain/coverage/types'
import { createPayerMatcher } from '../domain/payer/match'
import type { AppEnv } from '../env'
import type { CoverageCheckResponse } from '../http/schemas/coverage'
import { CoverageCheckRequest } from '../http/schemas/coverage'
import { requireJson, validate } from '../http/validate'

// Built once per isolate: the directory is static, so its index is too.
const matcher = createPayerMatcher(PAYERS)

/** Drops the nulls a 271 summary carries: null and absent both mean "not in the benefits". */
function benefitsInput(b: NonNullable<CoverageCheckRequest['benefits']>): BenefitsInput {
  const out: BenefitsInput = {}
  if (b.deductible) out.deductible = b.deductible
  if (b.outOfPocketMax) out.outOfPocketMax = b.outOfPocketMax
  if (b.coinsurance !== null && b.coinsurance !== undefined) out.coinsurance = b.coinsurance
  if (b.copay !== null && b.copay !== undefined) out.copay = b.copay
  if (b.deductibleApplies !== null && b.deductibleApplies !== undefined) out.deductibleApplies = b.deductibleApplies
  return out
}

/** `POST /v1/coverage/checks`: payer and plan normalization, IOP coverage rules and the cost estimate. */
export const coverage = new Hono<AppEnv>().post(
  '/',
  requireJson(),
  validate('json', CoverageCheckRequest),
  (c) => {
    const body = c.req.valid('json')
    const payer = findPayer(body.payer, {
      directory: PAYERS,
      matcher,
      ...(body.state ? { state: body.state } : {}),
      ...(body.memberId ? { memberId: body.memberId } : {}),
    })
    const result = checkCoverage(
      {
        payer,
        program: body.program,
        ...(body.state ? { state: body.state } : {}),
        ...(body.plan ? { plan: body.plan } : {}),
        ...(body.network ? { network: body.network } : {}),
        ...(body.benefits ? { benefits: benefitsInput(body.benefits) } : {}),
        ...(body.treatment ? { treatment: body.treatment } : {}),
      },
      { rules: RULES, profiles: PROFILES, directory: PAYERS },
    )
    c.header('Cache-Control', 'no-store')
    return c.json<CoverageCheckResponse>(result)
  },
)
