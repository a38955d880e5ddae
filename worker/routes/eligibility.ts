import { Hono } from 'hono'
import { read271 } from '../domain/x12/read-271'
import { withoutControlChars } from '../domain/text/control-chars'
import type { AppEnv } from '../env'
import { contractFor } from '../http/partner-cache'
import {
  EligibilityCheckRequest,
  EligibilityX12Query,
  MAX_X12_BYTES,
  X12_MEDIA_TYPES,
  type EligibilityCheckResponse,
  type EligibilityX12Response,
} from '../http/schemas/eligibility'
import { problem } from '../http/problem'
import { getCaller } from '../http/middleware/tenant'
import { requireBodyWithin, requireJson, validate } from '../http/validate'
import { chooseLocale } from '../i18n'
import type { Locale } from '../domain/answer/types'
import type { ServiceContext } from '../services/answer-inputs'
import { answerPasted271 } from '../services/pasted-271'
import { runRealTimeCheck } from '../services/real-time-check'
import type { Context } from 'hono'

/** The locale and the calling partner's contracts, as the answer services take them. */
const serviceContext = (c: Context<AppEnv>, locale: Locale | undefined): ServiceContext => {
  const partnerId = c.get('partner').id
  return {
    locale: chooseLocale(locale, c.req.header('Accept-Language')),
    contractFor: (payerId) => contractFor(c.env.DB, partnerId, payerId),
  }
}

/**
 * Eligibility: the payer's own answer. Routes parse, guard and render; the services compose.
 * - `POST /x12?program=&estimate=1&network=&state=&locale=`: body is a raw 271 (text/plain) →
 *   the reading, without PHI; with `estimate=1`, one answer per entry (`coverageChecks`).
 * - `POST /checks`: a real-time 270/271 through the configured clearinghouse, plus the answer
 *   for the member (`coverageCheck`), with the partner's contract as the coverage check uses it.
 */
export const eligibility = new Hono<AppEnv>()
  .post('/x12', validate('query', EligibilityX12Query), async (c) => {
    const type = (c.req.header('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase()
    if (!(X12_MEDIA_TYPES as readonly string[]).includes(type)) {
      throw problem(
        'unsupported_media_type',
        'Send the raw 271 as the body with Content-Type: text/plain.',
      )
    }
    await requireBodyWithin(c.req, MAX_X12_BYTES)
    const query = c.req.valid('query')
    const reading = read271(await c.req.text(), query.program)
    if (!reading.ok && reading.error.reason === 'too_large') {
      // x18: a readable 271 above the per-document limits (domain/x12/read-271.ts) is a 413.
      throw problem('x12_too_large', reading.error.message, {
        errors: [{ path: 'body', message: reading.error.message }],
      })
    }
    if (!reading.ok) {
      throw problem('x12_unreadable', reading.error.message, {
        errors: [{ path: 'body', message: reading.error.message }],
      })
    }
    const ctx = serviceContext(c, query.locale)
    // Payer free text is echoed: no control characters in it (issue 13, h13).
    const body = await answerPasted271(withoutControlChars(reading.value), query, ctx)
    c.header('Cache-Control', 'no-store')
    if (query.estimate === '1') {
      c.header('Content-Language', ctx.locale)
      c.header('Vary', 'Accept-Language', { append: true })
    }
    return c.json<EligibilityX12Response>(body)
  })
  .post('/checks', requireJson(), validate('json', EligibilityCheckRequest), async (c) => {
    const req = c.req.valid('json')
    const ctx = serviceContext(c, req.locale)
    const body = await runRealTimeCheck(c.env, req, c.get('requestId'), ctx, getCaller(c))
    c.header('Cache-Control', 'no-store')
    c.header('Content-Language', ctx.locale)
    c.header('Vary', 'Accept-Language', { append: true })
    return c.json<EligibilityCheckResponse>(body)
  })
