/**
 * @module
 * Sizes and start-up: the Worker bundle as `wrangler deploy --dry-run` builds it (gzip, the
 * figure Cloudflare's script-size limit counts), the widget bundle (min+gzip), and the Worker's
 * script evaluation time: the bundle imported in a fresh Node process (V8, as in workerd), median
 * of several cold starts, against an empty module imported the same way as the baseline.
 *
 * The widget's chunks are set against Lit alone (the `lit` exports the widget uses, bundled and
 * minified the same way, in the same run): what a page loads before the first check, and what
 * the first focus adds. Build the widget first (`npm run build:widget`).
 *
 * Run: npm run bench:bundles (BENCH_RUNS=3 for a short run)
 */
import { execFileSync } from 'node:child_process'
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import { machine, median, table, writeSection } from './support'

/** Lit alone: what the widget imports from it, bundled and minified like the widget. */
async function litAlone(): Promise<Uint8Array> {
  const r = await build({
    stdin: { contents: "export { LitElement, html, svg, nothing, css } from 'lit'", resolveDir: process.cwd() },
    bundle: true,
    format: 'esm',
    target: 'es2021',
    minify: true,
    legalComments: 'none',
    write: false,
    logLevel: 'warning',
  })
  return r.outputFiles[0]!.contents
}

/** The widget's files as served, in load order, with when a page fetches each. */
const WIDGET_FILES: [string, string][] = [
  ['iop-coverage-checker.js', 'with the page'],
  ['i18n/en.json', 'with the page (en)'],
  ['i18n/es.json', 'with the page (es)'],
  ['view.js', 'first focus or submit'],
  ['i18n/en.view.json', 'with view.js (en)'],
  ['i18n/es.view.json', 'with view.js (es)'],
  ['exact-check.js', 'in the checker frame'],
]

const RUNS = Number(process.env.BENCH_RUNS ?? 15)
const outDir = await mkdtemp(join(tmpdir(), 'iop-bundle-'))
try {
  execFileSync(process.execPath, ['node_modules/wrangler/bin/wrangler.js', 'deploy', '--dry-run', '--outdir', outDir], {
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
    stdio: 'ignore',
  })
  const file = (await readdir(outDir)).find((f) => f.endsWith('.js'))!
  const worker = await readFile(join(outDir, file))
  const widget = await readFile('public/widget/v1/iop-coverage-checker.js')
  const gz = (b: Uint8Array) => gzipSync(b, { level: 9 }).byteLength
  const lit = gz(await litAlone())
  const sizes = new Map<string, [number, number]>()
  for (const [f] of WIDGET_FILES) {
    const b = await readFile(`public/widget/v1/${f}`)
    sizes.set(f, [b.byteLength, gz(b)])
  }
  const fmt = (n: number) => n.toLocaleString('en-US') + ' B'
  const chunks = table(
    ['file', 'when', 'min', 'min+gzip', 'vs Lit alone'],
    [
      ['Lit alone (baseline)', '', '', fmt(lit), '1.00×'],
      ...WIDGET_FILES.map(([f, when]) => {
        const [raw, g] = sizes.get(f)!
        return [`\`${f}\``, when, fmt(raw), fmt(g), f.endsWith('.js') ? `${(g / lit).toFixed(2)}×` : '']
      }),
    ],
  )
  const el = sizes.get('iop-coverage-checker.js')![1]
  const before = (l: string) => el + sizes.get(`i18n/${l}.json`)![1]
  const path = (l: string) => before(l) + sizes.get('view.js')![1] + sizes.get(`i18n/${l}.view.json`)![1]

  // The Worker module only defines things at top level (the app, its indexes); importing it
  // evaluates exactly what workerd evaluates at start-up.
  const empty = join(outDir, 'empty.mjs')
  await writeFile(empty, 'export default {}\n')
  const timeImport = (path: string) =>
    Number(
      execFileSync(
        process.execPath,
        ['--input-type=module', '-e', `const t=performance.now(); await import(${JSON.stringify(path)}); console.log(performance.now()-t)`],
        { encoding: 'utf8' },
      ).trim(),
    )
  const workerMs: number[] = []
  const emptyMs: number[] = []
  for (let i = 0; i < RUNS; i++) {
    emptyMs.push(timeImport(empty))
    workerMs.push(timeImport(join(outDir, file)))
  }
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`
  const out = table(
    ['artifact', 'raw', 'minified + gzip', 'budget'],
    [
      ['Worker bundle (wrangler dry-run)', kb(worker.byteLength), kb(gzipSync(worker).byteLength), '3 MB gzip (free plan)'],
      ['Widget, before the first check (element + form strings)', kb(widget.byteLength), kb(before('es')), '12 KB gzip'],
    ],
  )
  const startup = table(
    ['module', 'median ms', 'min ms', 'max ms'],
    [
      ['empty module (baseline)', median(emptyMs).toFixed(2), Math.min(...emptyMs).toFixed(2), Math.max(...emptyMs).toFixed(2)],
      ['Worker bundle', median(workerMs).toFixed(2), Math.min(...workerMs).toFixed(2), Math.max(...workerMs).toFixed(2)],
    ],
  )
  console.log(out + '\n\n' + chunks + '\n\n' + startup)
  writeSection(
    'bundles',
    `## Bundles and Worker start-up

\`npm run bench:bundles\`. Machine: ${machine()}.

${out}

Widget chunks (gzip level 9) against Lit alone, built in the same run. Before the first check a
page loads ${fmt(before('en'))} (en) / ${fmt(before('es'))} (es), budget 12,288 B; the whole quick
check ${fmt(path('en'))} / ${fmt(path('es'))}, budget 24,576 B.

${chunks}

Worker script evaluation (${RUNS} cold imports each in fresh Node processes; Workers allow 1 s of start-up):

${startup}

Worker start-up cost over an empty module: ${(median(workerMs) - median(emptyMs)).toFixed(2)} ms (median).`,
  )
} finally {
  await rm(outDir, { recursive: true, force: true })
}
