// Builds the widget bundles into public/widget/: the floating channel `/widget/v1/…` and the
// pinned `/widget/v<version>/…` (same bytes), plus `public/widget/manifest.json` with each
// file's SRI hash (sha384) and sizes, which partners copy into their `integrity` attribute.
// Order matters: the catalogs' and the view chunk's hashes are baked into the element.
import { mkdir } from 'node:fs/promises'
import { gzipSync } from 'node:zlib'
import { BUDGET_GZIP_BYTES, BUNDLES, PATH_BUDGET_GZIP_BYTES, VERSION, buildBundle, buildWidget, catalogs, sha384, writeIfChanged } from './widget-bundles.mjs'
import { build } from 'esbuild'

const out = new URL('../public/widget/', import.meta.url)
const channels = ['v1', `v${VERSION}`]
for (const c of channels) await mkdir(new URL(`${c}/i18n/`, out), { recursive: true })

const files = {}
const write = async (name, bytes) => {
  for (const c of channels) await writeIfChanged(new URL(`${c}/${name}`, out), bytes)
  files[name] = {
    url: `/widget/v${VERSION}/${name}`,
    integrity: `sha384-${sha384(bytes)}`,
    bytes: bytes.byteLength,
    gzipBytes: gzipSync(bytes, { level: 9 }).byteLength,
  }
}

const i18n = {}
for (const [name, json] of Object.entries(await catalogs())) {
  const bytes = Buffer.from(json)
  i18n[name] = sha384(bytes)
  await write(`i18n/${name}.json`, bytes)
}
const emit = async (name, { js, legal }) => {
  await write(name, js)
  if (legal) await write(`${name}.LEGAL.txt`, legal)
}
const widget = await buildWidget(i18n)
await emit('view.js', widget.view)
await emit('iop-coverage-checker.js', widget.element)
await emit('exact-check.js', await buildBundle(BUNDLES['exact-check.js'], i18n))

const manifest = { version: VERSION, budgetGzipBytes: BUDGET_GZIP_BYTES, pathBudgetGzipBytes: PATH_BUDGET_GZIP_BYTES, files }
await writeIfChanged(new URL('manifest.json', out), JSON.stringify(manifest, null, 2) + '\n')
for (const [name, f] of Object.entries(files)) {
  console.log(`widget → ${f.url} (${f.bytes} B, ${f.gzipBytes} B gzip) ${f.integrity}`)
}

// The admissions console (widget/console/): a separate bundle for /console, never loaded by
// partner pages, so staff-only code does not ship in the public widget.
async function buildConsole() {
  const out = new URL('../public/console/console.js', import.meta.url)
  await mkdir(new URL('../public/console/', import.meta.url), { recursive: true })
  const result = await build({
    write: false,
    entryPoints: [new URL('../widget/console/index.ts', import.meta.url).pathname],
    outfile: out.pathname,
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    tsconfig: new URL('../widget/tsconfig.json', import.meta.url).pathname,
    logLevel: 'warning',
  })
  await writeIfChanged(out, result.outputFiles.find((f) => f.path === out.pathname).contents)
  console.log(`console → ${out.pathname}`)
}
await buildConsole()
