// Issue 13, finding 9 (lower severity), as attack requests: staff lists get no CORS grant, PHI
// never rides in a query string, and the wrong method is a 405 naming the right one.
import { describe, expect, it } from 'vitest'
import { loadRouteTable } from '../support/route-table'
import { DEMO, staff, uniqueIp } from '../support/tenants'
import { api, expectProblem } from '../support/worker'

const table = await loadRouteTable()

describe('CORS on /v1/leads is for the widget’s POST only', () => {
  it('GET /v1/leads (staff, PHI) from a registered widget origin gets no CORS grant', async () => {
    const res = await api('/v1/leads?limit=1', { headers: { ...staff(DEMO.staffKey), Origin: DEMO.origin, 'X-Site-Key': DEMO.siteKey } })
    expect(res.status).toBe(200)
    expect(res.headers.get('Access-Control-Allow-Origin')).toBeNull()
  })
  it('a preflight for GET /v1/leads is not granted; one for POST is', async () => {
    const preflight = (method: string) =>
      api('/v1/leads', { method: 'OPTIONS', headers: { Origin: DEMO.origin, 'Access-Control-Request-Method': method, 'Access-Control-Request-Headers': 'x-site-key' } })
    expect((await preflight('GET')).headers.get('Access-Control-Allow-Origin')).toBeNull()
    expect((await preflight('POST')).headers.get('Access-Control-Allow-Origin')).toBe(DEMO.origin)
  })
})

describe('PHI in query strings is refused on PHI routes', () => {
  it.each([
    ['POST', '/v1/eligibility/checks?memberId=W123456789'],
    ['GET', '/v1/leads?name=Jane+Doe'],
    ['GET', '/v1/vobs?dateOfBirth=1980-01-01'],
    ['GET', '/v1/leads?phone=2145550100'],
    ['POST', '/v1/coverage/checks?lastName=Doe'],
  ])('%s %s: 400 naming the parameter, not its value', async (method, path) => {
    const res = await api(path, { method, headers: { ...staff(DEMO.staffKey), 'Content-Type': 'application/json', 'CF-Connecting-IP': uniqueIp() }, ...(method === 'POST' ? { body: '{}' } : {}) })
    const problem = await expectProblem(res, 400)
    expect(problem.code).toBe('phi_in_query')
    const value = decodeURIComponent(path.split('=')[1]!.replace(/\+/g, ' '))
    expect(JSON.stringify(problem)).not.toContain(value)
    expect(problem.errors?.[0]?.path).toMatch(/^query\./)
  })
})

describe('the wrong method is a 405 with Allow, before any body check', () => {
  const postOnly = table.filter((r) => r.method === 'POST' && !table.some((o) => o.path === r.path && o.method === 'GET'))
  it.each(postOnly.map((r) => r.path))('GET %s → 405', async (path) => {
    const res = await api(path, { headers: { ...staff(DEMO.staffKey), 'CF-Connecting-IP': uniqueIp() } })
    const problem = await expectProblem(res, 405)
    expect(problem.code).toBe('method_not_allowed')
    expect(res.headers.get('Allow')).toContain('POST')
  })
})
