/**
 * @module
 * PHI never rides in a URL: URLs end up in browser history, proxies' and CDNs' logs, `Referer`
 * headers and analytics. On the API every query parameter named like a member ID, a name, a date
 * of birth or contact details is refused with a 400 that names the parameter, never its value,
 * before authentication or validation can echo anything.
 */
import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../../env'
import { problem } from '../problem'

/** Parameter names (lower case, without `_`, `-` and `.`) that carry PHI or identify a person. */
const PHI_NAMES = new Set([
  'memberid', 'member', 'subscriberid', 'subscriber', 'policynumber', 'ssn',
  'name', 'firstname', 'lastname', 'fullname', 'givenname', 'familyname', 'patient', 'patientname',
  'dob', 'dateofbirth', 'birthdate', 'birthday',
  'phone', 'phonenumber', 'email', 'address', 'street', 'zip', 'zipcode', 'postalcode',
])

const normalized = (param: string) => param.toLowerCase().replace(/[-_.\[\]]/g, '')

export function refusePhiInQuery(): MiddlewareHandler<AppEnv> {
  return async function refusePhiInQuery(c, next) {
    // Most API calls have no query string at all: no URL to parse then (bench/profile.ts).
    if (!c.req.url.includes('?')) return next()
    const params = new URL(c.req.url).searchParams
    const named = [...new Set(params.keys())].filter((k) => PHI_NAMES.has(normalized(k)))
    if (named.length > 0) {
      throw problem('phi_in_query', 'Personal details are never accepted in a URL: send them in the JSON body.', {
        errors: named.map((k) => ({ path: `query.${k.slice(0, 40)}`, message: 'not accepted in a URL; send it in the body' })),
      })
    }
    await next()
  }
}
