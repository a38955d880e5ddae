// The widget's size budget, in the spirit of emoji-picker-element's bundlesize check: the main
// bundle (Lit included), minified and gzipped, must stay at or under 16 KiB. Built here with the
// same esbuild options as scripts/build-widget.mjs, so the test needs no prior build.
import { build } from 'esbuild'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { BUDGET_GZIP_BYTES, BUNDLES, buildOptions } from '../../scripts/widget-bundles.mjs'

async function gzipSize(entry: string): Promise<number> {
  const result = await build(buildOptions(entry, { en: 'x'.repeat(64), es: 'x'.repeat(64) }))
  return gzipSync(result.outputFiles[0]!.contents, { level: 9 }).byteLength
}

describe('widget bundle budget', () => {
  it('keeps <iop-coverage-checker> (Lit included) within 16 KiB min+gzip', async () => {
    expect(BUDGET_GZIP_BYTES).toBe(16 * 1024)
    expect(await gzipSize(BUNDLES['iop-coverage-checker.js'])).toBeLessThanOrEqual(BUDGET_GZIP_BYTES)
  })

  it('keeps the exact-check frame script small (8 KiB min+gzip)', async () => {
    expect(await gzipSize(BUNDLES['exact-check.js'])).toBeLessThanOrEqual(8 * 1024)
  })
})
