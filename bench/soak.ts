/**
 * @module
 * Load and soak: coverage checks at high concurrency for a fixed time against local workerd.
 * Passes when there are zero transport errors and zero 5xx, and reports the workerd process's
 * resident memory at the start and the end (flat memory = no leak per request).
 *
 * Run: npm run bench:soak   (SOAK_SECONDS default 60, SOAK_CONCURRENCY default 64)
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { prepareDatabase, startWorker } from '../scripts/local-worker.mjs'
import type { LoadResult } from './load/load-generator'
import { machine, runLoadProcess, table, workerdRssKiB, writeSection } from './support'

const SECONDS = Number(process.env.SOAK_SECONDS ?? 60)
const CONCURRENCY = Number(process.env.SOAK_CONCURRENCY ?? 64)

const stateDir = await mkdtemp(join(tmpdir(), 'iop-soak-'))
await prepareDatabase({ persistTo: stateDir, quiet: true })
const worker = await startWorker({ persistTo: stateDir, quiet: true })
let result: LoadResult
let rssStart: number | null
let rssEnd: number | null
try {
  // A short warm-up so start-of-run RSS is measured with the isolate and its indexes built.
  await runLoadProcess<LoadResult>({ url: worker.url, method: 'GET', path: '/health', concurrency: 4, durationMs: 1000, warmupMs: 0 })
  rssStart = workerdRssKiB(worker.pid)
  result = await runLoadProcess<LoadResult>({
    url: worker.url,
    method: 'POST',
    path: '/v1/coverage/checks',
    // Staff calls: one source address would be throttled by the widget's per-IP limit.
    headers: { authorization: 'Bearer sk_test_demo' },
    body: { payer: 'Aetna', state: 'TX', program: 'substance_use', benefits: { coinsurance: 0.2 } },
    concurrency: CONCURRENCY,
    durationMs: SECONDS * 1000,
    warmupMs: 2000,
  })
  rssEnd = workerdRssKiB(worker.pid)
} finally {
  await worker.stop()
  await rm(stateDir, { recursive: true, force: true })
}

const fivexx = Object.entries(result.statuses).filter(([k]) => k.startsWith('5')).reduce((n, [, v]) => n + v, 0)
const mib = (kib: number | null) => (kib === null ? 'n/a' : (kib / 1024).toFixed(1))
const out = table(
  ['requests', 'req/s', 'p50 ms', 'p99 ms', 'transport errors', '5xx', 'statuses', 'workerd RSS start MiB', 'end MiB'],
  [[result.requests, Math.round(result.rps), result.p50, result.p99, result.errors, fivexx, JSON.stringify(result.statuses), mib(rssStart), mib(rssEnd)]],
)
console.log(out)
const pass = result.errors === 0 && fivexx === 0
writeSection(
  'soak',
  `## Load and soak

\`npm run bench:soak\`: POST /v1/coverage/checks for ${SECONDS} s at concurrency ${CONCURRENCY} against local workerd (undici load generator in a separate process).
Machine: ${machine()}.

${out}

Result: ${pass ? 'zero transport errors and zero 5xx' : 'FAILED: errors or 5xx above'}; memory ${rssStart && rssEnd ? `${mib(rssStart)} → ${mib(rssEnd)} MiB` : 'not measured'}.`,
)
if (!pass) process.exitCode = 1
