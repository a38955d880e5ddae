/**
 * @module
 * Runs a chain of middlewares only for some methods. `app.use(path, …)` applies to every method,
 * so a body check mounted there answered `GET` on a POST-only route with 415; with the chain
 * limited to POST, other methods fall through to the router's 405 (with `Allow`).
 * @example app.use('/v1/eligibility/checks', onlyFor(['POST'], requireJson()))
 */
import type { MiddlewareHandler } from 'hono'
import { every } from 'hono/combine'
import type { AppEnv } from '../../env'

export function onlyFor(methods: readonly string[], ...chain: MiddlewareHandler<AppEnv>[]): MiddlewareHandler<AppEnv> {
  const combined = every(...chain)
  return async function onlyFor(c, next) {
    if (!methods.includes(c.req.method)) return next()
    await combined(c, next)
  }
}
