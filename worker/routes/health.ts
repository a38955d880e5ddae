import * as z from 'zod'
import { PAYERS } from '../data/payers'
import { RULES } from '../data/rules'
import { defineRoute, type Documented } from '../http/route'
import type { HealthResponse } from '../http/schemas/health'

const HealthResponseSchema = z.object({
  status: z.literal('ok'),
  version: z.string().describe('The deployed version'),
  data: z.object({
    payers: z.number().int().describe('Payers in the directory'),
    rules: z.number().int().describe('Carrier IOP rules loaded'),
  }),
})

/** `GET /health`: liveness plus the size of the reference data this deployment carries. */
export const healthRoutes = [
  defineRoute({
    method: 'get',
    path: '/health',
    operationId: 'getHealth',
    tag: 'Service',
    summary: 'Liveness and the size of the reference data',
    access: 'public',
    cors: 'any',
    responses: {
      200: {
        description: 'The Worker is up.',
        schema: HealthResponseSchema,
        examples: { ok: { summary: 'Healthy', value: { status: 'ok', version: '0.1.0', data: { payers: 120, rules: 40 } } } },
      },
    },
    handler: (c) =>
      c.json<Documented<HealthResponse, typeof HealthResponseSchema>>({
        status: 'ok',
        version: c.env.APP_VERSION,
        data: { payers: PAYERS.length, rules: RULES.length },
      }),
  }),
]
