/** @module `GET /console`: the admissions console page (the Lit app in widget/console/). */
import * as z from 'zod'
import { defineRoute } from '../http/route'
import { CONSOLE_CSP, consolePage } from '../pages/console'

export const consoleRoutes = [
  defineRoute({
    method: 'get',
    path: '/console',
    operationId: 'getConsole',
    tag: 'Pages',
    summary: 'The admissions console (staff sign in inside it)',
    description:
      'The page is public; everything it shows comes from staff routes, after signing in with a staff key, which stays in the tab’s memory. Strict CSP, never cached, no referrer.',
    access: 'public',
    responses: { 200: { description: 'An HTML page.', schema: z.string(), contentType: 'text/html' } },
    handler: (c) => {
      c.header('Content-Security-Policy', CONSOLE_CSP)
      c.header('Cache-Control', 'no-store')
      c.header('Referrer-Policy', 'no-referrer')
      return c.html(consolePage())
    },
  }),
]
