import { describe, expect, it } from 'vitest'
import { api, expectProblem, workerLogs } from '../support/worker'

describe('GET /health', () => {
  it('answers ok with the version and the size of the reference data', async () => {
    const res = await api('/health')
    expect(res.status).toBe(200)
    const body = (await res.json()) as { status: string; version: string; data: Record<string, number> }
    expect(body.status).toBe('ok')
    expect(body.version).toMatch(/^\d+\.\d+\.\d+/)
    expect(body.data.payers).toBeGreaterThan(0)
    expect(body.data).toHaveProperty('rules')
  })

  it('carries a fresh request id and security headers', async () => {
    const res = await api('/health', { headers: { 'X-Request-Id': 'client-chosen' } })
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('strict-transport-security')).toContain('max-age=')
  })
})

describe('errors are problem+json', () => {
  it('404 for an unknown path', async () => {
    const problem = await expectProblem(await api('/no/such/thing'), 404)
    expect(problem.code).toBe('not_found')
    expect(problem.requestId).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('405 with Allow for a known path and the wrong method', async () => {
    const res = await api('/health', { method: 'DELETE' })
    const problem = await expectProblem(res, 405)
    expect(problem.code).toBe('method_not_allowed')
    expect(res.headers.get('allow')).toContain('GET')
  })

  it('400 naming each bad field of a query', async () => {
    const res = await api(`/v1/payers?q=${'a'.repeat(200)}&state=XX&limit=0`)
    const problem = await expectProblem(res, 400)
    expect(problem.code).toBe('validation_failed')
    expect(problem.errors?.map((e) => e.path).sort()).toEqual(['limit', 'q', 'state'])
  })

  it('400 for control characters in a query', async () => {
    const problem = await expectProblem(await api('/v1/payers?q=aet%00na'), 400)
    expect(problem.errors?.[0]?.path).toBe('q')
  })
})

describe('logs', () => {
  it('write one structured line per request with the route pattern, never the query', async () => {
    const marker = `zz${Date.now()}`
    await api(`/v1/payers?q=${marker}`)
    const lines = (await workerLogs()).split('\n').filter((l) => l.startsWith('{'))
    const entries = lines.map((l) => JSON.parse(l) as Record<string, unknown>)
    expect(entries.some((e) => e.event === 'request' && e.route === '/v1/payers' && e.status === 200)).toBe(true)
    expect(lines.join('\n')).not.toContain(marker)
  })
})

describe('GET /', () => {
  it('serves the demo page under a strict CSP with one script tag for the widget', async () => {
    const res = await api('/')
    expect(res.status).toBe(200)
    const csp = res.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("script-src 'self'")
    expect(csp).not.toContain('unsafe-inline')
    const page = await res.text()
    // One script tag for the widget; any other script is the partner's own external file or a
    // JSON data block: never inline code.
    expect(page.match(/<script [^>]*src="\/widget\/v1\/iop-coverage-checker\.js"/g)).toHaveLength(1)
    for (const tag of page.match(/<script[^>]*>/g) ?? []) expect(tag).toMatch(/ src="\/|type="application\/json"/)
    expect(page).toContain('<iop-coverage-checker site-key="pk_test_demo"')
  })

  it('serves the widget bundle as a cross-origin module', async () => {
    const res = await api('/widget/v1/iop-coverage-checker.js')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('javascript')
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
  })
})
