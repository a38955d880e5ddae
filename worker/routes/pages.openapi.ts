/** The operations of `routes/pages.ts` (the demo page), for the OpenAPI document and /docs. */
import * as z from 'zod'
import { defineOperations } from '../http/openapi/registry'

export const pagesApi = defineOperations([
  {
    method: 'get',
    path: '/',
    operationId: 'getDemoPage',
    tag: 'Pages',
    summary: 'Demo treatment-center page embedding the widget',
    access: 'public',
    responses: { 200: { description: 'An HTML page under a strict CSP.', schema: z.string(), contentType: 'text/html' } },
    problems: ['demo_not_seeded'],
  },
])
