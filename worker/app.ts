/**
 * @module
 * The app: middleware every request passes through, one sub-app per resource, and the single
 * error path. Routes stay thin; the work is in `domain/`.
 *
 * Access control is declared here, next to where each route is mounted, in `ROUTE_TABLE`:
 * a unit test fails when a route exists that the table does not list, and the access-control
 * integration test proves each non-public route refuses anonymous and other-tenant callers.
 */
import { Hono } from 'hono'
import { methodNotAllowed } from 'hono/method-not-allowed'
import { secureHeaders } from 'hono/secure-headers'
import type { AppEnv } from './env'
import { methodNotAllowedProblem, notFound, onError } from './http/errors'
import { requireJson } from './http/validate'
import { accessLog } from './http/middleware/access-log'
import { requireExactCheckEnabled } from './http/middleware/exact-check'
import { limitByIp, limitByMemberId, limitBySiteKey } from './http/middleware/rate-limit'
import { onlyFor } from './http/middleware/only-for'
import { refusePhiInQuery } from './http/middleware/phi-query'
import { requireDeploymentKeys } from './http/middleware/require-keys'
import { requestId } from './http/middleware/request-id'
import { publicCors, siteKeyCors } from './http/middleware/site-key'
import { requireSiteKeyOrStaff, requireStaff } from './http/middleware/staff-auth'
import { requireTurnstile } from './http/middleware/turnstile'
import { audit } from './routes/audit'
import { consoleRoute } from './routes/console'
import { coverage } from './routes/coverage'
import { docs } from './routes/docs'
import { eligibility } from './routes/eligibility'
import { health } from './routes/health'
import { leads } from './routes/leads'
import { pages } from './routes/pages'
import { partnerWebhook } from './routes/partner-webhook'
import { partners } from './routes/partners'
import { payers } from './routes/payers'
import { siteConfig } from './routes/site-config'
import { staffSessions } from './routes/staff-sessions'
import { vobs } from './routes/vobs'
import { PINNED_FRAME_PATH, widgetFrame } from './routes/widget-frame'

/**
 * Who may call a route: `public` (anyone), `site_key` (the widget with a site key bound to the
 * page's origin, or staff), `staff` (a staff key or console session of the partner).
 * Every route the app serves is listed here; a unit test fails when `app.routes` and this table
 * differ, and the access-control tests prove each non-public route refuses strangers.
 */
export type RouteAccess = 'public' | 'site_key' | 'staff'
export type RouteTableEntry = { method: string; path: string; access: RouteAccess }

export const ROUTE_TABLE: readonly RouteTableEntry[] = [
  { method: 'GET', path: '/health', access: 'public' },
  { method: 'GET', path: '/v1/payers', access: 'public' },
  { method: 'GET', path: '/', access: 'public' },
  { method: 'GET', path: '/openapi.json', access: 'public' },
  { method: 'GET', path: '/docs', access: 'public' },
  { method: 'GET', path: '/console', access: 'public' },
  { method: 'GET', path: '/widget/v1/exact-check', access: 'public' },
  { method: 'GET', path: PINNED_FRAME_PATH, access: 'public' },
  { method: 'GET', path: '/v1/site-config', access: 'site_key' },
  { method: 'POST', path: '/v1/coverage/checks', access: 'site_key' },
  { method: 'POST', path: '/v1/eligibility/checks', access: 'site_key' },
  { method: 'POST', path: '/v1/leads', access: 'site_key' },
  { method: 'POST', path: '/v1/eligibility/x12', access: 'staff' },
  { method: 'GET', path: '/v1/leads', access: 'staff' },
  { method: 'GET', path: '/v1/leads/:id', access: 'staff' },
  { method: 'PATCH', path: '/v1/leads/:id', access: 'staff' },
  { method: 'POST', path: '/v1/vobs', access: 'staff' },
  { method: 'GET', path: '/v1/vobs', access: 'staff' },
  { method: 'GET', path: '/v1/vobs/:id', access: 'staff' },
  { method: 'DELETE', path: '/v1/vobs/:id', access: 'staff' },
  { method: 'GET', path: '/v1/audit', access: 'staff' },
  { method: 'GET', path: '/v1/audit/export', access: 'staff' },
  { method: 'POST', path: '/v1/staff/sessions', access: 'staff' },
  { method: 'DELETE', path: '/v1/staff/sessions', access: 'staff' },
  { method: 'GET', path: '/v1/partners/me', access: 'staff' },
  { method: 'PATCH', path: '/v1/partners/me', access: 'staff' },
  { method: 'GET', path: '/v1/partners/me/contracts', access: 'staff' },
  { method: 'PUT', path: '/v1/partners/me/contracts', access: 'staff' },
  { method: 'GET', path: '/v1/partners/me/staff-keys', access: 'staff' },
  { method: 'POST', path: '/v1/partners/me/staff-keys', access: 'staff' },
  { method: 'DELETE', path: '/v1/partners/me/staff-keys/:id', access: 'staff' },
  { method: 'POST', path: '/v1/partners/me/webhook-secret', access: 'staff' },
  { method: 'PUT', path: '/v1/partners/me/webhook', access: 'staff' },
]

