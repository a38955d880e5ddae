/**
 * @module
 * Side-effect entry of the console bundle (public/console/console.js): registers
 * `<iop-admissions-console>` once.
 */
import { IopAdmissionsConsole } from './admissions-console'

export const TAG = 'iop-admissions-console'

if (!customElements.get(TAG)) customElements.define(TAG, IopAdmissionsConsole)

export { IopAdmissionsConsole }

declare global {
  interface HTMLElementTagNameMap {
    'iop-admissions-console': IopAdmissionsConsole
  }
}
