import { Hono } from 'hono'
import type { PartnerDefaults } from '../domain/coverage/types'
import type { AppEnv } from '../env'
import type { CoverageCheckResponse } from '../http/schemas/coverage'
import { CoverageCheckRequest } from '../http/schemas/coverage'
import { contractFor } from '../http/partner-cache'
import { requireJson, validate } from '../http/validate'
import { resolveRequestPayer, runCoverageCheck } from './coverage-check'

/**
 * `POST /v1/coverage/checks`: payer and plan normalization, IOP coverage rules and the cost
 * estimate. The calling partner's contract with the payer, when it has one, supplies the
 * `network` and per-diem defaults (request values still win).
 */
export const coverage = new Hono<AppEnv>().post(
  '/',
  requireJson(),
  validate('json', CoverageCheckRequest),
  async (c) => {
    const body = c.req.valid('json')
    const payer = resolveRequestPayer(body)
    const contract = payer ? await contractFor(c.env.DB, c.get('partner').id, payer.id) : null
    const allowed = contract?.allowedPerDay[body.program ?? 'substance_use']
    const partnerDefaults: PartnerDefaults | undefined = contract
      ? { network: contract.network, ...(allowed === undefined ? {} : { allowedPerDay: allowed }) }
      : undefined
    const result = runCoverageCheck(body, { payer, ...(partnerDefaults ? { partnerDefaults } : {}) })
    c.header('Cache-Control', 'no-store')
    return c.json<CoverageCheckResponse>(result)
  },
)