/**
 * The guards of the exact check, in order. Exported so that the guard tests (test/guards/) mount
 * this very chain rather than a copy of it.
 */
export const exactCheckGuards = () =>
  [
    siteKeyCors(['POST']),
    onlyFor(
      ['POST'],
      requireSiteKeyOrStaff(),
      requireExactCheckEnabled(),
      limitByIp(),
      limitBySiteKey(),
      requireTurnstile(),
      // The member-ID limit reads the body: refuse what is not JSON or too large first.
      requireJson(),
      limitByMemberId(),
    ),
  ] as const

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

// Public, read-only: any origin may read them.
app.use('/health', publicCors())
app.use('/v1/payers', publicCors())
app.use('/openapi.json', publicCors())
app.route('/health', health)
app.route('/v1/payers', payers)

// Widget routes: CORS and access only for the site key's registered origins (or staff).
app.use('/v1/site-config', siteKeyCors(), requireSiteKeyOrStaff())
app.route('/v1/site-config', siteConfig)
app.use('/v1/coverage/checks', siteKeyCors(), requireSiteKeyOrStaff(), limitByIp(), limitBySiteKey())
app.route('/v1/coverage/checks', coverage)
// The exact check handles PHI and costs a clearinghouse call: every guard applies (staff skip
// the exact-check flag and Turnstile), and the member ID has its own limit.
// Only for POST, so that another method gets the router's 405 rather than the body check's 415.
app.use('/v1/eligibility/checks', ...exactCheckGuards())
app.use('/v1/eligibility/x12', requireStaff())
app.route('/v1/eligibility', eligibility)
// Leads: POST is the widget's callback request (guarded inside the sub-app, where staff reads
// are guarded too).
app.use('/v1/leads', siteKeyCors(['POST'])) // the widget's POST only: staff reads get no CORS grant
app.route('/v1/leads', leads)

// Staff routes: no CORS (the console is same-origin; servers send no Origin); each sub-app
// requires staff authentication itself.
app.route('/v1/vobs', vobs)
app.route('/v1/audit', audit)
app.route('/v1/staff/sessions', staffSessions)
app.route('/v1/partners/me/webhook', partnerWebhook)
app.route('/v1/partners', partners)

// Pages.
app.route('/console', consoleRoute)
app.route('/widget/v1/exact-check', widgetFrame)
// A pinned bundle (`/widget/v0.1.0/…`) opens its frame on its own channel (issue 17).
app.route(PINNED_FRAME_PATH, widgetFrame)
app.route('/', docs)
app.route('/', pages)

app.onError(onError)
app.notFound(notFound)
