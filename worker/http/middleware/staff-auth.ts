/**
 * @module
 * Staff access. Staff authenticate with a secret key (`Authorization: Bearer sk_…`, from partner
 * servers and the CLI) or with a console session cookie opened with such a key. Either way the
 * request is bound to the key's partner, and every staff query is scoped by that partner id:
 * there is no partner id in staff URLs to tamper with. Verified credentials are cached briefly
 * per isolate behind a revocation epoch (adapters/d1/staff.ts): revoking a key or signing out
 * takes effect at once here and within 2 s everywhere. Unrecognized credentials count against a
 * per-IP limit before they are looked up.
 */
import type { Context, MiddlewareHandler } from 'hono'
import { getCookie } from 'hono/cookie'
import { partnerById } from '../partner-cache'
import { findActiveStaffKey, findLiveSession, touchStaffKey } from '../../adapters/d1/staff'
import type { AppEnv, StaffPrincipal } from '../../env'
import { problem } from '../problem'
import { limitUnrecognizedCredential } from './rate-limit'
import { requireSiteKey } from './site-key'

/** `__Host-` cookies must be Secure, Path=/ and have no Domain: no subdomain can set or read them. */
export const SESSION_COOKIE = '__Host-iop_staff'
/** Console sessions are short: half an hour, then sign in again with the key. */
export const SESSION_TTL_SECONDS = 30 * 60

const STAFF_KEY_FORMAT = /^sk_[A-Za-z0-9_-]{1,200}$/
const SESSION_TOKEN_FORMAT = /^[A-Za-z0-9_-]{20,100}$/
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

export const unauthorized = (detail = 'Send a staff key (Authorization: Bearer sk_…) or sign in to the console.') =>
  problem('unauthorized', detail, {
    headers: { 'WWW-Authenticate': 'Bearer realm="iop-staff"' },
  })

/** The staff key in `Authorization: Bearer …`: undefined when absent, null when malformed. */
export function bearerKey(c: Context<AppEnv>): string | null | undefined {
  const header = c.req.header('Authorization')
  if (header === undefined) return undefined
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim())
  return match && STAFF_KEY_FORMAT.test(match[1]!) ? match[1]! : null
}

/** Whether the request carries any staff credential (key or session cookie). */
export const hasStaffCredential = (c: Context<AppEnv>): boolean =>
  c.req.header('Authorization') !== undefined || getCookie(c, SESSION_COOKIE) !== undefined

/**
 * A cookie rides along on any request the browser makes, so state-changing calls made with the
 * session must come from our own pages: SameSite=Strict already keeps other sites out; this also
 * refuses other origins of the same site.
 */
function assertSameOrigin(c: Context<AppEnv>): void {
  if (SAFE_METHODS.has(c.req.method)) return
  const origin = c.req.header('Origin')
  const fetchSite = c.req.header('Sec-Fetch-Site')
  const sameOrigin = origin === undefined || origin === new URL(c.req.url).origin
  if (!sameOrigin || (fetchSite !== undefined && fetchSite !== 'same-origin' && fetchSite !== 'none')) {
    throw problem('cross_origin_session', 'Console sessions only work from the console itself.')
  }
}

async function authenticate(c: Context<AppEnv>): Promise<StaffPrincipal> {
  const now = new Date()
  const key = bearerKey(c)
  if (key !== undefined) {
    if (key === null) {
      await limitUnrecognizedCredential(c)
      throw unauthorized('The Authorization header must be "Bearer sk_…".')
    }
    const staffKey = await findActiveStaffKey(c.env.DB, c.env.HASH_KEY, key, () => limitUnrecognizedCredential(c))
    if (!staffKey) throw unauthorized('This staff key is unknown or revoked.')
    await bindPartner(c, staffKey.partnerId)
    if (shouldTouch(staffKey.id, now.getTime())) {
      c.executionCtx.waitUntil(touchStaffKey(c.env.DB, staffKey.id, now).catch(() => {}))
    }
    return { keyId: staffKey.id, label: staffKey.label, via: 'key' }
  }
  const token = getCookie(c, SESSION_COOKIE)
  if (token === undefined) throw unauthorized()
  if (!SESSION_TOKEN_FORMAT.test(token)) {
    await limitUnrecognizedCredential(c)
    throw unauthorized('The session is invalid; sign in again.')
  }
  const session = await findLiveSession(c.env.DB, c.env.HASH_KEY, token, now, () => limitUnrecognizedCredential(c))
  if (!session) throw unauthorized('The session has expired or was ended; sign in again.')
  assertSameOrigin(c)
  await bindPartner(c, session.partnerId)
  return { keyId: session.staffKeyId, label: session.staffLabel, via: 'session' }
}

// `last_used_at` is coarse (the D1 update itself only writes once a minute); remembering the last
// touch per isolate keeps even that statement off the hot path of busy staff integrations.
const TOUCH_EVERY_MS = 60_000
const lastTouched = new Map<string, number>()
function shouldTouch(keyId: string, now: number): boolean {
  if (now - (lastTouched.get(keyId) ?? 0) < TOUCH_EVERY_MS) return false
  if (lastTouched.size >= 1_000) lastTouched.clear()
  lastTouched.set(keyId, now)
  return true
}

async function bindPartner(c: Context<AppEnv>, partnerId: string): Promise<void> {
  const partner = await partnerById(c.env.DB, partnerId)
  if (!partner) throw unauthorized('This staff key belongs to no partner.')
  c.set('partner', partner)
}

/**
 * Requires staff authentication; sets `c.get('partner')` (the key's partner) and `c.get('staff')`.
 * @example app.use('/v1/vobs/*', requireStaff())
 */
export function requireStaff(): MiddlewareHandler<AppEnv> {
  return async function requireStaff(c, next) {
    c.set('staff', await authenticate(c))
    await next()
  }
}

/**
 * For routes both the widget and staff call: a staff credential, when one is sent, must be valid
 * (no silent fallback to the site key); otherwise a site key bound to the request's origin.
 * @example app.use('/v1/coverage/checks', siteKeyCors(), requireSiteKeyOrStaff())
 */
export function requireSiteKeyOrStaff(): MiddlewareHandler<AppEnv> {
  const staff = requireStaff()
  const siteKey = requireSiteKey()
  return async function requireSiteKeyOrStaff(c, next) {
    return hasStaffCredential(c) ? staff(c, next) : siteKey(c, next)
  }
}
