import { describe, expect, it } from 'vitest'
import { DEMO, OTHER, bearer, freshLimiterWindow, uniqueIp } from '../support/tenants'
import { api, expectProblem, postJson, workerUrl } from '../support/worker'

type Config = Record<string, unknown> & { id: string; allowedOrigins: string[]; staff: { via: string } }

const json = (method: string, path: string, body: unknown, headers: Record<string, string>) =>
  api(path, { method, headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) })

/** Opens a console session with a key; returns the cookie pair to send back. */
async function signIn(key: string): Promise<{ cookie: string; setCookie: string }> {
  const res = await api('/v1/staff/sessions', { method: 'POST', headers: { ...bearer(key), 'CF-Connecting-IP': uniqueIp() } })
  expect(res.status).toBe(201)
  const setCookie = res.headers.get('set-cookie') ?? ''
  return { cookie: setCookie.split(';')[0]!, setCookie }
}

async function newKey(staffKey: string, label: string): Promise<{ id: string; secret: string }> {
  const res = await postJson('/v1/partners/me/staff-keys', { label }, { headers: bearer(staffKey) })
  expect(res.status).toBe(201)
  const body = (await res.json()) as { key: { id: string }; secret: string }
  return { id: body.key.id, secret: body.secret }
}

describe('GET /v1/partners/me', () => {
  it("returns the key's own partner, without secrets", async () => {
    // Other tests reconfigure the demo webhook; set a secret here so the flag below is ours.
    expect((await api('/v1/partners/me/webhook-secret', { method: 'POST', headers: bearer(DEMO.staffKey) })).status).toBe(201)
    const res = await api('/v1/partners/me', { headers: bearer(DEMO.staffKey) })
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    const text = await res.text()
    const config = JSON.parse(text) as Config
    expect(config).toMatchObject({
      id: 'demo',
      siteKey: 'pk_test_demo',
      allowedOrigins: ['http://127.0.0.1:*', 'http://localhost:*'],
      exactCheckEnabled: true,
      phiRetentionDays: 30,
      turnstileSiteKey: '1x00000000000000000000AA',
      webhookSecretSet: true,
      staff: { label: 'Local demo key', via: 'key' },
    })
    for (const secret of ['whsec_test_demo', 'webhook_secret_enc', 'key_hash', 'sk_test_demo', 'v1.']) {
      expect(text).not.toContain(secret)
    }
  })

  it('answers each tenant with its own configuration', async () => {
    const other = (await (await api('/v1/partners/me', { headers: bearer(OTHER.staffKey) })).json()) as Config
    expect(other.id).toBe('other')
    expect(other.allowedOrigins).toEqual(['https://other.example'])
  })
})

describe('PATCH /v1/partners/me', () => {
  it('changes the allowed fields, and new origins take effect for the site key', async () => {
    const { id, secret } = await newKey(OTHER.staffKey, 'patch test')
    try {
      const patch = {
        allowedOrigins: ['https://other.example', 'https://www.other.example'],
        admissionsPhone: '+18005550142',
        branding: { colors: { accent: '#123abc' }, logoUrl: 'https://other.example/logo.svg' },
        phiRetentionDays: 14,
      }
      const res = await json('PATCH', '/v1/partners/me', patch, bearer(secret))
      expect(res.status).toBe(200)
      expect(await res.json()).toMatchObject({ id: 'other', ...patch, exactCheckEnabled: false })
      const cors = await api('/v1/site-config', { headers: { 'X-Site-Key': OTHER.siteKey, Origin: 'https://www.other.example' } })
      expect(cors.status).toBe(200)
    } finally {
      await json('PATCH', '/v1/partners/me', { allowedOrigins: ['https://other.example'], admissionsPhone: '+18005550199', branding: {}, phiRetentionDays: 30 }, bearer(OTHER.staffKey))
      await api(`/v1/partners/me/staff-keys/${id}`, { method: 'DELETE', headers: bearer(OTHER.staffKey) })
    }
  })

  it('names each invalid field', async () => {
    const res = await json(
      'PATCH',
      '/v1/partners/me',
      {
        allowedOrigins: ['http://other.example', 'https://other.example:*'],
        leadWebhookUrl: 'http://hooks.example/leads',
        phiRetentionDays: 400,
        siteKey: 'pk_stolen',
        exactCheckEnabled: 'yes',
      },
      bearer(OTHER.staffKey),
    )
    const problem = await expectProblem(res, 400)
    expect(problem.errors?.map((e) => e.path).sort()).toEqual([
      '',
      'allowedOrigins.0',
      'allowedOrigins.1',
      'exactCheckEnabled',
      'leadWebhookUrl',
      'phiRetentionDays',
    ])
  })

  it('refuses an empty patch and a body that is not JSON', async () => {
    expect((await expectProblem(await json('PATCH', '/v1/partners/me', {}, bearer(OTHER.staffKey)), 400)).code).toBe('validation_failed')
    const res = await api('/v1/partners/me', { method: 'PATCH', headers: { ...bearer(OTHER.staffKey), 'Content-Type': 'text/plain' }, body: 'x' })
    await expectProblem(res, 415)
  })
})

