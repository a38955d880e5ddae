/**
 * @module
 * Side-effect entry of the widget bundle: registers `<iop-coverage-checker>` once. Host pages
 * sometimes include the script twice (or two versions of it); the second registration is a
 * quiet no-op rather than a `NotSupportedError` that would break the page.
 */
import { IopCoverageChecker } from './iop-coverage-checker'

export const TAG = 'iop-coverage-checker'

if (!customElements.get(TAG)) customElements.define(TAG, IopCoverageChecker)

export { IopCoverageChecker }

declare global {
  interface HTMLElementTagNameMap {
    'iop-coverage-checker': IopCoverageChecker
  }
}
