/**
 * @module
 * The app: middleware every request passes through, one sub-app per resource, and the single
 * error path. Routes stay thin; the work is in `domain/`.
 */
import { Hono } from 'hono'
import { methodNotAllowed } from 'hono/method-not-allowed'
import { secureHeaders } from 'hono/secure-headers'
import type { AppEnv } from './env'
import { methodNotAllowedProblem, notFound, onError } from './http/errors'
import { accessLog } from './http/middleware/access-log'
import { requestId } from './http/middleware/request-id'
import { coverage } from './routes/coverage'
import { eligibility } from './routes/eligibility'
import { audit } from './routes/audit'
import { consoleRoute } from './routes/console'
import { docs } from './routes/docs'
import { health } from './routes/health'
import { leads } from './routes/leads'
import { pages } from './routes/pages'
import { partnerWebhook } from './routes/partner-webhook'
import { payers } from './routes/payers'
import { vobs } from './routes/vobs'
import { widgetFrame } from './routes/widget-frame'

export const app = new Hono<AppEnv>()

app.use(requestId())
app.use(accessLog())
// The API is called cross-origin by partner pages, so resources must not be same-origin only.
app.use(secureHeaders({ crossOriginResourcePolicy: 'cross-origin', crossOriginOpenerPolicy: false }))
app.use(methodNotAllowed({ app, onMethodNotAllowed: methodNotAllowedProblem }))

app.route('/health', health)
app.route('/v1/payers', payers)
app.route('/v1/coverage/checks', coverage)
app.route('/v1/eligibility', eligibility)
app.route('/v1/leads', leads)
app.route('/v1/vobs', vobs)
app.route('/v1/audit', audit)
app.route('/v1/partners/me/webhook', partnerWebhook)
app.route('/console', consoleRoute)
app.route('/widget/v1/exact-check', widgetFrame)
app.route('/', docs)
app.route('/', pages)

app.onError(onError)
app.notFound(notFound)
