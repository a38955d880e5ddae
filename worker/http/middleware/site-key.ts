/**
 * @module
 * Site keys (`pk_…`) are public: they ship in the embed snippet. What makes them safe is that each
 * is bound to its partner's registered origins. A browser call must come from one of them (the
 * `Origin` check, refused with 403) and only those origins get CORS headers, so another site
 * cannot use a stolen key from its visitors' browsers. Calls without `Origin` (partner servers,
 * the CLI) are accepted with a valid key: a server can forge any header, so for them the key
 * only names the tenant, and the abuse limits and Turnstile do the protecting.
 */
import type { Context, MiddlewareHandler } from 'hono'
import { cors } from 'hono/cors'
import type { Partner } from '../../adapters/d1/partners'
import type { AppEnv } from '../../env'
import { originMatches } from '../origins'
import { partnerForSiteKey, registeredOrigins } from '../partner-cache'
import { problem } from '../problem'
import { limitUnrecognizedCredential } from './rate-limit'

export const SITE_KEY_HEADER = 'X-Site-Key'
/** The header the widget sends the Turnstile token in (see `requireTurnstile`). */
export const TURNSTILE_HEADER = 'X-Turnstile-Token'

const SITE_KEY_FORMAT = /^pk_[A-Za-z0-9_-]{1,100}$/

/** Request headers a partner page may send cross-origin. */
export const CORS_ALLOW_HEADERS = ['X-Site-Key', 'Content-Type', 'Idempotency-Key', 'Authorization', TURNSTILE_HEADER]
/** Response headers a partner page may read. */
export const CORS_EXPOSE_HEADERS = ['X-Request-Id', 'Retry-After']

const unknownKey = () =>
  problem('invalid_site_key', 'Send a valid site key (pk_…) in the X-Site-Key header.', {
    headers: { 'WWW-Authenticate': 'SiteKey' },
  })

const wrongOrigin = () =>
  problem(
    'origin_not_allowed',
    "This site key is not registered for the page's origin. The partner can add the origin in its settings.",
  )

/** Whether `origin` is the Worker's own origin (its demo page and PHI frame live there). */
const isOwnOrigin = (c: Context<AppEnv>, origin: string) => new URL(c.req.url).origin === origin

/** One lookup per request, shared by the CORS check and the access check (so the IP limit counts it once). */
const lookups = new WeakMap<Request, Promise<Partner | null>>()

function partnerFromKey(c: Context<AppEnv>): Promise<Partner | null> {
  let found = lookups.get(c.req.raw)
  if (!found) {
    const key = c.req.header(SITE_KEY_HEADER) ?? ''
    // A malformed key is refused before any lookup, but counts like an unknown one; no key at
    // all is simply no credential (staff calls through widget routes send none).
    found =
      key === ''
        ? Promise.resolve(null)
        : SITE_KEY_FORMAT.test(key)
          ? partnerForSiteKey(c.env.DB, key, Date.now(), () => limitUnrecognizedCredential(c))
          : limitUnrecognizedCredential(c).then(() => null)
    lookups.set(c.req.raw, found)
  }
  return found
}

/** Whether a browser on `origin` may call with this partner's key. */
export const originAllowedFor = (c: Context<AppEnv>, partner: Partner, origin: string): boolean =>
  isOwnOrigin(c, origin) || originMatches(origin, partner.allowedOrigins)

/**
 * CORS for widget routes. Actual requests get `Access-Control-Allow-Origin` only when the origin is
 * registered for the request's site key. Preflights carry no site key, so they are answered for
 * origins some partner registered; the real request is then checked against its own key.
 */
export function siteKeyCors(methods: readonly ('GET' | 'POST')[] = ['GET', 'POST']): MiddlewareHandler<AppEnv> {
  const handler = cors({
    origin: async (origin, c: Context<AppEnv>) => {
      if (!origin) return null
      if (c.req.method === 'OPTIONS') {
        return isOwnOrigin(c, origin) || originMatches(origin, await registeredOrigins(c.env.DB)) ? origin : null
      }
      const partner = await partnerFromKey(c)
      return partner && originAllowedFor(c, partner, origin) ? origin : null
    },
    allowMethods: [...methods],
    allowHeaders: CORS_ALLOW_HEADERS,
    exposeHeaders: CORS_EXPOSE_HEADERS,
    maxAge: 600,
  })
  // Only the listed methods are granted, preflights included: `/v1/leads` mounts this for the
  // widget's POST, and its staff GET (PHI) must get no `Access-Control-Allow-Origin` at all.
  return async function siteKeyCors(c, next) {
    const method = c.req.method === 'OPTIONS' ? (c.req.header('Access-Control-Request-Method') ?? '').toUpperCase() : c.req.method
    if (!(methods as readonly string[]).includes(method)) return next()
    return handler(c, next)
  }
}

/** CORS for public read-only routes: any origin may read them. */
export function publicCors(): MiddlewareHandler<AppEnv> {
  return cors({ origin: '*', allowMethods: ['GET', 'HEAD'], exposeHeaders: CORS_EXPOSE_HEADERS, maxAge: 600 })
}

/**
 * Requires a valid site key and, when the request has an `Origin`, that the key is registered
 * for it; puts the partner in `c.get('partner')`. 401 for a missing or unknown key, 403 for a
 * wrong origin (including `Origin: null` from sandboxed frames and files).
 */
export function requireSiteKey(): MiddlewareHandler<AppEnv> {
  return async function requireSiteKey(c, next) {
    const partner = await partnerFromKey(c)
    if (!partner) throw unknownKey()
    const origin = c.req.header('Origin')
    if (origin !== undefined && !originAllowedFor(c, partner, origin)) throw wrongOrigin()
    c.set('partner', partner)
    c.set('staff', undefined)
    await next()
  }
}
