/** @module `GET /console`: the admissions console page (the Lit app in widget/console/). */
import { Hono } from 'hono'
import type { AppEnv } from '../env'
import { CONSOLE_CSP, consolePage } from '../pages/console'

export const consoleRoute = new Hono<AppEnv>().get('/', (c) => {
  c.header('Content-Security-Policy', CONSOLE_CSP)
  c.header('Cache-Control', 'no-store')
  c.header('Referrer-Policy', 'no-referrer')
  return c.html(consolePage())
})
