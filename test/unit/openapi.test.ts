import { Validator, type Schema } from '@cfworker/json-schema'
import { createHmac, timingSafeEqual } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { app } from '../../worker/app'
import { buildDocument, openApiPath } from '../../worker/http/openapi/document'
import { PROBLEMS } from '../../worker/http/openapi/problems'
import type { Route, RouteDoc, Webhook } from '../../worker/http/route'
import { ProblemSchema } from '../../worker/http/schemas/problem'
import { newWebhookSecret, signedHeaders } from '../../worker/adapters/webhook/signature'
import { PROBLEM_EXAMPLE, VERIFY_EXAMPLE, docsPage } from '../../worker/pages/docs'
import { leadCreatedBody } from '../../worker/domain/delivery/payload'
import { ROUTES } from '../../worker/routes'
import { LeadCreatedEvent, WEBHOOKS } from '../../worker/routes/webhooks'
import { OPENAPI_31_SHAPE } from '../support/openapi-shape'

const doc = buildDocument(ROUTES, '0.0.0-test', WEBHOOKS)
type Media = { schema: Schema; examples?: Record<string, { value: unknown }> }
type Op = { requestBody?: { content: Record<string, Media> }; responses: Record<string, { content?: Record<string, Media> }>; security: Record<string, string[]>[]; parameters?: { name: string; in: string }[] }
const operationsOf = (path: string) => Object.entries(doc.paths[path] ?? {}) as [string, Op][]

/** Routes the app answers, as `GET /v1/payers`: handlers only (no middleware). */
function appRoutes(): string[] {
  const seen = new Set<string>()
  for (const r of app.routes) {
    if (r.method === 'ALL') continue
    seen.add(`${r.method} ${openApiPath(r.path)}`)
  }
  return [...seen].sort()
}