describe('contracts', () => {
  it('lists the seeded demo contracts in cents', async () => {
    const res = await api('/v1/partners/me/contracts', { headers: bearer(DEMO.staffKey) })
    expect(await res.json()).toEqual({
      contracts: [
        { payerId: 'aetna', network: 'in', allowedPerDay: { substance_use: 35000 } },
        { payerId: 'cigna', network: 'in', allowedPerDay: { substance_use: 32000, mental_health: 30000 } },
      ],
    })
  })

  it('replaces contracts for the own tenant only', async () => {
    const contracts = [{ payerId: 'aetna', network: 'out', allowedPerDay: { mental_health: 27500 } }]
    const put = await json('PUT', '/v1/partners/me/contracts', { contracts }, bearer(OTHER.staffKey))
    expect(await put.json()).toEqual({ contracts })
    const demo = (await (await api('/v1/partners/me/contracts', { headers: bearer(DEMO.staffKey) })).json()) as { contracts: unknown[] }
    expect(demo.contracts).toHaveLength(2)
    await json('PUT', '/v1/partners/me/contracts', { contracts: [] }, bearer(OTHER.staffKey))
  })

  it('refuses unknown payers, negative or fractional cents and duplicates', async () => {
    const res = await json(
      'PUT',
      '/v1/partners/me/contracts',
      {
        contracts: [
          { payerId: 'no-such-payer', network: 'in' },
          { payerId: 'aetna', network: 'in', allowedPerDay: { substance_use: -1 } },
          { payerId: 'cigna', network: 'maybe', allowedPerDay: { mental_health: 10.5 } },
        ],
      },
      bearer(OTHER.staffKey),
    )
    const problem = await expectProblem(res, 400)
    expect(problem.errors?.map((e) => e.path).sort()).toEqual([
      'contracts.0.payerId',
      'contracts.1.allowedPerDay.substance_use',
      'contracts.2.allowedPerDay.mental_health',
      'contracts.2.network',
    ])
  })
})

describe('staff keys', () => {
  it('are shown once, stored hashed, listed without secrets, and stop working when revoked', async () => {
    const { id, secret } = await newKey(DEMO.staffKey, 'Front desk laptop')
    expect(secret).toMatch(/^sk_[A-Za-z0-9_-]{43}$/)
    const me = await api('/v1/partners/me', { headers: bearer(secret) })
    expect(((await me.json()) as Config).staff).toEqual({ label: 'Front desk laptop', via: 'key' })

    const list = await (await api('/v1/partners/me/staff-keys', { headers: bearer(DEMO.staffKey) })).text()
    expect(list).toContain(id)
    expect(list).not.toContain(secret)

    expect((await api(`/v1/partners/me/staff-keys/${id}`, { method: 'DELETE', headers: bearer(DEMO.staffKey) })).status).toBe(204)
    await expectProblem(await api('/v1/partners/me', { headers: bearer(secret) }), 401)
    const listed = (await (await api('/v1/partners/me/staff-keys', { headers: bearer(DEMO.staffKey) })).json()) as {
      keys: { id: string; revokedAt: string | null }[]
    }
    expect(listed.keys.find((k) => k.id === id)?.revokedAt).toEqual(expect.any(String))
  })

  it("cannot be revoked or listed by another tenant", async () => {
    const { id, secret } = await newKey(DEMO.staffKey, 'isolation test')
    await expectProblem(await api(`/v1/partners/me/staff-keys/${id}`, { method: 'DELETE', headers: bearer(OTHER.staffKey) }), 404)
    const otherList = await (await api('/v1/partners/me/staff-keys', { headers: bearer(OTHER.staffKey) })).text()
    expect(otherList).not.toContain(id)
    expect((await api('/v1/partners/me', { headers: bearer(secret) })).status).toBe(200)
    await api(`/v1/partners/me/staff-keys/${id}`, { method: 'DELETE', headers: bearer(DEMO.staffKey) })
  })
})

