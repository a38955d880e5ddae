/** The operations of `routes/health.ts`, for the OpenAPI document and /docs. */
import * as z from 'zod'
import { defineOperations } from '../http/openapi/registry'
import { sameType } from '../http/openapi/same-type'
import type { HealthResponse } from '../http/schemas/health'

const HealthResponseSchema = sameType<HealthResponse>()(
  z.object({
    status: z.literal('ok'),
    version: z.string().describe('The deployed version'),
    data: z.object({
      payers: z.number().int().describe('Payers in the directory'),
      rules: z.number().int().describe('Carrier IOP rules loaded'),
    }),
  }),
)

export const healthApi = defineOperations([
  {
    method: 'get',
    path: '/health',
    operationId: 'getHealth',
    tag: 'Service',
    summary: 'Liveness and the size of the reference data',
    access: 'public',
    responses: {
      200: {
        description: 'The Worker is up.',
        schema: HealthResponseSchema,
        examples: { ok: { summary: 'Healthy', value: { status: 'ok', version: '0.1.0', data: { payers: 120, rules: 40 } } } },
      },
    },
  },
])
