import { Validator, type Schema } from '@cfworker/json-schema'
import { describe, expect, it } from 'vitest'
import { ProblemSchema } from '../../worker/http/schemas/problem'
import { CoverageCheckResponseSchema } from '../../worker/routes/coverage'
import { PayerSearchResponseSchema } from '../../worker/routes/payers'
import { api, postJson } from '../support/worker'

type Doc = {
  openapi: string
  servers: { url: string }[]
  paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: Schema }> }> }>>
  components: { schemas: Record<string, Schema> }
}

describe('GET /openapi.json', () => {
  it('serves the OpenAPI 3.1 document for this deployment, cacheable and readable cross-origin', async () => {
    const res = await api('/openapi.json')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('application/json')
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    const doc = (await res.json()) as Doc
    expect(doc.openapi).toBe('3.1.0')
    expect(doc.servers[0]!.url).toBe(new URL(res.url).origin)
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/v1/payers', '/v1/coverage/checks', '/health', '/docs']))
  })

  it('describes what the Worker really answers (responses validate against the served JSON Schemas)', async () => {
    const doc = (await (await api('/openapi.json')).json()) as Doc
    const schemaOf = (path: string, method: string, status: string, type = 'application/json') =>
      doc.paths[path]![method]!.responses[status]!.content![type]!.schema

    const payers = await (await api('/v1/payers?q=aetna&state=TX')).json()
    expect(new Validator(schemaOf('/v1/payers', 'get', '200'), '2020-12').validate(payers).errors).toEqual([])
    expect(PayerSearchResponseSchema.safeParse(payers).success).toBe(true)

    const check = await (await postJson('/v1/coverage/checks', { payer: 'cigna', state: 'FL', program: 'mental_health' }, { headers: { Authorization: 'Bearer sk_test_demo' } })).json()
    expect(new Validator(schemaOf('/v1/coverage/checks', 'post', '200'), '2020-12').validate(check).errors).toEqual([])
    expect(CoverageCheckResponseSchema.safeParse(check).error?.issues ?? []).toEqual([])

    const problem = await (await api('/v1/payers?q=x&state=ZZ')).json()
    expect(new Validator(doc.components.schemas.Problem!, '2020-12').validate(problem).errors).toEqual([])
    expect(ProblemSchema.safeParse(problem).success).toBe(true)
  })
})

describe('GET /docs', () => {
  it('is one HTML page under a CSP that allows no script and only our stylesheet', async () => {
    const res = await api('/docs')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('text/html')
    const csp = res.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("default-src 'none'")
    expect(csp).toContain("style-src 'self'")
    expect(csp).not.toContain('unsafe')
    const page = await res.text()
    expect(page).not.toContain('<script')
    expect(page).not.toMatch(/ style=/)
    expect(page).toContain('<link rel="stylesheet" href="/docs/docs.css" />')
    expect(page).not.toMatch(/https?:\/\/(?!127\.0\.0\.1|localhost)[^"'\s<]*\.(js|css)/) // nothing from a CDN
  })

  it('has an anchor for every problem code a response can carry, where its type URI points', async () => {
    const page = await (await api('/docs')).text()
    const problem = (await (await api('/no/such/page')).json()) as { type: string; code: string }
    expect(problem.type).toBe('/docs#problem-not_found')
    expect(page).toContain('id="problem-not_found"')
    for (const code of ['validation_failed', 'rate_limited', 'unauthorized', 'forbidden', 'internal_error']) {
      expect(page).toContain(`id="problem-${code}"`)
    }
  })

  it('explains authentication, rate limits and retries, with examples', async () => {
    const page = await (await api('/docs')).text()
    expect(page).toContain('id="authentication"')
    expect(page).toContain('X-Site-Key: pk_…')
    expect(page).toContain('Authorization: Bearer sk_…')
    expect(page).toContain('id="rate-limits"')
    expect(page).toContain('Retry-After')
    expect(page).toContain('id="idempotency"')
    expect(page).toContain('id="op-checkCoverage"')
    expect(page).toContain('&quot;allowedPerDay&quot;: 40000') // the request example, escaped
  })

  it('serves its stylesheet as a static asset', async () => {
    const res = await api('/docs/docs.css')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('text/css')
  })

  it('serves the widget README, the element reference the "Embed the widget" section links', async () => {
    const res = await api('/docs/widget.md')
    expect(res.status).toBe(200)
    expect(await res.text()).toMatch(/^# `<iop-coverage-checker>`\n/)
  })
})
