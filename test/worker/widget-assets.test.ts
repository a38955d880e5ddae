// What the Worker serves for embedding: the pinned bundle matches the SRI hash in the manifest,
// the string catalogs match theirs, and the exact-check frame is framed only by a registered
// partner origin, under its own strict CSP.
import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { api, expectProblem, workerUrl } from '../support/worker'

type Manifest = {
  version: string
  files: Record<string, { url: string; integrity: string; bytes: number; gzipBytes: number }>
}

const sha384 = (b: ArrayBuffer) => `sha384-${createHash('sha384').update(Buffer.from(b)).digest('base64')}`

describe('widget bundle and manifest', () => {
  it('serves every pinned file with the bytes its manifest integrity names', async () => {
    const manifest = (await (await api('/widget/manifest.json')).json()) as Manifest
    expect(manifest.version).toBe('0.1.0') // package.json
    expect(Object.keys(manifest.files).sort()).toEqual(
      [
        'exact-check.js',
        'i18n/en.json',
        'i18n/en.view.json',
        'i18n/es.json',
        'i18n/es.view.json',
        'iop-coverage-checker.js',
        'iop-coverage-checker.js.LEGAL.txt', // Lit's BSD-3-Clause notices
        'view.js', // the answer view chunk, fetched on first focus (issue 17)
      ],
    )
    for (const [name, f] of Object.entries(manifest.files)) {
      expect(f.url).toBe(`/widget/v0.1.0/${name}`)
      const res = await api(f.url)
      expect(res.status).toBe(200)
      const body = await res.arrayBuffer()
      expect(sha384(body)).toBe(f.integrity)
      expect(body.byteLength).toBe(f.bytes)
      // the floating channel serves the same bytes
      expect(sha384(await (await api(`/widget/v1/${name}`)).arrayBuffer())).toBe(f.integrity)
    }
  })

  it('lets partner pages load the bundle cross-origin (CORS, CORP) as a JavaScript module', async () => {
    const res = await api('/widget/v0.1.0/iop-coverage-checker.js')
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin')
    expect(res.headers.get('content-type')).toMatch(/javascript/)
  })
})

describe('GET /widget/v1/exact-check (the PHI frame)', () => {
  const origin = 'http://localhost:3000' // registered for pk_test_demo as http://localhost:*
  const frame = (q: Record<string, string>) => api(`/widget/v1/exact-check?${new URLSearchParams(q)}`)

  it('serves the frame for a registered origin, framable by that origin only', async () => {
    const res = await frame({ 'site-key': 'pk_test_demo', origin, locale: 'es' })
    expect(res.status).toBe(200)
    const csp = res.headers.get('content-security-policy') ?? ''
    // Turnstile: exactly the origin of TURNSTILE_SCRIPT_URL (here the local stand-in served by
    // scripts/fake-turnstile.mjs on 127.0.0.1) for its script and its challenge frame.
    const turnstile = /script-src 'self' (http:\/\/127\.0\.0\.1:\d+)(;|$)/.exec(csp)?.[1]
    expect(turnstile).toBeDefined()
    expect(csp.split('; ')).toEqual(
      expect.arrayContaining([
        "default-src 'none'",
        `script-src 'self' ${turnstile}`,
        `frame-src ${turnstile}`,
        "connect-src 'self'",
        `frame-ancestors ${origin}`,
        "require-trusted-types-for 'script'",
      ]),
    )
    expect(csp).not.toContain('unsafe')
    expect(res.headers.get('cache-control')).toBe('no-store')
    const html = await res.text()
    expect(html).toContain('<html lang="es">')
    expect(html).toContain(`data-host-origin="${origin}"`)
    expect(html).toContain('<script type="module" src="/widget/v1/exact-check.js"></script>')
    expect(html).toContain(`<script src="${turnstile}/turnstile/v0/api.js?render=explicit" defer></script>`)
    expect(html).toContain('data-turnstile-site-key="1x00000000000000000000AA"') // the demo partner's
    expect(html).toContain('data-form="exact"')
    expect(html).not.toMatch(/<script>|<script type="module">|style=/)
  })

  it.each([
    ['an unregistered origin', { 'site-key': 'pk_test_demo', origin: 'https://evil.example' }, 403],
    ['an unknown site key', { 'site-key': 'pk_test_nobody', origin }, 403],
    ['an origin with a path', { 'site-key': 'pk_test_demo', origin: `${origin}/page` }, 400],
    ['a javascript: origin', { 'site-key': 'pk_test_demo', origin: 'javascript:alert(1)' }, 400],
    ['a secret key', { 'site-key': 'sk_test_demo', origin }, 400],
  ])('refuses %s', async (_, q, status) => {
    await expectProblem(await frame(q), status)
  })

  it('is a page of the checker origin, not of the partner', () => {
    expect(new URL(workerUrl()).origin).not.toBe(origin)
  })
})
