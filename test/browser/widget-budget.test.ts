// The widget's size budget as a page actually pays it (issue 17): real Chromium loads the demo
// page from the real Worker, and we add up, gzipped, every widget file it fetched (scripts and
// the string catalogs) before the visitor touches anything. Then the first focus fetches the
// view chunk, and a check completes: that whole quick-check path has its own budget. Also:
// the chunk is pinned by SRI (a tampered chunk never runs), pinned URLs are cached immutably
// and open their frame on the pinned channel, and Lit's licence is served beside the bundle.
import type { Browser, Page, Response } from 'playwright-core'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BUDGET_GZIP_BYTES, PATH_BUDGET_GZIP_BYTES, VERSION } from '../../scripts/widget-bundles.mjs'
import { launchChromium, watchProblems } from '../support/browser'
import { api, workerUrl } from '../support/worker'

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

let visitor = 0

type Loaded = { path: string; gzip: number }

/**
 * Every `/widget/` response the page gets, with its body's gzip -9 size (what a CDN sends).
 * `settled()` waits for the bodies still being read: a response can arrive just before the page
 * goes network-idle and its body after.
 */
function record(page: Page): { loaded: Loaded[]; settled: () => Promise<unknown> } {
  const loaded: Loaded[] = []
  const reading: Promise<void>[] = []
  page.on('response', (r: Response) => {
    const url = new URL(r.url())
    if (!url.pathname.startsWith('/widget/') || r.request().resourceType() === 'document') return
    reading.push(
      r.body().then(
        (body) => void loaded.push({ path: url.pathname, gzip: gzipSync(body, { level: 9 }).byteLength }),
        () => {},
      ),
    )
  })
  return { loaded, settled: () => Promise.all(reading) }
}
const total = (l: Loaded[]) => l.reduce((a, x) => a + x.gzip, 0)

describe('what a page loads (real Chromium, real Worker)', () => {
  it.each([
    ['en-US', 'Check your IOP coverage', 'Check my coverage', 'Covered, with conditions'],
    ['es-MX', 'Revisa tu cobertura de IOP', 'Revisar mi cobertura', 'Cubierto, con condiciones'],
  ])('%s: ≤ 12 KiB gzip before the first check (Lit included), ≤ 24 KiB for the whole quick check', async (locale, title, submit, verdict) => {
    expect(BUDGET_GZIP_BYTES).toBe(12 * 1024)
    expect(PATH_BUDGET_GZIP_BYTES).toBe(24 * 1024)
    // its own visitor address (RFC 5737), so the API's per-IP limit is not shared with other files
    const context = await browser.newContext({ locale, extraHTTPHeaders: { 'CF-Connecting-IP': `198.51.100.${++visitor}` } })
    const page = await context.newPage()
    const problems = await watchProblems(page)
    const { loaded, settled } = record(page)
    await page.goto(workerUrl() + '/')
    await page.getByRole('heading', { name: title }).waitFor()
    await page.waitForLoadState('networkidle')
    await settled()
    const before = [...loaded]
    const lang = locale.slice(0, 2)
    expect(before.map((l) => l.path).sort()).toEqual([`/widget/v1/i18n/${lang}.json`, '/widget/v1/iop-coverage-checker.js'])
    console.log(`${locale} before the first interaction: ${before.map((l) => `${l.path} ${l.gzip} B`).join(', ')} = ${total(before)} B gzip`)
    expect(total(before)).toBeLessThanOrEqual(BUDGET_GZIP_BYTES)

    // the first focus fetches the answer view (chunk + strings) before the visitor submits
    const payer = page.locator('iop-coverage-checker #payer')
    await payer.focus()
    await expect.poll(() => loaded.map((l) => l.path)).toContain('/widget/v1/view.js')
    await payer.fill('bcbs')
    await page.getByRole('option', { name: /Blue Cross and Blue Shield of Texas/ }).click()
    await page.locator('iop-coverage-checker select').selectOption('TX')
    await page.getByRole('button', { name: submit }).click()
    await page.getByRole('heading', { name: verdict }).waitFor()
    await settled()
    expect(loaded.map((l) => l.path).sort()).toEqual(
      [`/widget/v1/i18n/${lang}.json`, `/widget/v1/i18n/${lang}.view.json`, '/widget/v1/iop-coverage-checker.js', '/widget/v1/view.js'].sort(),
    )
    console.log(`${locale} whole quick check: ${loaded.map((l) => `${l.path} ${l.gzip} B`).join(', ')} = ${total(loaded)} B gzip`)
    expect(total(loaded)).toBeLessThanOrEqual(PATH_BUDGET_GZIP_BYTES)
    expect(await problems()).toEqual([])
    await context.close()
  })

  it('a view chunk that does not match its SRI hash never runs; the widget says the answer could not load', async () => {
    const page = await browser.newPage()
    await page.route('**/widget/v1/view.js', async (route) => {
      const res = await route.fetch()
      route.fulfill({ response: res, body: 'window.__tampered = 1;\n' + (await res.text()) })
    })
    await page.goto(workerUrl() + '/')
    await page.getByRole('combobox', { name: 'Insurance company' }).fill('bcbs')
    await page.locator('iop-coverage-checker').getByText('The answer could not load. Please try again.').waitFor()
    await expect(page.evaluate(() => (window as unknown as { __tampered?: number }).__tampered)).resolves.toBeUndefined()
    await page.close()
  })
})

