import { Hono } from 'hono'
import type { AppEnv } from '../env'
import type { CoverageCheckResponse } from '../http/schemas/coverage'
import { CoverageCheckRequest } from '../http/schemas/coverage'
import { requireJson, validate } from '../http/validate'
import { runCoverageCheck } from './coverage-check'

/** `POST /v1/coverage/checks`: payer and plan normalization, IOP coverage rules and the cost estimate. */
export const coverage = new Hono<AppEnv>().post(
  '/',
  requireJson(),
  validate('json', CoverageCheckRequest),
  (c) => {
    const result = runCoverageCheck(c.req.valid('json'))
    c.header('Cache-Control', 'no-store')
    return c.json<CoverageCheckResponse>(result)
  },
)
