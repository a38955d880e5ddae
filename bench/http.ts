/**
 * @module
 * HTTP throughput and latency of the API against `GET /health` on the same local workerd, in
 * the same run: the load generator runs in its own process (undici, closed loop), scenarios
 * alternate round by round so drift hits them alike, and figures are medians over rounds.
 *
 * Run: npm run bench:http   (BENCH_SECONDS, BENCH_CONCURRENCY, BENCH_ROUNDS override)
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { prepareDatabase, startWorker } from '../scripts/local-worker.mjs'
import type { LoadResult } from './load/load-generator'
import { SCENARIOS, loadRequest } from './scenarios'
import { machine, median, runLoadProcess, table, writeSection } from './support'

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8)
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3)

const stateDir = await mkdtemp(join(tmpdir(), 'iop-bench-'))
await prepareDatabase({ persistTo: stateDir, quiet: true })
const worker = await startWorker({ persistTo: stateDir, quiet: true })
const runs = new Map<string, LoadResult[]>(SCENARIOS.map((s) => [s.name, []]))
try {
  for (let round = 1; round <= ROUNDS; round++) {
    for (const s of SCENARIOS) {
      const result = await runLoadProcess<LoadResult>({
        url: worker.url,
        ...loadRequest(s),
        concurrency: CONCURRENCY,
        durationMs: SECONDS * 1000,
        warmupMs: 1500,
      })
      runs.get(s.name)!.push(result)
      console.error(`round ${round} ${s.name}: ${result.rps} req/s, p99 ${result.p99} ms, statuses ${JSON.stringify(result.statuses)}`)
    }
  }
} finally {
  await worker.stop()
  await rm(stateDir, { recursive: true, force: true })
}

const summary = SCENARIOS.map((s) => {
  const rs = runs.get(s.name)!
  const non2xx = rs.reduce((n, r) => n + Object.entries(r.statuses).filter(([k]) => !k.startsWith('2')).reduce((a, [, v]) => a + v, 0), 0)
  return {
    name: s.name,
    rps: median(rs.map((r) => r.rps)),
    p50: median(rs.map((r) => r.p50)),
    p99: median(rs.map((r) => r.p99)),
    errors: rs.reduce((n, r) => n + r.errors, 0) + non2xx,
  }
})
const base = summary[0]!
const rows = summary.map((s) => [
  s.name,
  Math.round(s.rps),
  s.p50.toFixed(1),
  s.p99.toFixed(1),
  `${((s.rps / base.rps) * 100).toFixed(0)} %`,
  `${(s.p99 / base.p99).toFixed(2)}×`,
  s.errors,
])
const out = table(['scenario', 'req/s', 'p50 ms', 'p99 ms', 'throughput vs /health', 'p99 vs /health', 'errors + non-2xx'], rows)
console.log(out)

const coverage = summary.filter((s) => s.name.startsWith('POST /v1/coverage'))
const verdict = coverage
  .map((s) => {
    const tp = s.rps / base.rps
    const p99 = s.p99 / base.p99
    const clean = s.errors === 0
    return `- ${s.name}: ${(tp * 100).toFixed(0)} % of baseline throughput (target ≥ 80 %: ${clean && tp >= 0.8 ? 'met' : 'NOT met'}), p99 ${p99.toFixed(2)}× baseline (target ≤ 1.5×: ${clean && p99 <= 1.5 ? 'met' : 'NOT met'})${clean ? '' : `; ${s.errors} failed or non-2xx answers`}`
  })
  .join('\n')

writeSection(
  'http',
  `## HTTP API on local workerd

\`npm run bench:http\`: ${ROUNDS} rounds × ${SECONDS} s per scenario, ${CONCURRENCY} concurrent connections, undici load generator in a separate process, \`wrangler dev\` (workerd) with a fresh local D1; medians over rounds; ratios are within this run.
Machine: ${machine()}.

${out}

${verdict}`,
)
