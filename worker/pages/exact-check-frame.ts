/**
 * @module
 * The exact-check frame's page: an empty shell that loads `exact-check.js`, which renders the
 * member ID, name and date-of-birth fields. Served from the checker's own origin so the host
 * page's scripts cannot read those fields (DESIGN.md §4). The host origin and site key travel in
 * data attributes (no inline script: the page's CSP forbids it).
 */
import { html } from 'hono/html'

export const FRAME_SCRIPT = '/widget/v1/exact-check.js'

export const exactCheckFramePage = (o: { hostOrigin: string; siteKey: string; locale: 'en' | 'es' }) => html`<!doctype html>
<html lang="${o.locale}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="referrer" content="no-referrer" />
    <title>${o.locale === 'es' ? 'Revisión exacta de cobertura' : 'Exact coverage check'}</title>
    <script type="module" src="${FRAME_SCRIPT}"></script>
  </head>
  <body>
    <main id="app" data-host-origin="${o.hostOrigin}" data-site-key="${o.siteKey}" data-locale="${o.locale}"></main>
  </body>
</html>`

/**
 * The frame's policy: its own scripts and API only, no inline code, Trusted Types on, and
 * framing allowed only by the one partner origin that asked for it.
 */
export const frameCsp = (hostOrigin: string): string =>
  [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "connect-src 'self'",
    "img-src 'self'",
    "form-action 'none'",
    "base-uri 'none'",
    `frame-ancestors ${hostOrigin}`,
    "require-trusted-types-for 'script'",
    "trusted-types 'none'",
  ].join('; ')
