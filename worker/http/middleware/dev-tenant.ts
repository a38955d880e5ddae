/**
 * @module
 * DEV-ONLY, TEMPORARY (branch `leads`). A stand-in for the partners engineer's site-key and
 * staff authentication, so the leads/VOB routes and their tests run before that work is merged.
 * The lead replaces `devSiteKey()` and `devStaffAuth()` with the real middleware at merge and
 * deletes this file together with `migrations/0002b_tmp_partner_webhook.sql`.
 *
 * It only works when `ENVIRONMENT` is `local` (local.env), so it can never authenticate anyone
 * in a deployment: there it answers 503. It does no Origin check, no rate limiting and no
 * Turnstile.
 */
import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../../env'
import { ApiError } from '../problem'

const unauthenticated = (detail: string) =>
  new ApiError(401, 'unauthorized', 'Unauthorized', detail, { headers: { 'WWW-Authenticate': 'Bearer' } })

function assertLocal(env: { ENVIRONMENT?: string }): void {
  if (env.ENVIRONMENT !== 'local') {
    throw new ApiError(503, 'auth_not_configured', 'Authentication not configured', 'This build has no authentication.')
  }
}

async function sha256Hex(value: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(value))
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
}

/** DEV-ONLY: `X-Site-Key: pk_…` → `partner` by `partners.site_key`. */
export function devSiteKey(): MiddlewareHandler<AppEnv> {
  return async function devSiteKey(c, next) {
    assertLocal(c.env)
    const key = c.req.header('X-Site-Key') ?? ''
    const row = key
      ? await c.env.DB.prepare('SELECT id FROM partners WHERE site_key = ?').bind(key).first<{ id: string }>()
      : null
    if (!row) throw unauthenticated('Send the site key of a registered partner in X-Site-Key.')
    c.set('partner', { id: row.id })
    await next()
  }
}

/** DEV-ONLY: `Authorization: Bearer sk_…` → `partner` and `staffLabel` by the key's SHA-256. */
export function devStaffAuth(): MiddlewareHandler<AppEnv> {
  return async function devStaffAuth(c, next) {
    assertLocal(c.env)
    const match = /^Bearer (sk_[\w-]{1,200})$/.exec(c.req.header('Authorization') ?? '')
    const row = match
      ? await c.env.DB.prepare('SELECT partner_id, label FROM tmp_dev_staff_keys WHERE key_sha256 = ?')
          .bind(await sha256Hex(match[1]!))
          .first<{ partner_id: string; label: string }>()
      : null
    if (!row) throw unauthenticated('Send a staff key as Authorization: Bearer sk_….')
    c.set('partner', { id: row.partner_id })
    c.set('staffLabel', row.label)
    await next()
  }
}
