import { Hono } from 'hono'
import { findPartnerById } from '../adapters/d1/partners'
import type { AppEnv } from '../env'
import { problem } from '../http/problem'
import { DEMO_CSP, demoPage } from '../pages/demo'

/** `GET /`: the demo treatment-center page, embedding the widget with the demo partner's key. */
export const pages = new Hono<AppEnv>().get('/', async (c) => {
  const partner = await findPartnerById(c.env.DB, 'demo')
  if (!partner) {
    throw problem('demo_not_seeded', 'Run `npm start` to seed the local database.')
  }
  c.header('Content-Security-Policy', DEMO_CSP)
  return c.html(demoPage(partner.siteKey, { name: 'Sunrise Recovery', phone: partner.admissionsPhone }))
})
