import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../../env'
import { log } from '../log'

/** The route pattern that handled the request, for logs: never the raw path or query. */
export function routePattern(c: Parameters<MiddlewareHandler<AppEnv>>[0]): string {
  const handlers = c.req.matchedRoutes.filter((r) => r.method !== 'ALL')
  return handlers.at(-1)?.path ?? 'unmatched'
}

/** One structured line per request: id, method, route pattern, status and duration. */
export function accessLog(): MiddlewareHandler<AppEnv> {
  return async function accessLog(c, next) {
    const started = Date.now()
    await next()
    log({
      level: 'info',
      event: 'request',
      requestId: c.get('requestId'),
      method: c.req.method,
      route: routePattern(c),
      status: c.res.status,
      ms: Date.now() - started,
    })
  }
}
