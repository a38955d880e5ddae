/**
 * @module
 * The real-time check (`POST /v1/eligibility/checks`): the 270/271 through the clearinghouse
 * adapter, then the one answer for the member's entry, with the partner's contract as the
 * console's coverage check uses it (same member, same contract, same price).
 */
import { eligibilityCheck, type EligibilityCaller } from '../adapters/eligibility-check'
import type { EligibilityCheckRequest, EligibilityCheckResponse } from '../http/schemas/eligibility'
import type { ServiceContext } from './answer-inputs'
import { answerFor271Entry } from './eligibility-answer'

export async function runRealTimeCheck(
  env: Env,
  req: EligibilityCheckRequest,
  requestId: string,
  ctx: ServiceContext,
  caller: EligibilityCaller,
): Promise<EligibilityCheckResponse> {
  const reading = await eligibilityCheck(env, req, requestId, caller)
  // The adapter answers only for a first entry that is not rejected (else a problem), so there is one.
  const coverageCheck = await answerFor271Entry(
    reading.transactions[0]!,
    {
      payerId: reading.payerId,
      program: req.program,
      network: req.network,
      state: req.state,
      plan: req.plan,
      treatment: req.treatment,
      checkedAt: reading.source.checkedAt,
    },
    ctx,
  )
  return { ...reading, coverageCheck }
}
