/**
 * @module
 * The one seam between the leads/VOB routes and authentication. Routes never read headers or
 * keys themselves: they ask this module which partner the request acts for and which staff
 * member is calling. Authentication middleware (the partners engineer's site-key check and
 * `requireStaff()`; on this branch, the dev-only stand-in in `dev-tenant.ts`) fills the Hono
 * context with `partner` (at least its `id`) and, for staff, `staffLabel`.
 */
import type { Context } from 'hono'
import { ApiError } from '../problem'

declare module 'hono' {
  interface ContextVariableMap {
    /** The partner the request acts for: set by site-key or staff authentication. */
    partner: { id: string }
    /** Who on the partner's staff is calling (a key or session label): set by staff auth only. */
    staffLabel: string
  }
}

/** Who performed a PHI access, as written to the audit log. */
export type StaffActor = { partnerId: string; label: string; actor: string }

const unauthenticated = () =>
  new ApiError(401, 'unauthorized', 'Unauthorized', 'Send a valid key for this route.', {
    headers: { 'WWW-Authenticate': 'Bearer' },
  })

/** The id of the partner the request acts for; 401 if no authentication middleware set one. */
export function getPartnerId(c: Context): string {
  const partner = c.get('partner') as { id: string } | undefined
  if (!partner?.id) throw unauthenticated()
  return partner.id
}

/** The calling staff member and their partner; 401 unless staff authentication ran and passed. */
export function getStaffActor(c: Context): StaffActor {
  const label = c.get('staffLabel') as string | undefined
  if (!label) throw unauthenticated()
  const partnerId = getPartnerId(c)
  return { partnerId, label, actor: `staff:${label}` }
}
