/**
 * @module
 * Entry of the script-tag bundle (`/widget/v…/iop-coverage-checker.js`). It exports nothing:
 * the build wraps the whole bundle in `if (!customElements.get('iop-coverage-checker')) { … }`
 * (see scripts/widget-bundles.mjs), so a second copy on the page (another version, another URL)
 * does not even evaluate Lit. That matters under Trusted Types: each copy of Lit would create a
 * second `lit-html` policy, which a CSP without 'allow-duplicates' refuses with an error.
 */
import './index'
