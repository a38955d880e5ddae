/**
 * @module
 * Side-effect entry of the widget bundle: registers `<iop-coverage-checker>` once. Host pages
 * sometimes include the script twice (or two versions of it, from two URLs): the second
 * registration is a quiet no-op rather than a `NotSupportedError` that would break the page.
 */
import { IopCoverageChecker } from './iop-coverage-checker'

export const TAG = 'iop-coverage-checker'

/** Registers the element unless the tag is already taken (by this or another copy). */
export function define(tag = TAG): void {
  if (customElements.get(tag)) return
  try {
    customElements.define(tag, IopCoverageChecker)
  } catch (e) {
    // Two copies racing (e.g. two module URLs loading at once): the first one won.
    if (!(e instanceof DOMException && e.name === 'NotSupportedError')) throw e
  }
}

define()

export { IopCoverageChecker }
export * from './events'
export type { CoverageCheckResponse, CoverageStatus, PartnerConfig, Program, WidgetStatus } from './types'

declare global {
  interface HTMLElementTagNameMap {
    'iop-coverage-checker': IopCoverageChecker
  }
}