describe('pinned versions and licences', () => {
  it(`/widget/v${VERSION}/… is cached for a year, immutable; /widget/v1/… for five minutes`, async () => {
    for (const file of ['iop-coverage-checker.js', 'view.js', 'i18n/es.json']) {
      const pinned = await api(`/widget/v${VERSION}/${file}`)
      expect(pinned.status, file).toBe(200)
      expect(pinned.headers.get('cache-control'), file).toBe('public, max-age=31536000, immutable')
      expect((await api(`/widget/v1/${file}`)).headers.get('cache-control'), file).toBe('public, max-age=300')
    }
  })

  it('keeps Lit’s BSD-3-Clause notice: the bundle points at its LEGAL.txt, which is served', async () => {
    const js = await (await api('/widget/v1/iop-coverage-checker.js')).text()
    expect(js).toMatch(/For license information please see iop-coverage-checker\.js\.LEGAL\.txt/)
    const legal = await (await api('/widget/v1/iop-coverage-checker.js.LEGAL.txt')).text()
    expect(legal).toContain('SPDX-License-Identifier: BSD-3-Clause')
    expect(legal).toContain('Copyright 2017 Google LLC')
  })

  it('a pinned bundle opens its exact-check frame from the pinned frame URL, which loads the pinned script', async () => {
    const page = await browser.newPage()
    const url = workerUrl() + '/__pinned'
    await page.route(url, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><head><title>Pinned</title><script type="module" src="/widget/v${VERSION}/iop-coverage-checker.js"></script></head>
          <body><main><h1>Pinned</h1><iop-coverage-checker site-key="pk_test_demo" exact-check></iop-coverage-checker></main></body></html>`,
      }),
    )
    const scripts: string[] = []
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname))
    await page.goto(url)
    await page.getByRole('combobox', { name: 'Insurance company' }).fill('bcbs')
    await page.getByRole('option', { name: /Blue Cross and Blue Shield of Texas/ }).click()
    await page.getByLabel('State', { exact: true }).selectOption('TX')
    await page.getByRole('button', { name: 'Check my coverage' }).click()
    await page.getByRole('button', { name: 'Check with my member ID' }).click()
    const iframe = page.locator('iop-coverage-checker iframe')
    await iframe.waitFor()
    expect(new URL((await iframe.getAttribute('src'))!).pathname).toBe(`/widget/v${VERSION}/exact-check`)
    const frame = (await (await iframe.elementHandle())!.contentFrame())!
    await frame.getByLabel('Member ID').waitFor()
    // only versions are channels
    const q = `site-key=pk_test_demo&origin=${encodeURIComponent(workerUrl())}`
    expect((await api(`/widget/v${VERSION}/exact-check?${q}`)).status).toBe(200)
    expect((await api(`/widget/latest/exact-check?${q}`)).status).toBe(404)
    expect(scripts.filter((s) => s.startsWith('/widget/'))).toEqual([
      `/widget/v${VERSION}/iop-coverage-checker.js`,
      `/widget/v${VERSION}/view.js`,
      `/widget/v${VERSION}/exact-check.js`,
    ])
    await page.close()
  })
})
