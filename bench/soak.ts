/**
 * @module
 * Load and soak: coverage checks at high concurrency for a fixed time against local workerd.
 * Passes when there are zero transport errors and zero 5xx, and reports the workerd process's
 * resident memory at the start and the end (flat memory = no leak per request).
 *
 * The JS heap of the Worker's isolate is measured through the inspector (bench/inspector.ts)
 * before the load, right after it and after an idle pause, each time after a full GC (the one V8
 * runs before a heap snapshot) and with the snapshot summed by constructor: a growing heap is the
 * app's (or its libraries'), a flat heap under a growing RSS is the runtime's (workerd, V8's
 * reserved pages, wrangler dev's machinery). RSS is split between the Worker's workerd and the
 * proxy workerd wrangler runs in front of it, which runs none of the app's code.
 *
 * Run: npm run bench:soak   (SOAK_SECONDS default 60, SOAK_CONCURRENCY default 64, SOAK_IDLE_SECONDS 30,
 *      SOAK_TARGET=health for GET /health alone)
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { prepareDatabase, startWorker } from '../scripts/local-worker.mjs'
import type { LoadResult } from './load/load-generator'
import { Inspector, type HeapSummary } from './inspector'
import { machine, runLoadProcess, table, workerdRssByRole, workerdRssKiB, writeSection } from './support'

const SECONDS = Number(process.env.SOAK_SECONDS ?? 60)
const CONCURRENCY = Number(process.env.SOAK_CONCURRENCY ?? 64)
const IDLE_SECONDS = Number(process.env.SOAK_IDLE_SECONDS ?? 30)
/** `checks` (default): the coverage check as staff; `health`: `GET /health` alone, the runtime's share. */
const TARGET = process.env.SOAK_TARGET === 'health' ? 'health' : 'checks'
const LOAD =
  TARGET === 'health'
    ? { method: 'GET', path: '/health' }
    : {
        method: 'POST',
        path: '/v1/coverage/checks',
        // Staff calls: one source address would be throttled by the widget's per-IP limit.
        headers: { authorization: 'Bearer sk_test_demo' },
        body: { payer: 'Aetna', state: 'TX', program: 'substance_use', benefits: { coinsurance: 0.2 } },
      }

type HeapPoint = { label: string; rssKiB: number | null; byRole: { worker: number; proxy: number }; used: number; total: number; snapshot: HeapSummary }
const points: HeapPoint[] = []
async function heapPoint(inspector: Inspector, label: string, pid: number): Promise<void> {
  // RSS is read before the snapshot: taking one costs workerd memory of its own (it serializes
  // the whole heap), which would otherwise show up as growth at the next point.
  const rssKiB = workerdRssKiB(pid)
  const byRole = workerdRssByRole(pid)
  const { usedSize, totalSize, snapshot } = await inspector.heapAfterGc()
  points.push({ label, rssKiB, byRole, used: usedSize, total: totalSize, snapshot })
  console.error(`${label}: JS heap used ${(usedSize / 2 ** 20).toFixed(1)} MiB, snapshot ${(snapshot.totalSelf / 2 ** 20).toFixed(1)} MiB, RSS ${((rssKiB ?? 0) / 1024).toFixed(1)} MiB (Worker ${(byRole.worker / 1024).toFixed(1)}, proxy ${(byRole.proxy / 1024).toFixed(1)}); after the snapshot ${((workerdRssKiB(pid) ?? 0) / 1024).toFixed(1)} MiB`)
}

const stateDir = await mkdtemp(join(tmpdir(), 'iop-soak-'))
await prepareDatabase({ persistTo: stateDir, quiet: true })
const worker = await startWorker({ persistTo: stateDir, quiet: true })
const inspector = await Inspector.connect(worker.inspectorPort)
let result: LoadResult
let rssStart: number | null
let rssEnd: number | null
try {
  // A short warm-up so start-of-run RSS is measured with the isolate and its indexes built.
  await runLoadProcess<LoadResult>({ url: worker.url, method: 'GET', path: '/health', concurrency: 4, durationMs: 1000, warmupMs: 0 })
  // Also one coverage check, so the matcher's index and the rules are built before the first point.
  await runLoadProcess<LoadResult>({ url: worker.url, method: 'POST', path: '/v1/coverage/checks', headers: { authorization: 'Bearer sk_test_demo' }, body: { payer: 'Aetna', state: 'TX', program: 'substance_use' }, concurrency: 2, durationMs: 500, warmupMs: 0 })
  rssStart = workerdRssKiB(worker.pid)
  await heapPoint(inspector, 'before', worker.pid)
  result = await runLoadProcess<LoadResult>({
    url: worker.url,
    ...LOAD,
    concurrency: CONCURRENCY,
    durationMs: SECONDS * 1000,
    warmupMs: 2000,
  })
  rssEnd = workerdRssKiB(worker.pid)
  await heapPoint(inspector, 'after the load', worker.pid)
  await new Promise((r) => setTimeout(r, IDLE_SECONDS * 1000))
  await heapPoint(inspector, `after ${IDLE_SECONDS} s idle`, worker.pid)
} finally {
  inspector.close()
  await worker.stop()
  await rm(stateDir, { recursive: true, force: true })
}

