// Generated hostile requests (fast-check) against every route of the real Worker: wrong types,
// huge strings, deep nesting, __proto__/constructor keys, bidi and NUL characters, wrong content
// types, wrong methods, bad JSON, huge headers, forged and cross-tenant credentials. The Worker
// must never answer 5xx, and every 4xx must be problem+json. The suite runs 1,000 cases from a
// pinned seed, so every run (and every CI failure) is replayable; `npm run fuzz` runs 10,000.
// FUZZ_RUNS sets the count and FUZZ_SEED another seed (the seed is printed). 16 requests at a time.
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { concretePath, loadRouteTable } from '../support/route-table'
import { DEMO, OTHER } from '../support/tenants'
import { api } from '../support/worker'

const RUNS = Number(process.env.FUZZ_RUNS ?? 1_000)
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_203)
const CONCURRENCY = 16

const table = await loadRouteTable()

/** URL-encodes anything, lone surrogates included (encodeURIComponent throws on those). */
const encode = (s: string) => encodeURIComponent(s.replace(/[\ud800-\udfff]/g, '\ufffd'))

type Spec = { method: string; path: string; headers: Record<string, string>; body?: string | Uint8Array }

// Header values must be bytes fetch can send: printable ASCII only.
const headerText = (maxLength: number) => fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength })

const HOSTILE_CHARS = ['\u0000', '\u202e', '\u2066', '\u200f', '\ufeff', '\ud800', '\u0007', '\u009b', '"', '\\', '%00', '<script>', '${x}', '../']
const hostileString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.array(fc.constantFrom(...HOSTILE_CHARS), { maxLength: 12 }).map((a) => a.join('')),
  fc.integer({ min: 1_000, max: 70_000 }).map((n) => 'A'.repeat(n)),
  fc.string({ minLength: 200, maxLength: 2_000 }),
  fc.constantFrom('', ' ', 'null', 'undefined', 'NaN', '-1', '1e309', 'true', '[]', '{}'),
)

const scalar = fc.oneof(hostileString, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.bigInt().map(String))

const deep = fc.integer({ min: 10, max: 5_000 }).chain((depth) =>
  fc.constantFrom('[', '{"a":').map((open) => open.repeat(depth) + '1' + (open === '[' ? ']' : '}').repeat(depth)),
)

const KNOWN_FIELDS = [
  'allowedOrigins', 'admissionsPhone', 'programs', 'branding', 'leadWebhookUrl', 'exactCheckEnabled',
  'phiRetentionDays', 'turnstileSiteKey', 'contracts', 'label', 'payer', 'memberId', 'state', 'network',
  '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty',
]
const nearValid = fc.dictionary(
  fc.constantFrom(...KNOWN_FIELDS),
  fc.oneof(
    scalar,
    fc.array(scalar, { maxLength: 5 }),
    fc.dictionary(fc.constantFrom('colors', 'logoUrl', 'accent', 'payerId', 'network', 'allowedPerDay', '__proto__'), scalar),
    fc.array(fc.record({ payerId: fc.constantFrom('aetna', 'cigna', '__proto__', 'x'), network: fc.constantFrom('in', 'out', 'x'), allowedPerDay: fc.anything() }), { maxLength: 4 }),
  ),
  { maxKeys: 6 },
)

const body = fc.oneof(
  { weight: 4, arbitrary: nearValid.map((v) => JSON.stringify(v)) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)) },
  { weight: 1, arbitrary: deep },
  { weight: 1, arbitrary: fc.constantFrom('{"__proto__":{"isAdmin":true},"label":"x"}', '{"constructor":{"prototype":{"polluted":1}}}', '{"label":"a","label":"b"}') },
  { weight: 2, arbitrary: fc.constantFrom('{', '{"a":}', '[1,]', 'nul', "{'a':1}", '\u0000', '{"a":"\\ud800"}', '"\\u0000"', '1'.repeat(400)) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 300 }) },
  { weight: 1, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.constant(undefined) },
)

