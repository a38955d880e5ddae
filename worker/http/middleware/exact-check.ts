import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../../env'
import { problem } from '../problem'

/**
 * The exact (270/271) check asks visitors for a member ID, a name and a date of birth, so it is
 * offered only where the partner enabled it (`exactCheckEnabled`). Staff may always run it.
 * Mount after `requireSiteKeyOrStaff()`.
 * @example app.use('/v1/eligibility/checks', siteKeyCors(), requireSiteKeyOrStaff(), requireExactCheckEnabled())
 */
export function requireExactCheckEnabled(): MiddlewareHandler<AppEnv> {
  return async function requireExactCheckEnabled(c, next) {
    if (!c.get('staff') && !c.get('partner').exactCheckEnabled) {
      throw problem(
        'exact_check_disabled',
        'This site does not offer the exact insurance check. Use the quick check, or call the admissions team.',
      )
    }
    await next()
  }
}
