/**
 * @module
 * Every route the app serves, in the order /docs and the OpenAPI document show them. Adding a
 * route: declare it with `defineRoute` (http/route.ts) in its resource's file and list the file
 * here; mounting, access, validation and docs follow from the declaration.
 */
import type { Route } from '../http/route'
import { auditRoutes } from './audit'
import { consoleRoutes } from './console'
import { coverageRoutes } from './coverage'
import { docsRoutes } from './docs'
import { eligibilityRoutes } from './eligibility'
import { healthRoutes } from './health'
import { leadRoutes } from './leads'
import { pageRoutes } from './pages'
import { partnerRoutes } from './partners'
import { payerRoutes } from './payers'
import { siteConfigRoutes } from './site-config'
import { staffSessionRoutes } from './staff-sessions'
import { vobRoutes } from './vobs'
import { widgetFrameRoutes } from './widget-frame'

export const ROUTES: readonly Route[] = [
  ...coverageRoutes,
  ...eligibilityRoutes,
  ...payerRoutes,
  ...siteConfigRoutes,
  ...leadRoutes,
  ...vobRoutes,
  ...auditRoutes,
  ...staffSessionRoutes,
  ...partnerRoutes,
  ...healthRoutes,
  ...docsRoutes(() => ROUTES),
  ...pageRoutes,
  ...consoleRoutes,
  ...widgetFrameRoutes,
]
