/**
 * @module
 * Turnstile on the patient-facing submits (exact check, leads): the widget sends the token in
 * `X-Turnstile-Token`, and the request proceeds only once Siteverify accepted it for one of the
 * partner's hostnames (or our own, where the PHI frame lives). Staff calls skip it: they are
 * authenticated. Cloudflare's test secrets are refused outside local development.
 */
import type { MiddlewareHandler } from 'hono'
import { DEFAULT_SITEVERIFY_URL, isTestSecret, verifyTurnstile } from '../../adapters/turnstile'
import type { AppEnv } from '../../env'
import { log } from '../log'
import { originHostnames } from '../origins'
import { problem } from '../problem'
import { TURNSTILE_HEADER } from './site-key'

const unavailable = () =>
  problem('turnstile_unavailable', 'The human check could not be verified right now. Try again in a moment.', { })

/**
 * Requires a Turnstile token Siteverify accepts. Mount after `requireSiteKeyOrStaff()`.
 * @example app.post('/v1/leads', requireSiteKeyOrStaff(), requireTurnstile(), handler)
 */
export function requireTurnstile(): MiddlewareHandler<AppEnv> {
  return async function requireTurnstile(c, next) {
    if (c.get('staff')) return next()
    const secret = c.env.TURNSTILE_SECRET_KEY
    if (!secret || (isTestSecret(secret) && c.env.ENVIRONMENT !== 'local')) {
      log({ level: 'error', event: 'turnstile_misconfigured', requestId: c.get('requestId') })
      throw unavailable()
    }
    const token = c.req.header(TURNSTILE_HEADER)
    if (!token) {
      throw problem('turnstile_required', `Complete the human check and send its token in ${TURNSTILE_HEADER}.`)
    }
    const partner = c.get('partner')
    const idempotencyKey = crypto.randomUUID()
    const verify = () =>
      verifyTurnstile({
        secret,
        token,
        allowedHostnames: [...originHostnames(partner.allowedOrigins), new URL(c.req.url).hostname],
        remoteIp: c.req.header('CF-Connecting-IP'),
        idempotencyKey,
        verifyUrl: c.env.TURNSTILE_VERIFY_URL || DEFAULT_SITEVERIFY_URL,
      })
    // One retry with the same idempotency key, so Siteverify does not count it as a replay.
    let outcome = await verify()
    if (!outcome.ok && outcome.reason === 'unavailable') outcome = await verify()
    if (outcome.ok) return next()

    log({ level: 'warn', event: 'turnstile_failed', requestId: c.get('requestId'), code: outcome.reason })
    if (outcome.reason === 'unavailable') throw unavailable()
    if (outcome.errorCodes.includes('timeout-or-duplicate')) {
      throw problem('turnstile_expired', 'The human check was already used or has expired. Complete it again.')
    }
    if (outcome.reason === 'missing') {
      throw problem('turnstile_required', `Complete the human check and send its token in ${TURNSTILE_HEADER}.`)
    }
    throw problem('turnstile_failed', 'The human check did not pass. Complete it again.')
  }
}
