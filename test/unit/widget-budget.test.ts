// The widget's bundles, built here with the same esbuild options as scripts/build-widget.mjs (no
// prior build needed), against budgets in the spirit of emoji-picker-element's bundlesize check.
// What a page actually loads before the first check (bundle + string catalog, ≤ 12 KiB) is
// measured in real Chromium by test/browser/widget-budget.test.ts; these are per-file bounds
// that catch a regression without a browser.
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { BUDGET_GZIP_BYTES, BUNDLES, PATH_BUDGET_GZIP_BYTES, buildBundle, buildWidget, catalogs } from '../../scripts/widget-bundles.mjs'

const gz = (b: Uint8Array) => gzipSync(b, { level: 9 }).byteLength
const HASHES = { en: 'x'.repeat(64), 'en.view': 'x'.repeat(64), es: 'x'.repeat(64), 'es.view': 'x'.repeat(64) }

describe('widget bundle budget', async () => {
  const widget = await buildWidget(HASHES)
  const json = await catalogs()
  const largest = (suffix: string) => Math.max(...['en', 'es'].map((l) => gz(Buffer.from(json[l + suffix]!))))

  it('element (Lit included) + the larger form catalog ≤ 12 KiB min+gzip', () => {
    expect(BUDGET_GZIP_BYTES).toBe(12 * 1024)
    expect(gz(widget.element.js) + largest('')).toBeLessThanOrEqual(BUDGET_GZIP_BYTES)
  })

  it('the whole quick-check path (element, view chunk, both catalogs) ≤ 24 KiB', () => {
    expect(PATH_BUDGET_GZIP_BYTES).toBe(24 * 1024)
    expect(gz(widget.element.js) + gz(widget.view.js) + largest('') + largest('.view')).toBeLessThanOrEqual(PATH_BUDGET_GZIP_BYTES)
  })

  it('the view chunk carries no copy of Lit (it takes the element’s)', () => {
    const text = Buffer.from(widget.view.js).toString()
    expect(text).not.toMatch(/lit-html|lit\$\d|litHtmlVersions/)
    expect(widget.view.legal).toBeNull() // nothing third-party inside
  })

  it('keeps the exact-check frame script small (8 KiB min+gzip)', async () => {
    const frame = await buildBundle(BUNDLES['exact-check.js'], HASHES)
    expect(gz(frame.js)).toBeLessThanOrEqual(8 * 1024)
  })
})