const fivexx = Object.entries(result.statuses).filter(([k]) => k.startsWith('5')).reduce((n, [, v]) => n + v, 0)
const mib = (kib: number | null) => (kib === null ? 'n/a' : (kib / 1024).toFixed(1))
const out = table(
  ['requests', 'req/s', 'p50 ms', 'p99 ms', 'transport errors', '5xx', 'statuses', 'workerd RSS start MiB', 'end MiB', 'JS heap start MiB', 'end MiB', 'after idle MiB'],
  [[result.requests, Math.round(result.rps), result.p50, result.p99, result.errors, fivexx, JSON.stringify(result.statuses), mib(rssStart), mib(rssEnd), ...[0, 1, 2].map((i) => (points[i] ? (points[i].used / 2 ** 20).toFixed(1) : '–'))]],
)
console.log(out)
const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1)
const heapTable = table(
  ['point', 'workerd RSS MiB (both)', 'of which the Worker\'s workerd', 'of which the proxy workerd', 'JS heap used MiB (after GC)', 'JS heap total MiB', 'snapshot MiB', 'snapshot nodes'],
  points.map((p) => [p.label, mib(p.rssKiB), mib(p.byRole.worker), mib(p.byRole.proxy), mb(p.used), mb(p.total), mb(p.snapshot.totalSelf), p.snapshot.nodes]),
)
// Growth by constructor between the first and the last point: what the load left behind.
const first = new Map(points[0]?.snapshot.byConstructor.map((c) => [c.name, c]) ?? [])
const lastPoint = points.at(-1)
const growth = (lastPoint?.snapshot.byConstructor ?? [])
  .map((c) => ({ name: c.name, self: c.self - (first.get(c.name)?.self ?? 0), count: c.count - (first.get(c.name)?.count ?? 0), now: c.self }))
  .sort((a, b) => Math.abs(b.self) - Math.abs(a.self))
  .slice(0, 10)
const growthTable = table(
  ['constructor', `self size now KiB`, 'change KiB', 'change in count'],
  growth.map((g) => [g.name.replace(/\|/g, '\\|').slice(0, 60), (g.now / 1024).toFixed(0), (g.self / 1024).toFixed(0), g.count]),
)
console.log(heapTable)
console.log(growthTable)
const pass = result.errors === 0 && fivexx === 0
const what = TARGET === 'health' ? 'GET /health' : 'POST /v1/coverage/checks'
writeSection(
  TARGET === 'health' ? 'soak-health' : 'soak',
  `## ${TARGET === 'health' ? 'Soak on GET /health alone (the runtime\'s share)' : 'Load and soak'}

\`${TARGET === 'health' ? 'SOAK_TARGET=health ' : ''}npm run bench:soak\`: ${what} for ${SECONDS} s at concurrency ${CONCURRENCY} against local workerd (undici load generator in a separate process).
Machine: ${machine()}.

${out}

Result: ${pass ? 'zero transport errors and zero 5xx' : 'FAILED: errors or 5xx above'}; memory ${rssStart && rssEnd ? `${mib(rssStart)} → ${mib(rssEnd)} MiB` : 'not measured'}.

The Worker's JS heap (inspector, after the full GC V8 runs before a heap snapshot; snapshot = sum of self sizes in it; RSS read before each snapshot):

${heapTable}

Largest changes by constructor between "${points[0]?.label}" and "${lastPoint?.label}" (heap snapshots):

${growthTable}`,
)
if (!pass) process.exitCode = 1
