/**
 * @module
 * Sizes and start-up: the Worker bundle as `wrangler deploy --dry-run` builds it (gzip, the
 * figure Cloudflare's script-size limit counts), the widget bundle (min+gzip), and the Worker's
 * script evaluation time: the bundle imported in a fresh Node process (V8, as in workerd), median
 * of several cold starts, against an empty module imported the same way as the baseline.
 *
 * Run: npm run bench:bundles
 */
import { execFileSync } from 'node:child_process'
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { machine, median, table, writeSection } from './support'

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
      ['Widget bundle', kb(widget.byteLength), kb(gzipSync(widget).byteLength), '16 KB min+gzip'],
    ],
  )
  const startup = table(
    ['module', 'median ms', 'min ms', 'max ms'],
    [
      ['empty module (baseline)', median(emptyMs).toFixed(2), Math.min(...emptyMs).toFixed(2), Math.max(...emptyMs).toFixed(2)],
      ['Worker bundle', median(workerMs).toFixed(2), Math.min(...workerMs).toFixed(2), Math.max(...workerMs).toFixed(2)],
    ],
  )
  console.log(out + '\n\n' + startup)
  writeSection(
    'bundles',
    `## Bundles and Worker start-up

\`npm run bench:bundles\`. Machine: ${machine()}.

${out}

Worker script evaluation (${RUNS} cold imports each in fresh Node processes; Workers allow 1 s of start-up):

${startup}

Worker start-up cost over an empty module: ${(median(workerMs) - median(emptyMs)).toFixed(2)} ms (median).`,
  )
} finally {
  await rm(outDir, { recursive: true, force: true })
}
