/**
 * @module
 * A pasted 271 (`POST /v1/eligibility/x12`): the PHI-free reading, and with `estimate=1` one
 * answer per entry in document order (a rejected entry gets an answer too: no price, and what
 * to do about the rejection).
 */
import type { EligibilityReading } from '../domain/x12/types'
import type { EligibilityX12Query, EligibilityX12Response } from '../http/schemas/eligibility'
import type { ServiceContext } from './answer-inputs'
import { answerFor271Entry } from './eligibility-answer'

export async function answerPasted271(
  reading: EligibilityReading,
  query: EligibilityX12Query,
  ctx: ServiceContext,
): Promise<EligibilityX12Response> {
  if (query.estimate !== '1') return reading
  const coverageChecks = []
  for (const entry of reading.transactions)
    coverageChecks.push(
      await answerFor271Entry(entry, { program: query.program, network: query.network, state: query.state }, ctx),
    )
  return { ...reading, coverageChecks }
}
