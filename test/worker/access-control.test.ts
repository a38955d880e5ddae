// Every non-public route the app declares (worker/routes/index.ts ROUTES, which a unit test
// keeps equal to app.routes) refuses anonymous callers and callers with another tenant's or a
// forged credential, on the real Worker. A positive control per route shows the refusals are
// about the credential, not a broken route.
import { beforeAll, describe, expect, it } from 'vitest'
import { concretePath, hasBody, isStaffOnly, loadRouteTable } from '../support/route-table'
import { DEMO, OTHER, bearer, uniqueIp } from '../support/tenants'
import { api, expectProblem, postJson } from '../support/worker'

const table = await loadRouteTable()
const nonPublic = table.filter((r) => r.access !== 'public')
const staffRoutes = table.filter(isStaffOnly)
const siteKeyRoutes = table.filter((r) => r.access === 'site_key_or_staff')

let revokedKey = ''
beforeAll(async () => {
  const created = await postJson('/v1/partners/me/staff-keys', { label: 'revoked for access tests' }, { headers: bearer(DEMO.staffKey) })
  const { key, secret } = (await created.json()) as { key: { id: string }; secret: string }
  await api(`/v1/partners/me/staff-keys/${key.id}`, { method: 'DELETE', headers: bearer(DEMO.staffKey) })
  revokedKey = secret
})

function call(route: { method: string; path: string }, headers: Record<string, string>): Promise<Response> {
  return api(concretePath(route.path), {
    method: route.method,
    headers: { 'CF-Connecting-IP': uniqueIp(), ...(hasBody(route.method) ? { 'Content-Type': 'application/json' } : {}), ...headers },
    ...(hasBody(route.method) ? { body: '{}' } : {}),
  })
}

const name = (r: { method: string; path: string; access: string }) => `${r.method} ${r.path} (${r.access})`

describe.each(nonPublic.map((r) => [name(r), r] as const))('%s', (_, route) => {
  const refusals: [string, () => Record<string, string>][] = [
    ['anonymous', () => ({})],
    ['a forged staff key', () => bearer('sk_forged_0123456789abcdef')],
    ['a revoked staff key', () => bearer(revokedKey)],
    ['a malformed Authorization header', () => ({ Authorization: 'Basic c2tfdGVzdF9kZW1vOg==' })],
    ['a forged session cookie', () => ({ Cookie: '__Host-iop_staff=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' })],
    ["the other partner's site key from the demo origin", () => ({ 'X-Site-Key': OTHER.siteKey, Origin: DEMO.origin })],
    ["the demo site key from the other partner's origin", () => ({ 'X-Site-Key': DEMO.siteKey, Origin: OTHER.origin })],
    ['an unknown site key', () => ({ 'X-Site-Key': 'pk_test_nobody' })],
  ]

  it.each(refusals)('refuses %s (401/403 problem+json)', async (_, headers) => {
    const res = await call(route, headers())
    expect([401, 403]).toContain(res.status)
    await expectProblem(res, res.status)
    expect(res.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('lets the right credential through (positive control)', async () => {
    // A widget's full credential: the site key from a registered origin, plus a Turnstile token
    // (leads and the exact check require one; the local fake Siteverify passes any token).
    const headers =
      isStaffOnly(route)
        ? bearer(OTHER.staffKey)
        : { 'X-Site-Key': DEMO.siteKey, Origin: DEMO.origin, 'X-Turnstile-Token': 'XXXX.DUMMY.TOKEN.XXXX' }
    const res = await call(route, headers)
    expect([401, 403]).not.toContain(res.status)
    expect(res.status).toBeLessThan(500)
  })
})

describe('staff routes', () => {
  it.each(staffRoutes.map((r) => [name(r), r] as const))('%s refuses a valid site key from its own origin', async (_, route) => {
    const res = await call(route, { 'X-Site-Key': DEMO.siteKey, Origin: DEMO.origin })
    expect((await expectProblem(res, 401)).code).toBe('unauthorized')
  })

  it('are scoped to the credential: the other key sees only its own partner', async () => {
    const me = (await (await api('/v1/partners/me', { headers: bearer(OTHER.staffKey) })).json()) as { id: string }
    expect(me.id).toBe('other')
    const keys = await (await api('/v1/partners/me/staff-keys', { headers: bearer(OTHER.staffKey) })).text()
    expect(keys).not.toContain(DEMO.staffKeyId)
    await expectProblem(await api(`/v1/partners/me/staff-keys/${DEMO.staffKeyId}`, { method: 'DELETE', headers: bearer(OTHER.staffKey) }), 404)
  })
})

describe('site-key routes', () => {
  it('exist on this branch (so the table above is exercised)', () => {
    expect(siteKeyRoutes.length).toBeGreaterThan(0)
    expect(staffRoutes.length).toBeGreaterThan(0)
  })
})
