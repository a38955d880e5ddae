/**
 * @module
 * The Hono environment of the app: the Worker's bindings (generated into
 * `worker-configuration.d.ts` by `wrangler types`) and the per-request variables.
 */
import type { Partner } from './adapters/d1/partners'

/** Who made an authenticated staff call, as set by `requireStaff()`. */
export type StaffPrincipal = {
  /** The staff key used directly, or the key that opened the session. */
  keyId: string
  label: string
  via: 'key' | 'session'
}

export type AppEnv = {
  Bindings: Env
  Variables: {
    /** Set by the request-id middleware; echoed as `X-Request-Id` and in every problem. */
    requestId: string
    /**
     * The tenant of the request, resolved from the site key (`requireSiteKey`) or the staff
     * credential (`requireStaff`). Every partner-scoped query uses `partner.id` from here.
     */
    partner: Partner
    /** Set only for staff-authenticated requests. */
    staff: StaffPrincipal | undefined
  }
}
