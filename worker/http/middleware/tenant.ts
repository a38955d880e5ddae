/**
 * @module
 * The seam between the leads/VOB routes and authentication: routes never read headers or keys
 * themselves; they ask which partner the request acts for and which staff member is calling.
 * `requireSiteKey()` / `requireStaff()` (site-key.ts, staff-auth.ts) fill the context.
 */
import type { Context } from 'hono'
import type { AppEnv } from '../../env'
import { problem } from '../problem'

/** Who performed a PHI access, as written to the audit log. */
export type StaffActor = { partnerId: string; label: string; actor: string }

const unauthenticated = () =>
  problem('unauthorized', 'Send a valid key for this route.', {
    headers: { 'WWW-Authenticate': 'Bearer' },
  })

/** The id of the partner the request acts for; 401 if no authentication middleware set one. */
export function getPartnerId(c: Context<AppEnv>): string {
  const partner = c.get('partner') as AppEnv['Variables']['partner'] | undefined
  if (!partner?.id) throw unauthenticated()
  return partner.id
}

/** The calling staff member and their partner; 401 unless staff authentication ran and passed. */
export function getStaffActor(c: Context<AppEnv>): StaffActor {
  const staff = c.get('staff')
  if (!staff) throw unauthenticated()
  const partnerId = getPartnerId(c)
  return { partnerId, label: staff.label, actor: `staff:${staff.keyId}` }
}

/**
 * Who makes a call that both staff and the widget may make (the exact check): the tenant, the
 * audit actor (`staff:<key id>` or `site`, as for leads) and which of the two it is.
 */
export function getCaller(c: Context<AppEnv>): { partnerId: string; actor: string; via: 'staff' | 'site_key' } {
  const partnerId = getPartnerId(c)
  const staff = c.get('staff')
  return staff ? { partnerId, actor: `staff:${staff.keyId}`, via: 'staff' } : { partnerId, actor: 'site', via: 'site_key' }
}
