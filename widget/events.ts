/**
 * @module
 * The widget's public events, one `Event` subclass each (Web Awesome style): they bubble and
 * cross the shadow boundary, and their `detail` never carries PHI (no member ID, name, date of
 * birth, nor the free-text plan a visitor typed). Fired only on user actions and results.
 */
import type { CoverageStatus, Program } from './types'

/** What every event says about the check: the payer as chosen or typed, state and program. */
export type IopCheckContext = {
  /** Directory id when the visitor picked a payer from the list (or the API matched one). */
  payerId: string | null
  /** The payer's display name (from the directory when matched, else as typed). */
  payerName: string
  state: string
  program: Program
}

export type IopCheckCompleteDetail = IopCheckContext & {
  /** `quick`: the answer from public plan rules; `exact`: from the member's benefits (exact check). */
  kind: 'quick' | 'exact'
  status: CoverageStatus
  /** The estimated patient share of a typical course, integer cents; null when not estimated. */
  patientPays: number | null
}

export type IopCheckErrorDetail = {
  /** HTTP status; 0 when the service could not be reached. */
  httpStatus: number
  code: string
  retryable: boolean
}

export type IopExactCheckDetail = {
  /**
   * The member's one answer from the exact check (`coverageCheck` of `POST /v1/eligibility/checks`,
   * checked by exact-check/answer-shape.ts): no name, member ID or date of birth.
   */
  answer: import('./types').CoverageCheckResponse
}

export type IopLeadSubmittedDetail = {
  /** The lead's id (`POST /v1/leads` answered 202); staff find the contact details under it. */
  leadId: string
  payerId: string | null
  state: string
  program: string
}

const INIT: EventInit = { bubbles: true, composed: true }

/** Fired when the visitor submits the quick check. */
export class IopCheckStartEvent extends Event {
  readonly detail: IopCheckContext
  constructor(detail: IopCheckContext) {
    super('iop-check-start', INIT)
    this.detail = detail
  }
}

/** Fired when a verdict is shown. */
export class IopCheckCompleteEvent extends Event {
  readonly detail: IopCheckCompleteDetail
  constructor(detail: IopCheckCompleteDetail) {
    super('iop-check-complete', INIT)
    this.detail = detail
  }
}

/** Fired when a check fails (the element shows the error with a retry). */
export class IopCheckErrorEvent extends Event {
  readonly detail: IopCheckErrorDetail
  constructor(detail: IopCheckErrorDetail) {
    super('iop-check-error', INIT)
    this.detail = detail
  }
}

/** Fired when the visitor asks to be called back; the partner opens its lead form. */
export class IopCallbackRequestEvent extends Event {
  readonly detail: IopCheckCompleteDetail
  constructor(detail: IopCheckCompleteDetail) {
    super('iop-callback-request', INIT)
    this.detail = detail
  }
}

/** Fired when the exact-check frame posted back the member's one answer. */
export class IopExactCheckCompleteEvent extends Event {
  readonly detail: IopExactCheckDetail
  constructor(detail: IopExactCheckDetail) {
    super('iop-exact-check-complete', INIT)
    this.detail = detail
  }
}

/** Fired when the callback form in the checker's frame was accepted. No contact details. */
export class IopLeadSubmittedEvent extends Event {
  readonly detail: IopLeadSubmittedDetail
  constructor(detail: IopLeadSubmittedDetail) {
    super('iop-lead-submitted', INIT)
    this.detail = detail
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'iop-check-start': IopCheckStartEvent
    'iop-check-complete': IopCheckCompleteEvent
    'iop-check-error': IopCheckErrorEvent
    'iop-callback-request': IopCallbackRequestEvent
    'iop-exact-check-complete': IopExactCheckCompleteEvent
    'iop-lead-submitted': IopLeadSubmittedEvent
  }
}
