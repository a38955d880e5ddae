import { describe, expect, it } from 'vitest'
import { DEMO, OTHER, bearer } from '../support/tenants'
import { api, expectProblem } from '../support/worker'

const siteConfig = (headers: Record<string, string>) => api('/v1/site-config', { headers })

describe('site keys are bound to their origins', () => {
  it.each(['http://127.0.0.1:5173', 'http://127.0.0.1:8787', 'http://localhost:3000'])(
    'answers the demo key from %s with CORS for that origin only',
    async (origin) => {
      const res = await siteConfig({ 'X-Site-Key': DEMO.siteKey, Origin: origin })
      expect(res.status).toBe(200)
      expect(res.headers.get('access-control-allow-origin')).toBe(origin)
      expect(res.headers.get('vary')).toContain('Origin')
      const body = (await res.json()) as { partner: { name: string }; exactCheck: { enabled: boolean; turnstileSiteKey: string } }
      expect(body.partner.name).toBe('Sunrise Recovery Center (demo)')
      expect(body.exactCheck).toEqual({ enabled: true, turnstileSiteKey: '1x00000000000000000000AA' })
    },
  )

  it.each([
    ['another site', DEMO.siteKey, 'https://evil.example'],
    ['https on a loopback pattern registered for http', DEMO.siteKey, 'https://127.0.0.1:5173'],
    ['a sandboxed frame or file (Origin: null)', DEMO.siteKey, 'null'],
    ["the other partner's key on the demo origin", OTHER.siteKey, DEMO.origin],
    ["the other partner's key from any port of its host", OTHER.siteKey, 'https://other.example:8443'],
  ])('refuses %s with 403 and no CORS grant', async (_, key, origin) => {
    const res = await siteConfig({ 'X-Site-Key': key, Origin: origin })
    const problem = await expectProblem(res, 403)
    expect(problem.code).toBe('origin_not_allowed')
    expect(res.headers.get('access-control-allow-origin')).toBeNull()
  })

  it("answers the other partner's key from its own origin", async () => {
    const res = await siteConfig({ 'X-Site-Key': OTHER.siteKey, Origin: OTHER.origin })
    expect(res.status).toBe(200)
    expect(res.headers.get('access-control-allow-origin')).toBe(OTHER.origin)
    expect(((await res.json()) as { partner: { name: string } }).partner.name).toBe('Other Treatment Partner (test tenant)')
  })

  it('accepts a valid key without Origin (servers, the CLI), without CORS headers', async () => {
    const res = await siteConfig({ 'X-Site-Key': OTHER.siteKey })
    expect(res.status).toBe(200)
    expect(res.headers.get('access-control-allow-origin')).toBeNull()
  })

  it.each([
    ['no key', {}],
    ['an unknown key', { 'X-Site-Key': 'pk_test_nobody' }],
    ['a malformed key', { 'X-Site-Key': 'sk_test_demo' }],
    ['a huge key', { 'X-Site-Key': `pk_${'a'.repeat(5000)}` }],
  ])('refuses %s with 401', async (_, headers) => {
    const problem = await expectProblem(await siteConfig({ Origin: DEMO.origin, ...headers }), 401)
    expect(problem.code).toBe('invalid_site_key')
  })

  it('lets staff in with their key instead of a site key', async () => {
    const res = await siteConfig(bearer(OTHER.staffKey))
    expect(res.status).toBe(200)
    expect(((await res.json()) as { programs: string[] }).programs).toEqual(['substance_use'])
  })

  it('does not fall back to the site key when a staff credential is sent and wrong', async () => {
    const res = await siteConfig({ 'X-Site-Key': DEMO.siteKey, ...bearer('sk_test_wrong') })
    expect((await expectProblem(res, 401)).code).toBe('unauthorized')
  })
})

describe('CORS preflight', () => {
  const preflight = (origin: string, method = 'GET') =>
    api('/v1/site-config', {
      method: 'OPTIONS',
      headers: { Origin: origin, 'Access-Control-Request-Method': method, 'Access-Control-Request-Headers': 'x-site-key,content-type' },
    })

  it('is answered for registered origins with the allowed headers', async () => {
    const res = await preflight(OTHER.origin)
    expect(res.status).toBe(204)
    expect(res.headers.get('access-control-allow-origin')).toBe(OTHER.origin)
    const allowed = (res.headers.get('access-control-allow-headers') ?? '').toLowerCase().split(',')
    expect(allowed).toEqual(expect.arrayContaining(['x-site-key', 'content-type', 'idempotency-key', 'authorization']))
    expect(res.headers.get('vary')).toContain('Origin')
  })

  it('grants nothing to an unregistered origin', async () => {
    const res = await preflight('https://evil.example')
    expect(res.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('grants only the methods the path serves (GET /v1/site-config has no POST)', async () => {
    const res = await preflight(OTHER.origin, 'POST')
    expect(res.headers.get('access-control-allow-origin')).toBeNull()
  })
})

describe('public routes', () => {
  it('GET /v1/payers needs no key and is readable from any origin', async () => {
    const res = await api('/v1/payers?q=aetna', { headers: { Origin: 'https://anywhere.example' } })
    expect(res.status).toBe(200)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
  })

  it('staff routes grant no CORS to any origin', async () => {
    const res = await api('/v1/partners/me', { headers: { Origin: OTHER.origin, ...bearer(OTHER.staffKey) } })
    expect(res.status).toBe(200)
    expect(res.headers.get('access-control-allow-origin')).toBeNull()
  })
})
