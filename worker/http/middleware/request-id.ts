import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../../env'

/**
 * Gives every request a fresh id (`X-Request-Id` on the response, `requestId` in logs and
 * problems). An incoming id is ignored on purpose: a client-chosen string would end up in
 * our logs, and it could carry anything.
 */
export function requestId(): MiddlewareHandler<AppEnv> {
  return async function requestId(c, next) {
    const id = crypto.randomUUID()
    c.set('requestId', id)
    await next()
    c.res.headers.set('X-Request-Id', id)
  }
}
