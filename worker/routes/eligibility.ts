import { Hono } from 'hono'
import { eligibilityCheck } from '../adapters/eligibility-check'
import { read271 } from '../domain/x12/read-271'
import { withoutControlChars } from '../domain/text/control-chars'
import { coverageCheckFor271 } from './coverage-check'
import type { AppEnv } from '../env'
import {
  EligibilityCheckRequest,
  EligibilityX12Query,
  MAX_X12_BYTES,
  X12_MEDIA_TYPES,
  type EligibilityCheckResponse,
  type EligibilityX12Response,
} from '../http/schemas/eligibility'
import { ApiError } from '../http/problem'
import { getCaller } from '../http/middleware/tenant'
import { requireBodyWithin, requireJson, validate } from '../http/validate'

/**
 * Eligibility: the payer's own answer. Staff-only in the product (the staff-auth middleware
 * wraps this sub-app where it is mounted).
 * - `POST /x12?program=&estimate=1&network=&state=`: body is a raw 271 (text/plain) → the
 *   reading, without PHI; with `estimate=1`, a coverage check per entry with its figures.
 * - `POST /checks`: a real-time 270/271 through the configured clearinghouse, plus the coverage
 *   check computed with the member's figures, so staff see verdict and cost with real numbers.
 */
export const eligibility = new Hono<AppEnv>()
  .post('/x12', validate('query', EligibilityX12Query), async (c) => {
    const type = (c.req.header('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase()
    if (!(X12_MEDIA_TYPES as readonly string[]).includes(type)) {
      throw new ApiError(
        415,
        'unsupported_media_type',
        'Unsupported media type',
        'Send the raw 271 as the body with Content-Type: text/plain.',
      )
    }
    await requireBodyWithin(c.req, MAX_X12_BYTES)
    const read = read271(await c.req.text(), c.req.valid('query').program)
    // Payer free text is echoed: no control characters in it (issue 13).
    const reading = read.ok ? { ok: true as const, value: withoutControlChars(read.value) } : read
    if (!reading.ok) {
      throw new ApiError(422, 'x12_unreadable', 'The 271 could not be read', reading.error.message, {
        errors: [{ path: 'body', message: reading.error.message }],
      })
    }
    const query = c.req.valid('query')
    const body: EligibilityX12Response =
      query.estimate === '1'
        ? {
            ...reading.value,
            coverageChecks: reading.value.transactions.map((entry) =>
              coverageCheckFor271(entry, {
                program: query.program,
                ...(query.network ? { network: query.network } : {}),
                ...(query.state ? { state: query.state } : {}),
              }),
            ),
          }
        : reading.value
    c.header('Cache-Control', 'no-store')
    return c.json<EligibilityX12Response>(body)
  })
  .post('/checks', requireJson(), validate('json', EligibilityCheckRequest), async (c) => {
    const req = c.req.valid('json')
    const result = await eligibilityCheck(c.env, req, c.get('requestId'), getCaller(c))
    // The adapter answers only for a first entry that is not rejected, so there is a check.
    const coverageCheck = coverageCheckFor271(result.transactions[0]!, {
      payer: { id: result.payerId },
      program: req.program,
      ...(req.network ? { network: req.network } : {}),
      ...(req.state ? { state: req.state } : {}),
      ...(req.plan ? { plan: req.plan } : {}),
      ...(req.treatment ? { treatment: req.treatment } : {}),
    })!
    c.header('Cache-Control', 'no-store')
    return c.json<EligibilityCheckResponse>({ ...result, coverageCheck })
  })
