/**
 * @module
 * The app: middleware every request passes through, the declared routes, and the single
 * error path. Routes stay thin; the work is in `domain/`.
 *
 * Every route is declared once, with its access, guards, schemas and docs (`http/route.ts`), and
 * mounted from that declaration; the access-control tests prove each non-public route refuses
 * anonymous and other-tenant callers.
 */
import { Hono } from 'hono'
import { methodNotAllowed } from 'hono/method-not-allowed'
import { secureHeaders } from 'hono/secure-headers'
import type { AppEnv } from './env'
import { methodNotAllowedProblem, notFound, onError } from './http/errors'
import { accessLog } from './http/middleware/access-log'
import { refusePhiInQuery } from './http/middleware/phi-query'
import { requireDeploymentKeys } from './http/middleware/require-keys'
import { requestId } from './http/middleware/request-id'
import { mountRoutes } from './http/route'
import { ROUTES } from './routes'

export const app = new Hono<AppEnv>()

app.use(requestId())
// Outside local, nothing is served without proper PHI keys (issue 13): before anything is accepted.
app.use(requireDeploymentKeys())
app.use(accessLog())
// The API is called cross-origin by partner pages, so resources must not be same-origin only.
app.use(secureHeaders({ crossOriginResourcePolicy: 'cross-origin', crossOriginOpenerPolicy: false }))
app.use(methodNotAllowed({ app, onMethodNotAllowed: methodNotAllowedProblem }))
// PHI never in a URL (issue 13): refused before authentication or validation can echo it.
app.use('/v1/*', refusePhiInQuery())

mountRoutes(app, ROUTES)

app.onError(onError)
app.notFound(notFound)
