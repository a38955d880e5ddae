/**
 * @module
 * Every operation of the API, in the order the docs show them. Registering a route: declare its
 * operations in `routes/<resource>.openapi.ts` with `defineOperations`, then add it here.
 */
import type { Operation } from '../http/openapi/registry'
import { coverageApi } from './coverage.openapi'
import { docsApi } from './docs.openapi'
import { eligibilityApi } from './eligibility.openapi'
import { healthApi } from './health.openapi'
import { pagesApi } from './pages.openapi'
import { payersApi } from './payers.openapi'

export const OPERATIONS: readonly Operation[] = [...coverageApi, ...eligibilityApi, ...payersApi, ...healthApi, ...docsApi, ...pagesApi]
