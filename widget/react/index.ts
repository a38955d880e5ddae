/**
 * @module
 * `<IopCoverageChecker>` for React, made by `@lit/react`'s `createComponent`: attributes and
 * properties as props (`siteKey`, `partner`, …), the element's events as `on…` callbacks with
 * their typed `detail`. Importing it registers `<iop-coverage-checker>` (once).
 *
 * @example
 * import { IopCoverageChecker } from '@iop-coverage/widget/react'
 * <IopCoverageChecker siteKey="pk_live_…" apiBase="https://coverage.sunrise.example"
 *   onCheckComplete={(e) => analytics.track('verdict', e.detail.status)} />
 */
import { createComponent, type EventName } from '@lit/react'
import * as React from 'react'
import type {
  IopCallbackRequestEvent,
  IopCheckCompleteEvent,
  IopCheckErrorEvent,
  IopCheckStartEvent,
  IopExactCheckCompleteEvent,
  IopLeadSubmittedEvent,
} from '../events'
import { IopCoverageChecker as Element, TAG } from '../index'

/** Event names → React callback props; keep in step with `@fires` on the element (a test checks). */
export const EVENTS = {
  onCheckStart: 'iop-check-start' as EventName<IopCheckStartEvent>,
  onCheckComplete: 'iop-check-complete' as EventName<IopCheckCompleteEvent>,
  onCheckError: 'iop-check-error' as EventName<IopCheckErrorEvent>,
  onCallbackRequest: 'iop-callback-request' as EventName<IopCallbackRequestEvent>,
  onExactCheckComplete: 'iop-exact-check-complete' as EventName<IopExactCheckCompleteEvent>,
  onLeadSubmitted: 'iop-lead-submitted' as EventName<IopLeadSubmittedEvent>,
}

export const IopCoverageChecker = createComponent({
  tagName: TAG,
  elementClass: Element,
  react: React,
  events: EVENTS,
  displayName: 'IopCoverageChecker',
})
