/**
 * Test-only Worker: the exact check's own declaration (`POST /v1/eligibility/checks` from
 * worker/routes/eligibility.ts), mounted by the app's `mountRoutes` with its real guard chain,
 * its real body validation and a stand-in handler that echoes who was let through, so the tests
 * prove the real chain without a clearinghouse. Never deployed.
 */
import { Hono } from 'hono'
import type { AppEnv } from '../../worker/env'
import { notFound, onError } from '../../worker/http/errors'
import { requireExactCheckEnabled } from '../../worker/http/middleware/exact-check'
import { requestId } from '../../worker/http/middleware/request-id'
import { requireSiteKeyOrStaff } from '../../worker/http/middleware/staff-auth'
import { mountRoutes, type Route } from '../../worker/http/route'
import { eligibilityRoutes } from '../../worker/routes/eligibility'

const exactCheck = eligibilityRoutes.find((r) => r.operationId === 'checkEligibility')!
const echo: Route['handler'] = (c) => c.json({ partner: c.get('partner').id, staff: c.get('staff')?.via ?? null })

const app = new Hono<AppEnv>()
app.use(requestId())
mountRoutes(app, [{ ...exactCheck, path: '/exact-check', handler: echo }])
// The partner switch for the exact check, on its own so the limits of the chain stay out of it.
app.use('/exact-check-gated', requireSiteKeyOrStaff(), requireExactCheckEnabled())
app.post('/exact-check-gated', (c) => c.json({ partner: c.get('partner').id }))
app.onError(onError)
app.notFound(notFound)

export default { fetch: app.fetch } satisfies ExportedHandler<Env>
