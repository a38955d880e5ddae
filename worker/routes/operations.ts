/**
 * @module
 * Every operation of the API, in the order the docs show them, and the webhooks it sends.
 * Registering a route: declare its operations in `routes/<resource>.openapi.ts` with
 * `defineOperations`, then add it here.
 */
import type { Operation, Webhook } from '../http/openapi/registry'
import { auditApi } from './audit.openapi'
import { consoleApi } from './console.openapi'
import { coverageApi } from './coverage.openapi'
import { docsApi } from './docs.openapi'
import { eligibilityApi } from './eligibility.openapi'
import { healthApi } from './health.openapi'
import { leadsApi } from './leads.openapi'
import { pagesApi } from './pages.openapi'
import { partnersApi } from './partners.openapi'
import { payersApi } from './payers.openapi'
import { siteConfigApi } from './site-config.openapi'
import { vobsApi } from './vobs.openapi'
import { WEBHOOKS as webhooks } from './webhooks.openapi'

export const OPERATIONS: readonly Operation[] = [
  ...coverageApi,
  ...eligibilityApi,
  ...payersApi,
  ...siteConfigApi,
  ...leadsApi,
  ...vobsApi,
  ...auditApi,
  ...partnersApi,
  ...healthApi,
  ...docsApi,
  ...pagesApi,
  ...consoleApi,
]

export const WEBHOOKS: readonly Webhook[] = webhooks
