// The widget's bundles and how esbuild builds them: shared by scripts/build-widget.mjs and the
// bundle-budget test, so the budget is checked on exactly what ships.
import { build } from 'esbuild'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { minifyTemplatesPlugin } from './minify-templates.mjs'

const root = new URL('..', import.meta.url)
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'))

export const VERSION = pkg.version

/** Entry points by output file name. */
export const BUNDLES = {
  'iop-coverage-checker.js': new URL('widget/cdn.ts', root).pathname,
  'exact-check.js': new URL('widget/exact-check/frame.ts', root).pathname,
}

/** The largest the main bundle may be, minified and gzipped (Lit included). */
export const BUDGET_GZIP_BYTES = 16 * 1024

export const LOCALES = ['en', 'es']

/** SRI-style SHA-384 (base64) of some bytes. */
export const sha384 = (bytes) => createHash('sha384').update(bytes).digest('base64')

/**
 * The string catalogs as the JSON files served beside the bundle (`i18n/<locale>.json`), read
 * from `widget/i18n/<locale>.ts` by bundling each to a module and importing it.
 * @returns {Promise<Record<string, string>>} locale → JSON text
 */
export async function catalogs() {
  const out = {}
  for (const locale of LOCALES) {
    const r = await build({
      entryPoints: [new URL(`widget/i18n/${locale}.ts`, root).pathname],
      bundle: true,
      format: 'esm',
      write: false,
      logLevel: 'warning',
    })
    const mod = await import(`data:text/javascript;base64,${Buffer.from(r.outputFiles[0].text).toString('base64')}`)
    out[locale] = JSON.stringify(mod[locale])
  }
  return out
}

/**
 * esbuild options for one bundle; `write: false` returns the output instead of writing it.
 * `i18n` maps each locale to its catalog's SHA-384, which the bundle verifies after fetching.
 */
export const buildOptions = (entry, i18n = {}) => ({
  // A second copy of the widget on a page skips itself entirely (widget/cdn.ts says why).
  ...(entry === BUNDLES['iop-coverage-checker.js']
    ? { banner: { js: 'if(!customElements.get("iop-coverage-checker")){' }, footer: { js: '}' } }
    : {}),
  entryPoints: [entry],
  bundle: true,
  format: 'esm',
  target: 'es2021',
  minify: true,
  legalComments: 'none',
  tsconfig: new URL('widget/tsconfig.json', root).pathname,
  define: { __IOP_VERSION__: JSON.stringify(VERSION), __IOP_I18N__: JSON.stringify(i18n) },
  logLevel: 'warning',
  // Our private members (`_query`, `_onSubmit`) get short names; Lit's own (`_$…`, `__…`) and
  // every public name are left alone. Tested end to end by the browser tests.
  mangleProps: /^_[a-z]/,
  plugins: [minifyTemplatesPlugin],
  write: false,
})
