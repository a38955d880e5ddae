/** The operations of `routes/docs.ts`, for the OpenAPI document and /docs. */
import * as z from 'zod'
import { defineOperations } from '../http/openapi/registry'

export const docsApi = defineOperations([
  {
    method: 'get',
    path: '/openapi.json',
    operationId: 'getOpenApiDocument',
    tag: 'Service',
    summary: 'This API as an OpenAPI 3.1 document',
    description:
      'Generated from the same zod schemas the routes validate with. Feed it to your client generator or API tool.',
    access: 'public',
    responses: {
      200: {
        description: 'The OpenAPI document (JSON Schema dialect 2020-12).',
        schema: z.looseObject({ openapi: z.literal('3.1.0'), info: z.object({ title: z.string(), version: z.string() }).loose(), paths: z.record(z.string(), z.unknown()) }),
      },
    },
  },
  {
    method: 'get',
    path: '/docs',
    operationId: 'getDocs',
    tag: 'Service',
    summary: 'These docs, as one HTML page',
    access: 'public',
    responses: { 200: { description: 'Server-rendered HTML, no script.', schema: z.string(), contentType: 'text/html' } },
  },
])