describe('the OpenAPI document', () => {
  it('documents every route of the app, and nothing the app does not serve', () => {
    const documented = Object.entries(doc.paths)
      .flatMap(([path, item]) => Object.keys(item).map((m) => `${m.toUpperCase()} ${path}`))
      .sort()
    expect(documented).toEqual(appRoutes())
  })

  // The security requirements each access stands for (the schemes of components.securitySchemes).
  const SECURITY_OF = {
    public: [],
    site_key_or_staff: [{ siteKey: [] }, { staffKey: [] }, { staffSession: [] }],
    staff: [{ staffKey: [] }, { staffSession: [] }],
    staff_key: [{ staffKey: [] }],
  }

  it.each(ROUTES.map((r) => [`${r.method.toUpperCase()} ${r.path}`, r] as const))('documents %s with the access it is mounted with', (_, route) => {
    const op = doc.paths[openApiPath(route.path)]?.[route.method] as Op & { 'x-access': string }
    expect(op['x-access']).toBe(route.access)
    expect(op.security).toEqual(SECURITY_OF[route.access])
  })

  it('documents the lead.created webhook with its signature and delivery id headers', () => {
    const post = (doc.webhooks?.['lead.created'] as { post: { parameters: { name: string; in: string; required: boolean }[] } }).post
    expect(post.parameters.filter((p) => p.in === 'header' && p.required).map((p) => p.name).sort()).toEqual(['X-IOP-Delivery-Id', 'X-IOP-Event', 'X-IOP-Signature', 'webhook-id', 'webhook-signature', 'webhook-timestamp'])
  })

  it.each([
    ['a full lead', { name: 'Jane Roe', phone: '+15125550123', email: 'jane@example.org', preferredTime: 'evening', message: 'Hi' }, { payerId: 'aetna', state: 'TX', program: 'substance_use', coverageStatus: 'covered', patientPays: 312000 }],
    ['an email-only lead without context', { name: 'Sam', email: 'sam@example.org' }, {}],
  ])('describes the body leadCreatedBody really sends (%s)', (_, contact, context) => {
    const at = new Date('2026-11-23T15:04:05Z')
    const body = JSON.parse(leadCreatedBody('d-1', { id: 'l-1', partnerId: 'demo', createdAt: at, consentAt: at, consentTextVersion: '2026-11-01', contact, context }))
    expect(LeadCreatedEvent.safeParse(body).error?.issues ?? []).toEqual([])
    const schema = (doc.webhooks!['lead.created'] as { post: { requestBody: { content: Record<string, Media> } } }).post.requestBody.content['application/json']!.schema
    expect(new Validator(schema, '2020-12', false).validate(body).errors).toEqual([])
  })

  it('has the shape of OpenAPI 3.1 (our JSON Schema of its key parts, checked by @cfworker/json-schema)', () => {
    const result = new Validator(OPENAPI_31_SHAPE as unknown as Schema, '2020-12', false).validate(doc)
    expect(result.errors).toEqual([])
    expect(result.valid).toBe(true)
  })

  it('rejects what the shape check is for (a sanity check of the check)', () => {
    const v = new Validator(OPENAPI_31_SHAPE as unknown as Schema, '2020-12', false)
    expect(v.validate({ ...doc, openapi: '3.0.3' }).valid).toBe(false)
    const noDescription = structuredClone(doc) as unknown as { paths: Record<string, Record<string, { responses: Record<string, object> }>> }
    noDescription.paths['/health']!.get!.responses['200'] = {}
    expect(v.validate(noDescription).valid).toBe(false)
  })

  it('has unique operation ids and only known security schemes', () => {
    const ids = Object.keys(doc.paths).flatMap((p) => operationsOf(p).map(([, op]) => (op as { operationId?: string }).operationId))
    expect(new Set(ids).size).toBe(ids.length)
    const schemes = new Set(Object.keys(doc.components.securitySchemes))
    for (const p of Object.keys(doc.paths)) {
      for (const [, op] of operationsOf(p)) for (const req of op.security) for (const s of Object.keys(req)) expect(schemes).toContain(s)
    }
  })

  it('declares a path parameter for every {placeholder}', () => {
    for (const p of Object.keys(doc.paths)) {
      const placeholders = [...p.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
      for (const [, op] of operationsOf(p)) {
        expect((op.parameters ?? []).filter((x) => x.in === 'path').map((x) => x.name).sort()).toEqual(placeholders)
      }
    }
  })

  it('answers every failure with problem+json pointing at the Problem schema', () => {
    for (const p of Object.keys(doc.paths)) {
      for (const [, op] of operationsOf(p)) {
        expect(op.responses['500']?.content?.['application/problem+json']?.schema).toEqual({ $ref: '#/components/schemas/Problem' })
      }
    }
  })
})

type ExampleCase = [string, Route, 'body' | number, string, unknown]
type WebhookCase = [string, Webhook, string, unknown]
const webhookCases: WebhookCase[] = WEBHOOKS.flatMap((w) =>
  Object.entries(w.body.examples ?? {}).map(([name, e]): WebhookCase => [`${w.operationId} body ${name}`, w, name, e.value]),
)
const exampleCases: ExampleCase[] = ROUTES.flatMap((op) => [
  ...Object.entries(op.body?.examples ?? {}).map(([name, e]): ExampleCase => [`${op.operationId} body ${name}`, op, 'body', name, e.value]),
  ...Object.entries(op.responses).flatMap(([status, r]) =>
    Object.entries(r.examples ?? {}).map(([name, e]): ExampleCase => [`${op.operationId} ${status} ${name}`, op, Number(status), name, e.value]),
  ),
])

describe('examples', () => {
  it('exist for every JSON body and JSON success response', () => {
    for (const op of ROUTES) {
      if (op.body && (op.body.contentType ?? 'application/json') === 'application/json') expect(op.body.examples, op.operationId).toBeDefined()
      for (const r of Object.values(op.responses)) {
        if (r.schema && (r.contentType ?? 'application/json') === 'application/json' && op.operationId !== 'getOpenApiDocument') {
          expect(r.examples, op.operationId).toBeDefined()
        }
      }
    }
  })

  it.each(exampleCases)('%s validates with its zod schema', (_, op, where, __, value) => {
    const schema = where === 'body' ? op.body!.schema : op.responses[where]!.schema!
    const parsed = schema.safeParse(value)
    expect(parsed.error?.issues ?? []).toEqual([])
  })

  it.each(exampleCases)('%s validates against the JSON Schema in the document', (_, op, where, name, value) => {
    const item = doc.paths[openApiPath(op.path)]![op.method] as Op
    const content = where === 'body' ? item.requestBody!.content : item.responses[String(where)]!.content!
    const media = Object.values(content)[0]!
    expect(media.examples?.[name]?.value).toEqual(value)
    const result = new Validator(media.schema, '2020-12', false).validate(value)
    expect(result.errors).toEqual([])
  })

  it.each(webhookCases)('%s validates with its zod schema and the JSON Schema in the document', (_, w, name, value) => {
    expect(w.body.schema.safeParse(value).error?.issues ?? []).toEqual([])
    const media = Object.values((doc.webhooks![w.name] as { post: { requestBody: { content: Record<string, Media> } } }).post.requestBody.content)[0]!
    expect(media.examples?.[name]?.value).toEqual(value)
    expect(new Validator(media.schema, '2020-12', false).validate(value).errors).toEqual([])
  })

  it('the problem shown on /docs is a valid problem, in zod and in JSON Schema', () => {
    expect(ProblemSchema.safeParse(PROBLEM_EXAMPLE).success).toBe(true)
    expect(new Validator(doc.components.schemas.Problem as Schema, '2020-12').validate(PROBLEM_EXAMPLE).valid).toBe(true)
  })
})

describe('problem codes', () => {
  it.each(Object.entries(PROBLEMS))('%s is an error status with a title and an explanation', (_, p) => {
    expect(p.status).toBeGreaterThanOrEqual(400)
    expect(p.status).toBeLessThan(600)
    expect(p.title.length).toBeGreaterThan(3)
    expect(p.meaning.length).toBeGreaterThan(20)
  })

  it('refuses an operation that declares an uncatalogued code', () => {
    // ProblemCode already refuses it at compile time; a cast must not get it past the builder.
    const problems = ['no_such_code'] as unknown as RouteDoc['problems']
    const op: RouteDoc = { method: 'get', path: '/x', operationId: 'x', tag: 'X', summary: 'x', access: 'public', responses: { 200: { description: 'ok' } }, problems }
    expect(() => buildDocument([op], '0')).toThrow(/no_such_code/)
  })

  it('each has its anchor on the docs page, where problem type URIs point', async () => {
    const page = String(await docsPage(doc, 'http://127.0.0.1:8787'))
    for (const code of Object.keys(PROBLEMS)) expect(page).toContain(`id="problem-${code}"`)
    for (const m of page.matchAll(/href="#(problem-\w+)"/g)) expect(page).toContain(`id="${m[1]}"`)
  })
})

describe('the signature check shown on /docs', () => {
  // The page's snippet, run as written (minus its import), against what deliveries really send.
  const source = VERIFY_EXAMPLE.replace(/^import .*$/m, '').replace('export function', 'return function')
  const verify = new Function('createHmac', 'timingSafeEqual', source)(createHmac, timingSafeEqual) as (
    body: Buffer,
    headers: Record<string, string>,
    secret: string,
  ) => boolean
  const secret = newWebhookSecret()
  const body = '{"id":"d-1","type":"lead.created"}'
  const now = Math.floor(Date.now() / 1000)

  it.each([
    ['the signature of this body', body, secret, now, true],
    ['a changed body', body.replace('d-1', 'd-2'), secret, now, false],
    ['another secret', body, newWebhookSecret(), now, false],
    ['a timestamp an hour old', body, secret, now - 3600, false],
  ])('accepts only a fresh signature by the secret over the exact body: %s', async (_, received, key, t, ok) => {
    const headers = await signedHeaders(secret, { id: 'd-1', event: 'lead.created', body, unixSeconds: t })
    expect(verify(Buffer.from(received), headers, key)).toBe(ok)
  })
})