const contentType = fc.constantFrom(
  'application/json', 'application/json; charset=utf-8', 'application/problem+json', 'text/plain',
  'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonx', 'json', '', '*/*',
)

// Credentials: mostly the valid kind the route wants (so requests reach validation and handlers),
// the rest another valid kind, forged, malformed, cross-tenant or absent; plus hostile extra headers.
const validCredentials = fc.constantFrom<Record<string, string>>(
  { Authorization: `Bearer ${OTHER.staffKey}` },
  { 'X-Site-Key': OTHER.siteKey, Origin: OTHER.origin },
  { 'X-Site-Key': OTHER.siteKey },
)
const hostileCredentials = fc.record(
  {
    'X-Site-Key': fc.oneof(fc.constantFrom(OTHER.siteKey, 'pk_', 'pk_test_nobody', `pk_${'a'.repeat(3000)}`), headerText(60)),
    Origin: fc.oneof(fc.constantFrom(OTHER.origin, DEMO.origin, 'null', 'https://evil.example', 'https://other.example.evil'), headerText(40)),
    Authorization: fc.oneof(
      fc.constantFrom('Bearer ', 'Bearer sk_', `Bearer sk_${'x'.repeat(3000)}`, 'Basic Zm9vOmJhcg==', 'bearer sk_test_demo', `Bearer ${DEMO.siteKey}`),
      headerText(80),
    ),
    Cookie: fc.oneof(fc.constantFrom('__Host-iop_staff=', '__Host-iop_staff=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'), headerText(100)),
  },
  { requiredKeys: [] },
)
const extraHeaders = fc.record(
  {
    'X-Turnstile-Token': fc.oneof(fc.constant('XXXX.DUMMY.TOKEN.XXXX'), headerText(2100)),
    'Idempotency-Key': headerText(300),
    'X-Huge': fc.integer({ min: 1_000, max: 8_000 }).map((n) => 'h'.repeat(n)),
    Accept: fc.constantFrom('application/json', 'text/html', '*/*', ''),
  },
  { requiredKeys: [] },
)
/** Which credentials a request carries: the ones its route wants (most), hostile ones, or none. */
const credentialMode = fc.constantFrom('match', 'match', 'match', 'other_kind', 'hostile', 'hostile', 'none')
const matching = (access: string | undefined, origin: boolean): Record<string, string> =>
  access === 'staff' ? { Authorization: `Bearer ${OTHER.staffKey}` } : { 'X-Site-Key': OTHER.siteKey, ...(origin ? { Origin: OTHER.origin } : {}) }

const EXTRA_PATHS = [
  '/v1/partners', '/v1/partners/', '/v1/partners/other', '/v1/partners/me/', '/v1/partners/me/contracts/aetna',
  '/v1/staff', '/v1/staff/sessions/current', '/v1/site-config/x', '/v1//payers', '/%2e%2e/v1/partners/me',
  '/v1/partners/me%2fcontracts', '/v1/payers?q=%00', '/v1/payers?q[]=1&q=2', '/health?x=' + 'y'.repeat(2000),
  '/widget/v1/nope.js', '/docs', '/openapi.json', '/console',
]

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD', 'PROPFIND']

