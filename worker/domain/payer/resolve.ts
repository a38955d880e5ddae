/**
 * @module
 * Resolving the `payer` of a coverage check (free text or `{id}`) into the response's payer
 * object: the matcher's best guess with its confidence and alternatives, or null when unknown
 * (an unknown payer is not an error: the check answers "unknown" and says what to do next).
 */
import type { PayerMatcher } from './match'
import type { MatchedBy, PayerKind, PayerRecord } from './types'

/** One alternative payer, as listed in a resolution. */
export type PayerAlternative = {
  id: string
  name: string
  kind: PayerKind
  confidence: number
}

/** The `payer` object of `POST /v1/coverage/checks` (docs/architecture.md §3), plus the carrier family. */
export type PayerResolution = PayerAlternative & {
  matchedBy: MatchedBy
  /** Carrier family of the payer (`bcbs`, `aetna`…), the key carrier rules are written by. */
  family: string
  /** Id of the payer's behavioral-health manager record, when it has one. */
  behavioralHealthManager?: string
  /** `defunct`: no longer offers coverage; answered honestly. */
  status?: 'active' | 'defunct'
  /**
   * v0.2 contract: whether the payer serves the given state (`states` empty = nationwide);
   * null when no state was given. The answer gives no price for a payer not in the state.
   */
  inState?: boolean | null
  /** v0.2 contract: for a record merged into another, the successor's id and the date. */
  mergedInto?: { id: string; date: string } | null
  alternatives: PayerAlternative[]
}

const summary = (payer: PayerRecord, confidence: number): PayerAlternative => ({
  id: payer.id,
  name: payer.name,
  kind: payer.kind,
  confidence,
})

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
    return payer ? resolution(payer, 1, 'id', []) : null
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
    alternatives.map((a) => summary(a.payer, a.confidence)),
  )
}

function resolution(
  payer: PayerRecord,
  confidence: number,
  matchedBy: MatchedBy,
  alternatives: PayerAlternative[],
): PayerResolution {
  return {
    ...summary(payer, confidence),
    matchedBy,
    family: payer.family,
    ...(payer.behavioralHealthManager ? { behavioralHealthManager: payer.behavioralHealthManager } : {}),
    ...(payer.status ? { status: payer.status } : {}),
    alternatives,
  }
}
