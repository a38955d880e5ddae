/** @module `GET /openapi.json` (OpenAPI 3.1 from the route declarations) and `GET /docs` (the same, for humans). */
import * as z from 'zod'
import { buildDocument, type OpenApiDocument } from '../http/openapi/document'
import { defineRoute, type RouteDoc } from '../http/route'
import { DOCS_CSP, docsPage } from '../pages/docs'
import { WEBHOOKS } from './webhooks'

/**
 * The two documentation routes of `routes`, which include them: `routes` is read on first use,
 * so the list can name these routes too. The document is built once per isolate: converting
 * every schema is not free and the declarations are static, so it stays out of start-up and
 * out of every later request.
 */
export function docsRoutes(routes: () => readonly RouteDoc[]) {
  let built: OpenApiDocument | undefined
  const documentFor = (version: string): OpenApiDocument => (built ??= buildDocument(routes(), version, WEBHOOKS))

  return [
    defineRoute({
      method: 'get',
      path: '/openapi.json',
      operationId: 'getOpenApiDocument',
      tag: 'Service',
      summary: 'This API as an OpenAPI 3.1 document',
      description: 'Generated from the same zod schemas the routes validate with. Feed it to your client generator or API tool.',
      access: 'public',
      cors: 'any',
      responses: {
        200: {
          description: 'The OpenAPI document (JSON Schema dialect 2020-12).',
          schema: z.looseObject({
            openapi: z.literal('3.1.0'),
            info: z.object({ title: z.string(), version: z.string() }).loose(),
            paths: z.record(z.string(), z.unknown()),
          }),
        },
      },
      handler: (c) => {
        c.header('Cache-Control', 'public, max-age=300')
        return c.json({ ...documentFor(c.env.APP_VERSION), servers: [{ url: new URL(c.req.url).origin }] })
      },
    }),
    defineRoute({
      method: 'get',
      path: '/docs',
      operationId: 'getDocs',
      tag: 'Service',
      summary: 'These docs, as one HTML page',
      access: 'public',
      responses: { 200: { description: 'Server-rendered HTML, no script.', schema: z.string(), contentType: 'text/html' } },
      handler: (c) => {
        c.header('Content-Security-Policy', DOCS_CSP)
        c.header('Cache-Control', 'public, max-age=300')
        return c.html(docsPage(documentFor(c.env.APP_VERSION), new URL(c.req.url).origin))
      },
    }),
  ]
}