const request: fc.Arbitrary<Spec> = fc
  .record({
    route: fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...table) }, { weight: 1, arbitrary: fc.constantFrom(...EXTRA_PATHS).map((path) => ({ method: 'GET', path })) }),
    wrongMethod: fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constantFrom(...METHODS) }),
    param: fc.oneof(fc.constant('key_doesnotexist'), headerText(50).map(encode), fc.string({ maxLength: 20 }).map(encode)),
    query: fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: hostileString.map((s) => `?q=${encode(s.slice(0, 500))}`) }),
    mode: credentialMode,
    withOrigin: fc.boolean(),
    valid: validCredentials,
    hostile: hostileCredentials,
    extra: extraHeaders,
    contentType: fc.option(contentType, { freq: 8 }),
    body,
    ip: fc.tuple(fc.integer({ min: 18, max: 19 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 1, max: 254 })),
  })
  .map(({ route, wrongMethod, param, query, mode, withOrigin, valid, hostile, extra, contentType, body, ip }) => {
    const method = wrongMethod ?? route.method
    const access = 'access' in route ? route.access : undefined
    const credentials = { match: matching(access, withOrigin), other_kind: valid, hostile, none: {} }[mode]
    const headers: Record<string, string> = { ...extra, ...credentials, 'CF-Connecting-IP': `198.${ip.join('.')}` }
    if (contentType !== null) headers['Content-Type'] = contentType
    const canHaveBody = method !== 'GET' && method !== 'HEAD'
    return {
      method,
      path: concretePath(route.path, param) + (query ?? ''),
      headers,
      ...(canHaveBody && body !== undefined ? { body } : {}),
    }
  })

type Failure = { spec: string; status: number; contentType: string | null; body: string }

async function send(spec: Spec): Promise<{ status: number; failure?: Failure }> {
  const init: RequestInit = { method: spec.method, headers: spec.headers }
  if (spec.body !== undefined) init.body = spec.body as BodyInit
  const res = await api(spec.path, init)
  const text = await res.text()
  const type = res.headers.get('content-type')
  const fail = () => ({
    status: res.status,
    failure: {
      spec: JSON.stringify({ ...spec, body: typeof spec.body === 'string' ? spec.body.slice(0, 200) : spec.body }).slice(0, 600),
      status: res.status,
      contentType: type,
      body: text.slice(0, 300),
    },
  })
  if (res.status >= 500) return fail()
  if (res.status >= 400) {
    if (type !== 'application/problem+json') return fail()
    if (spec.method !== 'HEAD') {
      try {
        const problem = JSON.parse(text) as { status?: unknown; code?: unknown; title?: unknown }
        if (problem.status !== res.status || typeof problem.code !== 'string' || typeof problem.title !== 'string') return fail()
      } catch {
        return fail()
      }
    }
  }
  return { status: res.status }
}

describe('hostile requests', () => {
  afterAll(async () => {
    // Generated PATCH/PUT bodies can be valid: put the other tenant back as seeded.
    const restore = (method: string, path: string, payload: unknown) =>
      api(path, { method, headers: { Authorization: `Bearer ${OTHER.staffKey}`, 'Content-Type': 'application/json' }, body: JSON.stringify(payload) })
    await restore('PATCH', '/v1/partners/me', {
      allowedOrigins: ['https://other.example'], admissionsPhone: '+18005550199', programs: ['substance_use'], branding: {},
      exactCheckEnabled: false, phiRetentionDays: 30, turnstileSiteKey: null,
    })
    await restore('PUT', '/v1/partners/me/webhook', { url: null })
    await restore('PUT', '/v1/partners/me/contracts', { contracts: [] })
  })

  it(`${RUNS} generated requests: no 5xx, every 4xx problem+json`, { timeout: 600_000 }, async () => {
    const specs = fc.sample(request, { numRuns: RUNS, seed: SEED })
    const byStatus = new Map<number, number>()
    const failures: Failure[] = []
    let next = 0
    const worker = async () => {
      while (next < specs.length) {
        const spec = specs[next++]!
        const { status, failure } = await send(spec)
        byStatus.set(status, (byStatus.get(status) ?? 0) + 1)
        if (failure) failures.push(failure)
      }
    }
    await Promise.all(Array.from({ length: CONCURRENCY }, worker))
    const counts = [...byStatus].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join(' ')
    console.log(`hostile-requests: seed=${SEED} runs=${specs.length} concurrency=${CONCURRENCY} statuses: ${counts} failures=${failures.length}`)
    expect(specs.length).toBe(RUNS)
    expect(failures.slice(0, 5)).toEqual([])
  })
})