describe('console sessions', () => {
  it('exchange a key for an HttpOnly, Secure, SameSite=Strict cookie with a short life', async () => {
    const { setCookie } = await signIn(DEMO.staffKey)
    expect(setCookie).toMatch(/^__Host-iop_staff=[A-Za-z0-9_-]{43}; /)
    expect(setCookie).toContain('HttpOnly')
    expect(setCookie).toContain('Secure')
    expect(setCookie).toContain('SameSite=Strict')
    expect(setCookie).toContain('Path=/')
    expect(setCookie).toContain('Max-Age=1800')
    expect(setCookie).not.toContain('Domain')
  })

  it('authenticate staff routes, refuse cross-origin writes, and end at logout', async () => {
    const { cookie } = await signIn(DEMO.staffKey)
    const me = await api('/v1/partners/me', { headers: { Cookie: cookie } })
    expect(((await me.json()) as Config).staff.via).toBe('session')

    const crossSite = await json('PUT', '/v1/partners/me/contracts', { contracts: [] }, { Cookie: cookie, Origin: 'http://localhost:5173' })
    expect((await expectProblem(crossSite, 403)).code).toBe('cross_origin_session')

    const sameOrigin = await api('/v1/partners/me/contracts', { headers: { Cookie: cookie, Origin: workerUrl() } })
    expect(sameOrigin.status).toBe(200)

    const out = await api('/v1/staff/sessions', { method: 'DELETE', headers: { Cookie: cookie, Origin: workerUrl() } })
    expect(out.status).toBe(204)
    expect(out.headers.get('set-cookie')).toMatch(/^__Host-iop_staff=; Max-Age=0/)
    await expectProblem(await api('/v1/partners/me', { headers: { Cookie: cookie } }), 401)
  })

  it('end when their key is revoked', async () => {
    const { id, secret } = await newKey(DEMO.staffKey, 'session revocation test')
    const { cookie } = await signIn(secret)
    expect((await api('/v1/partners/me', { headers: { Cookie: cookie } })).status).toBe(200)
    await api(`/v1/partners/me/staff-keys/${id}`, { method: 'DELETE', headers: bearer(DEMO.staffKey) })
    await expectProblem(await api('/v1/partners/me', { headers: { Cookie: cookie } }), 401)
  })

  it('refuse forged or malformed cookies', async () => {
    for (const cookie of ['__Host-iop_staff=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', '__Host-iop_staff=%00%ff', '__Host-iop_staff=']) {
      await expectProblem(await api('/v1/partners/me', { headers: { Cookie: cookie } }), 401)
    }
  })

  it('limit sign-in attempts per IP: the 11th within a minute gets 429 with Retry-After', async () => {
    // wrangler.toml: RATE_LIMIT_LOGIN = 10 per 60 s.
    await freshLimiterWindow()
    const ip = uniqueIp()
    const statuses: number[] = []
    for (let i = 0; i < 11; i++) {
      const res = await api('/v1/staff/sessions', { method: 'POST', headers: { ...bearer('sk_guess' + i), 'CF-Connecting-IP': ip } })
      statuses.push(res.status)
      if (res.status === 429) {
        expect(res.headers.get('retry-after')).toBe('60')
        expect((await expectProblem(res, 429)).code).toBe('rate_limited')
      }
    }
    expect(statuses).toEqual([...Array(10).fill(401), 429])
  })
})

describe('webhook signing secret', () => {
  it('is generated on request, shown once, and reported only as set', async () => {
    const res = await api('/v1/partners/me/webhook-secret', { method: 'POST', headers: bearer(OTHER.staffKey) })
    expect(res.status).toBe(201)
    const { secret } = (await res.json()) as { secret: string }
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/) // one generator for PUT /webhook and the rotation (issue 13)
    const me = await (await api('/v1/partners/me', { headers: bearer(OTHER.staffKey) })).text()
    expect(me).toContain('"webhookSecretSet":true')
    expect(me).not.toContain(secret)
  })
})
