/**
 * @module
 * Mounted first (after the request id): outside local, no request is served until the PHI keys
 * are proper (deployment-keys.ts). One error log per isolate, not one per request.
 */
import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../../env'
import { deploymentKeyProblem } from '../deployment-keys'
import { log } from '../log'
import { problem as apiProblem } from '../problem'

let reported = false

export function requireDeploymentKeys(): MiddlewareHandler<AppEnv> {
  return async function requireDeploymentKeys(c, next) {
    const problem = deploymentKeyProblem(c.env)
    if (problem) {
      if (!reported) {
        reported = true
        log({ level: 'error', event: 'deployment_keys_invalid', requestId: c.get('requestId'), code: 'misconfigured', x_problem: problem })
      }
      throw apiProblem('service_misconfigured', 'This service is not configured to handle health information yet. Try again later, or call the admissions team.', {
        headers: { 'Retry-After': '300' },
      })
    }
    await next()
  }
}
