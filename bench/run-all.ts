/**
 * @module
 * `npm run bench`: every benchmark, one after another (never in parallel: they would measure each
 * other), each printing its table; the results land in BENCHMARKS.md, one section per benchmark.
 * Benchmarks that write their own section (bundles, http, soak) do so; the others' output is
 * recorded as printed, with the machine it ran on.
 */
import { spawnSync } from 'node:child_process'
import { machine, writeSection } from './support'

const STEPS: { name: string; title: string; file: string; ownSection: boolean; env?: Record<string, string> }[] = [
  { name: 'bundles', title: 'Bundles and Worker start-up', file: 'bench/bundles.ts', ownSection: true },
  { name: 'payers', title: 'Payer matching vs Fuse.js', file: 'bench/payer-matcher.ts', ownSection: false },
  { name: 'estimator', title: 'Estimator (16 weeks × 7 days)', file: 'bench/estimator.ts', ownSection: false },
  { name: 'x12', title: 'X12 271 reading (1 MB)', file: 'bench/x12-reader.ts', ownSection: false },
  { name: 'app', title: "The app's CPU per request (Node, no workerd)", file: 'bench/in-process.ts', ownSection: false },
  { name: 'http', title: 'HTTP API on local workerd', file: 'bench/http.ts', ownSection: true },
  { name: 'soak', title: 'Load and soak', file: 'bench/soak.ts', ownSection: true },
  { name: 'soak-health', title: 'Soak on GET /health alone', file: 'bench/soak.ts', ownSection: true, env: { SOAK_TARGET: 'health' } },
]

const only = process.argv.slice(2)
let failed = 0
for (const step of STEPS.filter((s) => only.length === 0 || only.includes(s.name))) {
  console.log(`\n=== ${step.title} (${step.file})`)
  const run = spawnSync(process.execPath, ['scripts/run-ts.mjs', step.file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...step.env } })
  process.stdout.write(run.stdout)
  if (run.status !== 0) {
    failed++
    console.error(`${step.file} failed with exit code ${run.status}`)
    continue
  }
  if (!step.ownSection) {
    const body = run.stdout.trim()
    const isTable = body.includes('\n|')
    writeSection(
      step.name,
      `## ${step.title}\n\n\`npm run bench:${step.name}\`. Machine: ${machine()}.\n\n${isTable ? body : '```\n' + body + '\n```'}`,
    )
  }
}
if (failed) process.exitCode = 1
