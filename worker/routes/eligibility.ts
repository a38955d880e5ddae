import { Hono } from 'hono'
import { eligibilityCheck } from '../adapters/eligibility-check'
import { read271 } from '../domain/x12/read-271'
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
import { requireBodyWithin, requireJson, validate } from '../http/validate'

/**
 * Eligibility: the payer's own answer. Staff-only in the product (the staff-auth middleware
 * wraps this sub-app where it is mounted).
 * - `POST /x12?program=`: body is a raw 271 (text/plain) → the reading, without PHI.
 * - `POST /checks`: a real-time 270/271 through the configured clearinghouse.
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
    const reading = read271(await c.req.text(), c.req.valid('query').program)
    if (!reading.ok) {
      throw new ApiError(422, 'x12_unreadable', 'The 271 could not be read', reading.error.message, {
        errors: [{ path: 'body', message: reading.error.message }],
      })
    }
    c.header('Cache-Control', 'no-store')
    return c.json<EligibilityX12Response>(reading.value)
  })
  .post('/checks', requireJson(), validate('json', EligibilityCheckRequest), async (c) => {
    const result = await eligibilityCheck(c.env, c.req.valid('json'), c.get('requestId'))
    c.header('Cache-Control', 'no-store')
    return c.json<EligibilityCheckResponse>(result)
  })
