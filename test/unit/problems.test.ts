// One error catalogue: `problem(code, detail)` takes status, title and `retryable` from
// worker/http/openapi/problems.ts, renders RFC 9457 problem+json, and is Hono's HTTPException.
// The 404 and 405 go through it too (in memory, through the app's own `app.request()`).
import { HTTPException } from 'hono/http-exception'
import { describe, expect, it } from 'vitest'
import { appRequest } from '../support/app'

const PROBLEM_MODULE = '../../worker/http/problem'
const CATALOGUE_MODULE = '../../worker/http/openapi/problems'
type Info = { status: number; title: string; retryable: boolean }
type Err = Error & { status: number; code: string; title: string; retryable: boolean; getResponse(): Response }
const { problem } = (await import(/* @vite-ignore */ PROBLEM_MODULE)) as {
  problem: (code: string, detail: string, extra?: { headers?: Record<string, string> }) => Err
}
const { PROBLEMS } = (await import(/* @vite-ignore */ CATALOGUE_MODULE)) as { PROBLEMS: Record<string, Info> }

describe('problem(code, detail)', () => {
  // Expected values from RFC 9110 (status semantics) and the API's documented contract.
  it.each([
    ['rate_limited', 429, true],
    ['not_found', 404, false],
    ['method_not_allowed', 405, false],
    ['payer_timeout', 503, true],
    ['clearinghouse_refused', 502, false],
    ['validation_failed', 400, false],
  ] as const)('%s is %i, retryable %s', (code, status, retryable) => {
    const err = problem(code, 'detail for this case')
    expect(err).toMatchObject({ status, code, retryable, message: 'detail for this case' })
  })

  it('takes every title, status and retryable from the catalogue', () => {
    for (const [code, info] of Object.entries(PROBLEMS)) {
      expect(problem(code, 'x')).toMatchObject({ status: info.status, title: info.title, retryable: info.retryable })
    }
  })

  it("is Hono's HTTPException, and its own response is problem+json with its headers", async () => {
    const err = problem('rate_limited', 'Slow down.', { headers: { 'Retry-After': '60' } })
    expect(err).toBeInstanceOf(HTTPException)
    const res = err.getResponse()
    expect(res.status).toBe(429)
    expect(res.headers.get('content-type')).toBe('application/problem+json')
    expect(res.headers.get('retry-after')).toBe('60')
    expect(await res.json()).toEqual({
      type: '/docs#problem-rate_limited',
      title: 'Too many requests',
      status: 429,
      detail: 'Slow down.',
      code: 'rate_limited',
      retryable: true,
    })
  })
})

describe('404 and 405 through the catalogue (app.request, no workerd)', () => {
  it('an unknown path is a not_found problem', async () => {
    const res = await appRequest('/v1/nothing-here')
    expect(res.status).toBe(404)
    expect(res.headers.get('content-type')).toBe('application/problem+json')
    expect(await res.json()).toMatchObject({ code: 'not_found', title: 'Not found', status: 404, retryable: false })
  })

  it('a known path with the wrong method is a method_not_allowed problem naming the methods', async () => {
    const res = await appRequest('/health', { method: 'DELETE' })
    expect(res.status).toBe(405)
    // RFC 9110 §9.3.2: a resource that answers GET answers HEAD.
    expect(res.headers.get('allow')).toBe('GET, HEAD')
    expect(await res.json()).toMatchObject({ code: 'method_not_allowed', status: 405, detail: 'Use GET or HEAD for this resource.' })
  })

  it('serves /health from plain vars alone', async () => {
    const res = await appRequest('/health')
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ status: 'ok', version: '0.1.0-test' })
  })
})
