/**
 * Payer matching benchmark: our matcher against Fuse.js over the same directory (names and
 * aliases) and the same queries (the dev and extra eval sets, repeated), in the same run.
 * Prints queries per second, p50/p99 latency per query and top-1 accuracy of both.
 *
 *   node scripts/run-ts.mjs bench/payer-matcher.ts   (or npm run bench:payers)
 */
import Fuse from 'fuse.js'
import { readFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { performance } from 'node:perf_hooks'
import { PAYERS } from '../worker/data/payers'
import { NOT_HEALTH_INSURERS } from '../worker/data/payers/not-health'
import { createPayerMatcher } from '../worker/domain/payer/match'

type EvalCase = { q: string; state: string | null; expect: string }
const load = (file: string): EvalCase[] =>
  readFileSync(`test/fixtures/${file}`, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as EvalCase)
const cases = [...load('payers-dev.jsonl'), ...load('payers-extra.jsonl')]
/** Queries that must match nothing (auto, dental, vision, life, supplemental, workers' comp, gibberish). */
const negatives = readFileSync('test/fixtures/payers-negative.jsonl', 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { q: string; state: string | null })

type Contender = { name: string; build: () => (c: EvalCase) => string | null; repeats: number }

const contenders: Contender[] = [
  {
    name: 'ours (createPayerMatcher)',
    repeats: 50,
    build: () => {
      const matcher = createPayerMatcher(PAYERS, { notHealth: NOT_HEALTH_INSURERS })
      return (c) =>
        matcher.match({ text: c.q, ...(c.state ? { state: c.state } : {}) }).best?.payer.name ?? null
    },
  },
  {
    // Fuse has no notion of state: it gets the same text, the same records, its usual settings.
    name: 'Fuse.js 7 (name + aliases)',
    repeats: 5,
    build: () => {
      const fuse = new Fuse(PAYERS as (typeof PAYERS)[number][], {
        keys: ['name', 'aliases'],
        includeScore: true,
        threshold: 0.4,
        ignoreLocation: true,
      })
      return (c) => fuse.search(c.q, { limit: 5 })[0]?.item.name ?? null
    },
  },
]

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!

type Row = {
  name: string
  build: number
  /** Queries per second of wall-clock time, and of this process's CPU time. */
  qps: number
  cpuQps: number
  /** Per-query wall-clock latency, and per-query CPU time (robust to a busy shared machine). */
  p50: number
  p99: number
  cpuP50: number
  cpuP99: number
  accuracy: number
  /** Share of the negative set answered with no match. */
  rejected: number
}
const rows: Row[] = []
for (const contender of contenders) {
  const t0 = performance.now()
  const run = contender.build()
  const build = performance.now() - t0
  const hits = cases.filter((c) => new RegExp(c.expect, 'i').test(run(c) ?? '')).length // also warms up
  const rejected = negatives.filter((c) => run({ q: c.q, state: c.state, expect: '' }) === null).length
  for (let i = 0; i < 3; i++) for (const c of cases) run(c)
  const times: number[] = []
  const cpuTimes: number[] = []
  const start = performance.now()
  const cpuStart = process.cpuUsage()
  for (let r = 0; r < contender.repeats; r++) {
    for (const c of cases) {
      const cpu = process.cpuUsage()
      const a = performance.now()
      run(c)
      times.push(performance.now() - a)
      const used = process.cpuUsage(cpu)
      cpuTimes.push((used.user + used.system) / 1000)
    }
  }
  const total = performance.now() - start
  const cpuUsed = process.cpuUsage(cpuStart)
  const cpuTotal = (cpuUsed.user + cpuUsed.system) / 1000
  times.sort((a, b) => a - b)
  cpuTimes.sort((a, b) => a - b)
  rows.push({
    name: contender.name,
    build,
    qps: times.length / (total / 1000),
    cpuQps: times.length / (cpuTotal / 1000),
    p50: percentile(times, 0.5),
    p99: percentile(times, 0.99),
    cpuP50: percentile(cpuTimes, 0.5),
    cpuP99: percentile(cpuTimes, 0.99),
    accuracy: hits / cases.length,
    rejected: rejected / negatives.length,
  })
}

const [ours, fuse] = rows as [Row, Row]
const fmt = (n: number, d = 3) => n.toFixed(d)
console.log(`payer matching: ${PAYERS.length} payers, ${cases.length} queries (dev + extra)`)
console.log(`node ${process.version}, ${cpus().length} CPUs, ${cpus()[0]?.model ?? 'unknown CPU'}`)
console.log(`load average at the end: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`)
console.log('')
console.log('| matcher | index build (ms) | queries/s (wall) | queries/s (CPU) | p50 / p99 wall (ms) | p50 / p99 CPU (ms) | top-1 accuracy | negatives with no match |')
console.log('|---|---:|---:|---:|---:|---:|---:|---:|')
const int = (n: number) => Math.round(n).toLocaleString('en-US')
for (const r of rows) {
  console.log(
    `| ${r.name} | ${fmt(r.build, 1)} | ${int(r.qps)} | ${int(r.cpuQps)} | ${fmt(r.p50)} / ${fmt(r.p99)} | ${fmt(r.cpuP50)} / ${fmt(r.cpuP99)} | ${fmt(r.accuracy * 100, 1)} % | ${fmt(r.rejected * 100, 1)} % of ${negatives.length} |`,
  )
}
console.log('')
console.log(`throughput ours/Fuse: ${fmt(ours.qps / fuse.qps, 1)}× wall, ${fmt(ours.cpuQps / fuse.cpuQps, 1)}× CPU (target ≥ 10×)`)
console.log(`p99 ours: ${fmt(ours.p99)} ms wall, ${fmt(ours.cpuP99)} ms CPU (target < 1 ms)`)
console.log(`accuracy ours vs Fuse: ${fmt(ours.accuracy * 100, 1)} % vs ${fmt(fuse.accuracy * 100, 1)} %`)
