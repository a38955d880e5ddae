/**
 * Test-only Worker: the app's own guard chain of the exact check (`exactCheckGuards()` from
 * worker/app.ts, as `POST /v1/eligibility/checks` mounts it) on a stand-in route that echoes who
 * was let through, so the tests prove the real chain without a clearinghouse. Never deployed.
 */
import { Hono } from 'hono'
import { exactCheckGuards } from '../../worker/app'
import type { AppEnv } from '../../worker/env'
import { notFound, onError } from '../../worker/http/errors'
import { requireExactCheckEnabled } from '../../worker/http/middleware/exact-check'
import { requestId } from '../../worker/http/middleware/request-id'
import { requireSiteKeyOrStaff } from '../../worker/http/middleware/staff-auth'

const app = new Hono<AppEnv>()
app.use(requestId())
app.use('/exact-check', ...exactCheckGuards())
app.post('/exact-check', (c) => c.json({ partner: c.get('partner').id, staff: c.get('staff')?.via ?? null }))
// The partner switch for the exact check, on its own so the limits above stay out of it.
app.use('/exact-check-gated', requireSiteKeyOrStaff(), requireExactCheckEnabled())
app.post('/exact-check-gated', (c) => c.json({ partner: c.get('partner').id }))
app.onError(onError)
app.notFound(notFound)

export default { fetch: app.fetch } satisfies ExportedHandler<Env>
