/**
 * @module
 * Resolving the `payer` of a coverage check (free text or `{id}`) into the response's payer
 * object: the matcher's best guess with its confidence and alternatives, or null when unknown
 * (an unknown payer is not an error: the check answers "unknown" and says what to do next).
 */
import type { PayerMatcher } from './match'
import {
  productLineOf,
  type AlternativeReason,
  type MatchedBy,
  type PayerKind,
  type PayerRecord,
  type PayerStatus,
  type ProductLine,
} from './types'

/** One alternative payer, as listed in a resolution. */
export type PayerAlternative = {
  id: string
  name: string
  kind: PayerKind
  confidence: number
  /**
   * Additive (issue 14), not filled by `resolvePayer` today (the coverage answer's schema is
   * strict): why it is offered next to the best; see `AlternativeReason`.
   */
  reason?: AlternativeReason
  /** Additive (issue 14), not filled by `resolvePayer` today: whether it serves the state. */
  inState?: boolean | null
}

/** The `payer` object of `POST /v1/coverage/checks` (docs/architecture.md §3), plus the carrier family. */
export type PayerResolution = PayerAlternative & {
  matchedBy: MatchedBy
  /** Carrier family of the payer (`bcbs`, `aetna`…), the key carrier rules are written by. */
  family: string
  /** Id of the payer's behavioral-health manager record, when it has one. */
  behavioralHealthManager?: string
  /** `defunct`: no longer offers coverage; `merged_into`: see `mergedInto`. Answered honestly. */
  status?: PayerStatus
  /**
   * v0.2 contract: whether the payer serves the given state (`states` empty = nationwide);
   * null when no state was given. The answer gives no price for a payer not in the state.
   */
  inState?: boolean | null
  /**
   * v0.2 contract: for a record merged into another, the successor's id and the date; additive
   * (issue 14): the successor's name and one sentence on what the member does now.
   */
  mergedInto?: { id: string; date: string; name?: string; whatNow?: string } | null
  /** Additive (issue 14): the product line (`medicaid_mco`, `tpa`, `sharing_ministry`…). */
  line?: ProductLine
  /** Additive (issue 14): true for a health-care sharing ministry, which is not insurance. */
  notInsurance?: boolean
  alternatives: PayerAlternative[]
}

const summary = (payer: PayerRecord, confidence: number): PayerAlternative => ({
  id: payer.id,
  name: payer.name,
  kind: payer.kind,
  confidence,
})

/** Whether `payer` serves `state`: true for nationwide payers, null without a state. */
export function servesState(payer: Pick<PayerRecord, 'states'>, state: string | undefined): boolean | null {
  if (!state) return null
  return payer.states.length === 0 || payer.states.includes(state.toUpperCase())
}

/**
 * Resolves free text (matched, state- and member-ID-aware) or an `{id}` (looked up exactly).
 * @returns null when the text matches no payer well enough or the id is unknown
 * @example
 * resolvePayer(matcher, PAYERS_BY_ID, 'blue cross texas', { state: 'TX' })?.id // 'bcbs-texas'
 */
export function resolvePayer(
  matcher: PayerMatcher,
  directoryById: ReadonlyMap<string, PayerRecord>,
  input: string | { id: string },
  { state, memberId }: { state?: string; memberId?: string } = {},
): PayerResolution | null {
  if (typeof input !== 'string') {
    const payer = directoryById.get(input.id)
    return payer ? resolution(payer, 1, 'id', [], servesState(payer, state), directoryById) : null
  }
  const { best, alternatives } = matcher.match({
    text: input,
    ...(state ? { state } : {}),
    ...(memberId ? { memberId } : {}),
    limit: 4,
  })
  if (!best) return null
  return resolution(
    best.payer,
    best.confidence,
    best.matchedBy,
    // The coverage answer's schema lists alternatives as {id, name, kind, confidence} only; the
    // "did you mean" reasons and inState travel on GET /v1/payers (and on `PayerCandidate`).
    alternatives.map((a) => summary(a.payer, a.confidence)),
    servesState(best.payer, state),
    directoryById,
  )
}

function resolution(
  payer: PayerRecord,
  confidence: number,
  matchedBy: MatchedBy,
  alternatives: PayerAlternative[],
  inState: boolean | null,
  directoryById: ReadonlyMap<string, PayerRecord>,
): PayerResolution {
  const successor = payer.mergedInto ? directoryById.get(payer.mergedInto.id) : undefined
  return {
    ...summary(payer, confidence),
    matchedBy,
    family: payer.family,
    ...(payer.behavioralHealthManager ? { behavioralHealthManager: payer.behavioralHealthManager } : {}),
    ...(payer.status ? { status: payer.status } : {}),
    inState,
    mergedInto: payer.mergedInto
      ? {
          id: payer.mergedInto.id,
          date: payer.mergedInto.date,
          ...(successor ? { name: successor.name } : {}),
          whatNow: payer.mergedInto.whatNow,
        }
      : null,
    line: productLineOf(payer),
    ...(payer.notInsurance ? { notInsurance: true } : {}),
    alternatives,
  }
}
