/**
 * @module
 * The checker-origin frame's page: an empty shell that loads Turnstile's client script and
 * `exact-check.js`, which renders either the exact check (member ID, name, date of birth) or the
 * callback form (name, phone, email, consent). Served from the checker's own origin so the host
 * page's scripts cannot read those fields (docs/architecture.md §4). The host origin, site keys and form
 * travel in data attributes (no inline script: the page's CSP forbids it).
 */
import { html } from 'hono/html'

export const FRAME_SCRIPT = '/widget/v1/exact-check.js'

/** Turnstile's client script; `TURNSTILE_SCRIPT_URL` overrides it (locally: the fake's). */
export const DEFAULT_TURNSTILE_SCRIPT_URL = 'https://challenges.cloudflare.com/turnstile/v0/api.js'

export type FrameForm = 'exact' | 'callback'

export type FramePageOptions = {
  hostOrigin: string
  siteKey: string
  locale: 'en' | 'es'
  form: FrameForm
  /** The partner's Turnstile site key; null when the partner has none (submits will be refused). */
  turnstileSiteKey: string | null
  turnstileScriptUrl: string
  /** The widget channel the frame was opened on (`v1` or a pinned `v0.1.0`): its script's folder. */
  channel?: string
}

const TITLES = {
  exact: { en: 'Exact coverage check', es: 'Revisión exacta de cobertura' },
  callback: { en: 'Request a callback', es: 'Pedir que me llamen' },
}

export const exactCheckFramePage = (o: FramePageOptions) => html`<!doctype html>
<html lang="${o.locale}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="referrer" content="no-referrer" />
    <title>${TITLES[o.form][o.locale]}</title>
    <!-- Classic deferred script first: it has run by the time the module script renders. -->
    <script src="${turnstileSrc(o.turnstileScriptUrl)}" defer></script>
    <script type="module" src="${o.channel && o.channel !== 'v1' ? `/widget/${o.channel}/exact-check.js` : FRAME_SCRIPT}"></script>
  </head>
  <body>
    <main
      id="app"
      data-host-origin="${o.hostOrigin}"
      data-site-key="${o.siteKey}"
      data-locale="${o.locale}"
      data-form="${o.form}"
      data-turnstile-site-key="${o.turnstileSiteKey ?? ''}"
    ></main>
  </body>
</html>`

/** Explicit rendering: the frame calls `turnstile.render()` itself. */
const turnstileSrc = (url: string) => {
  const u = new URL(url)
  u.searchParams.set('render', 'explicit')
  return u.href
}

/**
 * The frame's policy: its own scripts and API plus exactly Turnstile's origin (its script, and
 * the challenge frame it inserts), no inline code, Trusted Types on, and framing allowed only by
 * the one partner origin that asked for it.
 */
export const frameCsp = (hostOrigin: string, turnstileScriptUrl: string): string =>
  [
    "default-src 'none'",
    `script-src 'self' ${new URL(turnstileScriptUrl).origin}`,
    `frame-src ${new URL(turnstileScriptUrl).origin}`,
    "style-src 'self'",
    "connect-src 'self'",
    "img-src 'self'",
    "form-action 'none'",
    "base-uri 'none'",
    `frame-ancestors ${hostOrigin}`,
    "require-trusted-types-for 'script'",
    "trusted-types 'none'",
  ].join('; ')
