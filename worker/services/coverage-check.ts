/**
 * @module
 * The coverage check (`POST /v1/coverage/checks`): the widget's quick check (no benefits: the
 * rules and typical values), the console's and the CLI's check (with the member's benefits, read
 * from a 271 or a benefits summary). One use case, one service: resolve the payer, look up the
 * partner's contract with it, compose the answer once.
 */
import { composeAnswer } from '../domain/answer/compose'
import type { Answer } from '../domain/answer/types'
import type { CoverageCheckRequest } from '../http/schemas/coverage'
import { answerOptions, benefitsGiven, partnerDefaultsFor, resolveAnswerPayer, type ServiceContext } from './answer-inputs'

export async function runCoverageCheck(body: CoverageCheckRequest, ctx: ServiceContext): Promise<Answer> {
  const payer = resolveAnswerPayer(body.payer, { state: body.state, memberId: body.memberId })
  const partnerDefaults = await partnerDefaultsFor(ctx.contractFor, payer, body.program)
  return composeAnswer(
    {
      locale: ctx.locale,
      payer,
      program: body.program,
      ...(body.state ? { state: body.state } : {}),
      ...(body.plan ? { plan: body.plan } : {}),
      ...(body.network ? { network: body.network } : {}),
      ...(body.benefits ? { benefits: benefitsGiven(body.benefits) } : {}),
      ...(body.treatment ? { treatment: body.treatment } : {}),
    },
    answerOptions(partnerDefaults),
  )
}
