import { Hono } from 'hono'
import { PAYERS } from '../data/payers'
import { RULES } from '../data/rules'
import type { AppEnv } from '../env'
import type { HealthResponse } from '../http/schemas/health'

/** `GET /health`: liveness plus the size of the reference data this deployment carries. */
export const health = new Hono<AppEnv>().get('/', (c) =>
  c.json<HealthResponse>({
    status: 'ok',
    version: c.env.APP_VERSION,
    data: { payers: PAYERS.length, rules: RULES.length },
  }),
)
