/**
 * @module
 * The contract between `<iop-coverage-checker>` (the first, small bundle) and the answer view
 * (`view.js`, fetched on first focus or submit). Types only. The view never imports Lit: the
 * element passes its own `html`/`svg`/`nothing` in, so the page runs one copy of Lit, and the
 * names that cross the boundary are plain (not `_private`), which the build's property mangling
 * leaves alone in both bundles.
 */
import type { TemplateResult, html, nothing, svg } from 'lit'
import type { IopCoverageChecker } from '../iop-coverage-checker'
import type { Locale, MessageKey } from '../i18n'
import type { CoverageCheckResponse, PartnerConfig, Program } from '../types'

export type LitTags = { html: typeof html; svg: typeof svg; nothing: typeof nothing }

/** What the view reads from the element, and the actions it may call back. */
export type ViewHost = {
  t: (key: MessageKey, vars?: Record<string, string | number>) => string
  /** Whether a catalog key exists (assumption labels fall back to the raw field name). */
  has: (key: string) => boolean
  locale: Locale
  /** Heading level of the verdict (the widget's title is one above). */
  level: number
  answer: CoverageCheckResponse
  /** The payer as chosen or typed, when the answer names none. */
  payerName: string
  program: Program
  exactCheck: boolean
  /** Whether the answer is the exact check's (then the frame's panel is gone). */
  exact: boolean
  frameFor: '' | 'exact' | 'callback'
  callbackSent: boolean
  partner: PartnerConfig
  /** The checker-origin frame's URL for `form`, on the bundle's own channel (pinned or v1). */
  frameUrl: (form: 'exact' | 'callback') => string
  openFrame: (form: 'exact' | 'callback') => void
  callback: () => void
  reset: () => void
}

export type View = ReturnType<typeof import('./form').form> & {
  /** Reads the API response the element started (in parallel with this chunk) and shows it. */
  run: (el: IopCoverageChecker, pending: Promise<Response>, ctl: AbortController) => Promise<void>
  /** Loading, error or answer, rendered below the form. */
  outcome: (el: IopCoverageChecker) => TemplateResult | symbol
  /** Handles a message from the element's open frame (checked: exact origin and window). */
  message: (el: IopCoverageChecker, e: MessageEvent) => void
  /** The view's stylesheet text, adopted by the element's shadow root. */
  css: string
}
