/**
 * Test-only Worker: the exported guards in the order the exact check (`POST /v1/eligibility/checks`)
 * and leads will use them, on stand-in routes that echo who was let through. Never deployed.
 */
import { Hono } from 'hono'
import type { AppEnv } from '../../worker/env'
import { notFound, onError } from '../../worker/http/errors'
import { requireExactCheckEnabled } from '../../worker/http/middleware/exact-check'
import { limitByIp, limitByMemberId, limitBySiteKey } from '../../worker/http/middleware/rate-limit'
import { requestId } from '../../worker/http/middleware/request-id'
import { siteKeyCors } from '../../worker/http/middleware/site-key'
import { requireSiteKeyOrStaff } from '../../worker/http/middleware/staff-auth'
import { requireTurnstile } from '../../worker/http/middleware/turnstile'

const app = new Hono<AppEnv>()
app.use(requestId())
app.use('/exact-check', siteKeyCors(), requireSiteKeyOrStaff(), limitByIp(), limitBySiteKey(), requireTurnstile(), limitByMemberId())
app.post('/exact-check', (c) => c.json({ partner: c.get('partner').id, staff: c.get('staff')?.via ?? null }))
// The partner switch for the exact check, on its own so the limits above stay out of it.
app.use('/exact-check-gated', requireSiteKeyOrStaff(), requireExactCheckEnabled())
app.post('/exact-check-gated', (c) => c.json({ partner: c.get('partner').id }))
app.onError(onError)
app.notFound(notFound)

export default { fetch: app.fetch } satisfies ExportedHandler<Env>
