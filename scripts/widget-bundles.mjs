// The widget's bundles and how esbuild builds them: shared by scripts/build-widget.mjs, the
// bundle-budget tests and bench/bundles.ts, so budgets are checked on exactly what ships.
//
// Three bundles, each one file (no shared chunks, so each is SRI-pinnable on its own):
// - `iop-coverage-checker.js`: Lit and the form, what a page loads before the first check;
// - `view.js`: the answer view (result, chart, frame host), fetched on first focus or submit,
//   verified by the hash baked into the element; it takes Lit from the element (no second copy);
// - `exact-check.js`: the checker-origin frame's script.
import { build } from 'esbuild'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { readFile, rename, writeFile } from 'node:fs/promises'
import { minifyTemplatesPlugin } from './minify-templates.mjs'

const root = new URL('..', import.meta.url)
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'))

export const VERSION = pkg.version

/** Entry points by output file name. */
export const BUNDLES = {
  'iop-coverage-checker.js': new URL('widget/cdn.ts', root).pathname,
  'view.js': new URL('widget/view/index.ts', root).pathname,
  'exact-check.js': new URL('widget/exact-check/frame.ts', root).pathname,
}

/** What a page loads before the first check (element + form strings), gzip, Lit included. */
export const BUDGET_GZIP_BYTES = 12 * 1024

/** The whole quick-check path: the above plus the view chunk and its strings. */
export const PATH_BUDGET_GZIP_BYTES = 24 * 1024

export const LOCALES = ['en', 'es']

/** SRI-style SHA-384 (base64) of some bytes. */
export const sha384 = (bytes) => createHash('sha384').update(bytes).digest('base64')

/**
 * The string catalogs as the JSON files served beside the bundle: `i18n/<locale>.json` (the
 * form's) and `i18n/<locale>.view.json` (the answer view's), read from `widget/i18n/<locale>.ts`
 * (its `form` and `view` exports) by bundling each to a module and importing it.
 * @returns {Promise<Record<string, string>>} catalog name (`en`, `en.view`) → JSON text
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
    out[locale] = JSON.stringify(mod.form)
    out[`${locale}.view`] = JSON.stringify(mod.view)
  }
  return out
}

/**
 * esbuild options for one bundle; `write: false` returns the output instead of writing it.
 * `i18n` maps each catalog to its SHA-384, which the element verifies after fetching; `view`
 * is the view chunk's file name and `sha384-…` integrity, which the element pins it with.
 * Lit's BSD-3-Clause notice is kept (`legalComments: 'linked'`): the bundle ends with a comment
 * pointing at `<bundle>.LEGAL.txt`, served beside it.
 */
export const buildOptions = (entry, i18n = {}, view = { file: 'view.js', integrity: '' }, mangleCache = {}) => ({
  // A second copy of the widget on a page skips itself entirely (widget/cdn.ts says why).
  ...(entry === BUNDLES['iop-coverage-checker.js']
    ? { banner: { js: 'if(!customElements.get("iop-coverage-checker")){' }, footer: { js: '}' } }
    : {}),
  // Named as served, so the licence comment points at `<name>.LEGAL.txt`.
  entryPoints: [{ in: entry, out: Object.keys(BUNDLES).find((k) => BUNDLES[k] === entry)?.replace(/\.js$/, '') ?? 'bundle' }],
  outdir: new URL('public/widget/', root).pathname,
  bundle: true,
  format: 'esm',
  target: 'es2021',
  minify: true,
  legalComments: 'linked',
  tsconfig: new URL('widget/tsconfig.json', root).pathname,
  define: {
    __IOP_VERSION__: JSON.stringify(VERSION),
    __IOP_I18N__: JSON.stringify(i18n),
    __IOP_VIEW__: JSON.stringify(view),
    // The frame opens on the bundle's own channel (widget/view/controller.ts); the npm package sets it.
    __IOP_FRAME_PATH__: '""',
  },
  logLevel: 'warning',
  // Our internal members (`_query`, `_onSubmit`) get short names; Lit's own (`_$…`, `__…`) and
  // every public name are left alone. The view chunk reads the element's internal fields, so
  // both bundles are built with one cache (`mangleCache`): the same name maps to the same
  // short name in each.
  mangleProps: /^_[a-z]/,
  mangleCache,
  plugins: [minifyTemplatesPlugin],
  write: false,
})

/**
 * Builds one bundle: its JS bytes and, when it carries third-party licences, the `.LEGAL.txt`.
 * @returns {Promise<{ js: Uint8Array, legal: Uint8Array | null }>}
 */
export async function buildBundle(entry, i18n, view, mangleCache = {}) {
  const r = await build(buildOptions(entry, i18n, view, mangleCache))
  const js = r.outputFiles.find((f) => f.path.endsWith('.js'))
  const legal = r.outputFiles.find((f) => f.path.endsWith('.LEGAL.txt'))
  return { js: js.contents, legal: legal ? legal.contents : null, mangleCache: r.mangleCache }
}

/**
 * Lit ships minified with short names of its own (`this.C(…)`), and the element extends Lit's
 * classes: none of our mangled names may equal one of them. The view chunk does not contain Lit,
 * so its build is told which names are taken: every short property name in Lit's minified code
 * (and `id`, the one short name HTMLElement has), as `false` entries of the mangle cache.
 */
async function litReserved() {
  const r = await build({
    stdin: { contents: "export * from 'lit'", resolveDir: new URL('.', root).pathname },
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    logLevel: 'warning',
  })
  const names = new Set(['id'])
  for (const m of r.outputFiles[0].text.matchAll(/[.{,]\s*([A-Za-z_$][\w$]{0,3})\b/g)) names.add(m[1])
  return Object.fromEntries([...names].map((n) => [n, false]))
}

/**
 * Builds the element and its view chunk together: the chunk first (its hash goes into the
 * element), sharing one property-mangling cache.
 * @returns {Promise<{ element: {js, legal}, view: {js, legal}, viewIntegrity: string }>}
 */
export async function buildWidget(i18n) {
  const view = await buildBundle(BUNDLES['view.js'], i18n, undefined, await litReserved())
  const viewIntegrity = `sha384-${sha384(view.js)}`
  const element = await buildBundle(
    BUNDLES['iop-coverage-checker.js'],
    i18n,
    { file: 'view.js', integrity: viewIntegrity },
    view.mangleCache,
  )
  return { element, view, viewIntegrity }
}

/**
 * Writes a build output only when its bytes change, through a temporary file and a rename: a
 * rebuild with nothing new (`wrangler deploy`'s [build], a second `npm start`) never touches a
 * file another process is serving, and a reader never sees a half-written one.
 */
export async function writeIfChanged(url, bytes) {
  const data = typeof bytes === 'string' ? Buffer.from(bytes) : bytes
  const old = await readFile(url).catch(() => null)
  if (old && Buffer.compare(old, data) === 0) return
  const tmp = new URL(`${url.href}.${process.pid}.tmp`)
  await writeFile(tmp, data)
  await rename(tmp, url)
}
