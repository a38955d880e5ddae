/**
 * @module
 * The answer for one 271 entry (the real-time check's and the pasted 271's): its payer (the one
 * asked, else by clearinghouse id, else by the name in the 271), the partner's contract with that
 * payer, and the entry itself as the payer's word. Both use cases share this step.
 */
import { PAYERS } from '../data/payers'
import { composeAnswer } from '../domain/answer/compose'
import type { Answer } from '../domain/answer/types'
import type { Network } from '../domain/estimate/types'
import type { Program } from '../domain/coverage/rule-schema'
import type { TreatmentInput } from '../domain/coverage/types'
import type { PayerRecord } from '../domain/payer/types'
import type { EligibilityEntry } from '../domain/x12/types'
import { answerOptions, partnerDefaultsFor, resolveAnswerPayer, type ServiceContext } from './answer-inputs'

/** Directory records by clearinghouse payer id, kept only where the id names one record. */
const BY_CLEARINGHOUSE_ID: ReadonlyMap<string, PayerRecord> = (() => {
  const all = new Map<string, PayerRecord[]>()
  for (const p of PAYERS) for (const id of p.payerIds ?? []) all.set(id, [...(all.get(id) ?? []), p])
  return new Map([...all].filter(([, records]) => records.length === 1).map(([id, [record]]) => [id, record!]))
})()

export type EntryRequest = {
  program: Program
  network?: Network | undefined
  state?: string | undefined
  plan?: string | undefined
  treatment?: TreatmentInput | undefined
  /** The directory payer already resolved (the real-time check knows whom it asked). */
  payerId?: string | undefined
  checkedAt?: string | null
}

export async function answerFor271Entry(entry: EligibilityEntry, req: EntryRequest, ctx: ServiceContext): Promise<Answer> {
  const byId = entry.payer.id ? BY_CLEARINGHOUSE_ID.get(entry.payer.id) : undefined
  const payerId = req.payerId ?? byId?.id
  const payer = payerId
    ? resolveAnswerPayer({ id: payerId }, { state: req.state })
    : entry.payer.name
      ? resolveAnswerPayer(entry.payer.name, { state: req.state })
      : null
  const partnerDefaults = await partnerDefaultsFor(ctx.contractFor, payer, req.program)
  return composeAnswer(
    {
      locale: ctx.locale,
      payer,
      program: req.program,
      ...(req.state ? { state: req.state } : {}),
      ...(req.plan ? { plan: req.plan } : {}),
      ...(req.network ? { network: req.network } : {}),
      ...(req.treatment ? { treatment: req.treatment } : {}),
      eligibility: { entry, checkedAt: req.checkedAt ?? null },
    },
    answerOptions(partnerDefaults),
  )
}
