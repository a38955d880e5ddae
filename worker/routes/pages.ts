/** @module `GET /`: the demo treatment-center page, embedding the widget with the demo partner's key. */
import * as z from 'zod'
import { findPartnerById } from '../adapters/d1/partners'
import { problem } from '../http/problem'
import { defineRoute } from '../http/route'
import { DEMO_CSP, demoPage } from '../pages/demo'

export const pageRoutes = [
  defineRoute({
    method: 'get',
    path: '/',
    operationId: 'getDemoPage',
    tag: 'Pages',
    summary: 'Demo treatment-center page embedding the widget',
    access: 'public',
    responses: { 200: { description: 'An HTML page under a strict CSP.', schema: z.string(), contentType: 'text/html' } },
    problems: ['demo_not_seeded'],
    handler: async (c) => {
      const partner = await findPartnerById(c.env.DB, 'demo')
      if (!partner) throw problem('demo_not_seeded', 'Run `npm start` to seed the local database.')
      c.header('Content-Security-Policy', DEMO_CSP)
      return c.html(demoPage(partner.siteKey, { name: 'Sunrise Recovery', phone: partner.admissionsPhone }))
    },
  }),
]
