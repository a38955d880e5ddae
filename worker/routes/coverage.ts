import { Hono } from 'hono'
import type { AppEnv } from '../env'
import { contractFor } from '../http/partner-cache'
import { CoverageCheckRequest, type CoverageCheckResponse } from '../http/schemas/coverage'
import { requireJson, validate } from '../http/validate'
import { chooseLocale } from '../i18n'
import { runCoverageCheck } from '../services/coverage-check'

/**
 * `POST /v1/coverage/checks`: parse, guard, render. The service composes the one answer (the
 * member's benefits when given > the calling partner's contract > the rules > typical values).
 */
export const coverage = new Hono<AppEnv>().post('/', requireJson(), validate('json', CoverageCheckRequest), async (c) => {
  const body = c.req.valid('json')
  const partnerId = c.get('partner').id
  const answer = await runCoverageCheck(body, {
    locale: chooseLocale(body.locale, c.req.header('Accept-Language')),
    contractFor: (payerId) => contractFor(c.env.DB, partnerId, payerId),
  })
  c.header('Cache-Control', 'no-store')
  c.header('Content-Language', answer.locale)
  c.header('Vary', 'Accept-Language', { append: true })
  return c.json<CoverageCheckResponse>(answer)
})
