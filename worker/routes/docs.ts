import { Hono } from 'hono'
import type { AppEnv } from '../env'
import { buildDocument, type OpenApiDocument } from '../http/openapi/document'
import { DOCS_CSP, docsPage } from '../pages/docs'
import { OPERATIONS, WEBHOOKS } from './operations'

// Built on first use, once per isolate: converting every schema is not free and the registry is
// static, so it stays out of start-up and out of every later request.
let built: OpenApiDocument | undefined
const documentFor = (version: string): OpenApiDocument => (built ??= buildDocument(OPERATIONS, version, WEBHOOKS))

/** `GET /openapi.json` (OpenAPI 3.1 from the zod schemas) and `GET /docs` (the same, for humans). */
export const docs = new Hono<AppEnv>()
  .get('/openapi.json', (c) => {
    const doc = documentFor(c.env.APP_VERSION)
    c.header('Cache-Control', 'public, max-age=300')
    c.header('Access-Control-Allow-Origin', '*')
    return c.json({ ...doc, servers: [{ url: new URL(c.req.url).origin }] })
  })
  .get('/docs', (c) => {
    c.header('Content-Security-Policy', DOCS_CSP)
    c.header('Cache-Control', 'public, max-age=300')
    return c.html(docsPage(documentFor(c.env.APP_VERSION), new URL(c.req.url).origin))
  })
