/**
 * @module
 * The postMessage protocol between `<iop-coverage-checker>` (on the partner's page) and the
 * exact-check frame (on the checker's own origin). PHI (member ID, name, date of birth) is typed
 * into the frame and never crosses this boundary: the frame posts back only the one answer of the
 * exact check (the `coverageCheck` of `POST /v1/eligibility/checks`, PHI-free by construction),
 * checked and copied field by field by `cleanAnswer` on both sides; the host renders exactly it.
 *
 * Both sides accept a message only when `event.origin` is exactly the expected origin and
 * `event.source` is exactly the expected window, and post only with an exact target origin
 * (never `*`). Pure functions, no DOM globals: unit-tested in Node.
 */

import type { CoverageCheckResponse } from '../types'
import { cleanAnswer } from './answer-shape'

export { cleanAnswer }

/** Message `type`s; the `iop:` prefix keeps them apart from other scripts' messages. */
export const MSG = {
  /** frame → host: the frame is listening. */
  ready: 'iop:frame-ready',
  /** frame → host: the frame's content height in CSS pixels, so the host can size the iframe. */
  resize: 'iop:frame-resize',
  /** frame → host: the exact check's one answer (`coverageCheck`), PHI-free by construction. */
  answer: 'iop:frame-answer',
  /** frame → host: the callback form's lead was accepted (`{leadId}`, nothing typed). */
  lead: 'iop:frame-lead',
  /** host → frame: non-PHI context of the quick check (payer id, state, program). */
  context: 'iop:host-context',
} as const

/** The quick check's non-PHI context; `status` and `patientPays` go with a lead. */
export type HostContext = {
  payerId: string | null
  payerName: string
  state: string
  program: string
  status: string | null
  patientPays: number | null
}

export type FrameMessage =
  | { type: typeof MSG.ready }
  | { type: typeof MSG.resize; height: number }
  | { type: typeof MSG.answer; answer: CoverageCheckResponse }
  | { type: typeof MSG.lead; leadId: string }

/** The parts of a `MessageEvent` the guard reads (so Node tests can pass plain objects). */
export type MessageLike = { origin: string; source: unknown; data: unknown }

/**
 * True when a message comes from exactly `origin` and exactly the `source` window. `source`
 * null/undefined never matches: a message from a detached or unknown window is refused.
 */
export const isFromExpected = (e: MessageLike, origin: string, source: unknown): boolean =>
  source != null && e.source === source && e.origin === origin

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null
const str = (v: unknown, max = 120): string | null =>
  typeof v === 'string' && v.length <= max ? v : null
const cents = (v: unknown): number | null =>
  typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : null

/** Parses a message the host received from the frame; null for anything not in the protocol. */
export function parseFrameMessage(data: unknown): FrameMessage | null {
  if (!isObj(data)) return null
  if (data.type === MSG.ready) return { type: MSG.ready }
  if (data.type === MSG.resize && typeof data.height === 'number' && data.height >= 0) {
    return { type: MSG.resize, height: Math.min(Math.ceil(data.height), 2000) }
  }
  // Re-checked on the receiving side too: the host trusts the frame's origin, not its shape.
  if (data.type === MSG.answer) {
    const answer = cleanAnswer(data.answer)
    return answer ? { type: MSG.answer, answer } : null
  }
  const leadId = str(data.leadId, 40)
  return data.type === MSG.lead && leadId ? { type: MSG.lead, leadId } : null
}

/** Parses the host's context message in the frame; null for anything else. */
export function parseHostMessage(data: unknown): HostContext | null {
  if (!isObj(data) || data.type !== MSG.context) return null
  return {
    payerId: str(data.payerId, 80),
    payerName: str(data.payerName, 100) ?? '',
    state: str(data.state, 2) ?? '',
    program: data.program === 'mental_health' ? 'mental_health' : 'substance_use',
    status: STATUS_RE.test(String(data.status)) ? String(data.status) : null,
    patientPays: cents(data.patientPays),
  }
}

const STATUS_RE = /^(covered|covered_with_conditions|not_covered|unknown)$/
