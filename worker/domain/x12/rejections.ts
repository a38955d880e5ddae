/**
 * @module
 * What a person should do about an AAA rejection. A 271 rejection is usually a typo in what
 * was sent, so each common code points at the field to check; AAA 42 (and 80) mean the payer
 * could not answer now, which no correction fixes: try again later.
 */
import type { Rejection } from './types'

export type RejectionAdvice =
  | { kind: 'retry_later'; message: string }
  | { kind: 'correct'; fields: string[]; message: string }

const RETRY_LATER = new Set(['42', '80'])

const ADVICE: Record<string, { fields: string[]; message: string }> = {
  '72': { fields: ['memberId'], message: 'The payer does not recognize the member ID: check it against the card, including any prefix.' },
  '64': { fields: ['memberId'], message: 'The payer does not recognize the patient ID: check the member ID on the card.' },
  '73': { fields: ['firstName', 'lastName'], message: 'The name does not match the payer\'s records: enter it exactly as printed on the card.' },
  '65': { fields: ['firstName', 'lastName'], message: 'The patient name does not match: enter it exactly as printed on the card.' },
  '58': { fields: ['dateOfBirth'], message: 'The payer rejected the date of birth: check it.' },
  '71': { fields: ['dateOfBirth'], message: 'The date of birth does not match the payer\'s records: check it.' },
  '60': { fields: ['dateOfBirth'], message: 'The date of birth is after the date of service: check it.' },
  '75': { fields: ['payer', 'memberId'], message: 'The payer found no such subscriber: check that this is the right payer (for Blue plans, the right state plan) and the member ID.' },
  '67': { fields: ['payer', 'memberId'], message: 'The payer found no such patient: check the payer and the member ID.' },
  '76': { fields: ['memberId'], message: 'The payer has more than one subscriber with this member ID: call the payer.' },
  '78': { fields: ['payer', 'plan'], message: 'The subscriber is not in the group or plan identified: check the payer and plan.' },
  T4: { fields: ['payer'], message: 'The payer name or identifier is missing or wrong: pick the payer again.' },
}

/** The advice for a member's rejections, or `null` when there are none. Retry-later wins. */
export function adviseOnRejections(rejections: readonly Rejection[]): RejectionAdvice | null {
  if (rejections.length === 0) return null
  const busy = rejections.find((r) => RETRY_LATER.has(r.code))
  if (busy) {
    return { kind: 'retry_later', message: `The payer cannot answer right now (AAA ${busy.code}: ${busy.meaning}). Try again in a few minutes.` }
  }
  const known = rejections.map((r) => ADVICE[r.code]).filter((a) => a !== undefined)
  if (known.length > 0) {
    return {
      kind: 'correct',
      fields: [...new Set(known.flatMap((a) => a.fields))],
      message: known.map((a) => a.message).join(' '),
    }
  }
  const first = rejections[0]!
  return {
    kind: 'correct',
    fields: [],
    message: `The payer rejected the inquiry (AAA ${first.code}: ${first.meaning ?? 'unlisted reason'})${first.followUp?.meaning ? `; ${first.followUp.meaning.toLowerCase()}` : ''}.`,
  }
}
