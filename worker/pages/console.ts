/**
 * @module
 * The admissions console shell: one script (the Lit app built into public/console/), one
 * stylesheet, nothing inline. Staff PHI is shown here, so the policy is stricter than the demo
 * page's: same-origin only for everything, no framing, no inline code, Trusted Types enforced.
 */
import { html } from 'hono/html'

export const CONSOLE_SCRIPT = '/console/console.js'

export const consolePage = () => html`<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex, nofollow" />
    <title>Admissions console · IOP Coverage Checker</title>
    <link rel="icon" href="/demo/favicon.svg" type="image/svg+xml" />
    <link rel="stylesheet" href="/console/console.css" />
    <script type="module" src="${CONSOLE_SCRIPT}"></script>
  </head>
  <body>
    <iop-admissions-console></iop-admissions-console>
  </body>
</html>`

/** Same-origin only; no inline script or style, no eval, no framing, Trusted Types on. */
export const CONSOLE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ')
