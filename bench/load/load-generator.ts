/**
 * @module
 * A closed-loop HTTP load generator on undici, meant to run in its own process so that it does
 * not share an event loop with what it measures. `concurrency` virtual users each send the next
 * request as soon as the previous answer is read, for `durationMs` (after a warm-up).
 *
 * Usage (prints one JSON line): node scripts/run-ts.mjs bench/load/load-generator.ts \
 *   '{"url":"http://127.0.0.1:8787","method":"GET","path":"/health","concurrency":64,"durationMs":10000}'
 */
import { Pool } from 'undici'

export type LoadSpec = {
  url: string
  method: 'GET' | 'POST'
  path: string
  body?: unknown
  headers?: Record<string, string>
  concurrency: number
  durationMs: number
  warmupMs?: number
  /** Safety cap on requests, whatever the duration. */
  maxRequests?: number
}

export type LoadResult = {
  path: string
  requests: number
  seconds: number
  rps: number
  p50: number
  p90: number
  p99: number
  max: number
  errors: number
  statuses: Record<string, number>
}

const percentile = (sorted: number[], p: number): number =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : 0

export async function runLoad(spec: LoadSpec): Promise<LoadResult> {
  const pool = new Pool(spec.url, { connections: spec.concurrency, pipelining: 1 })
  const body = spec.body === undefined ? undefined : JSON.stringify(spec.body)
  const headers = { ...(body ? { 'content-type': 'application/json' } : {}), ...spec.headers }
  const latencies: number[] = []
  const statuses: Record<string, number> = {}
  let errors = 0
  let sent = 0
  const maxRequests = spec.maxRequests ?? 5_000_000

  async function user(until: number, record: boolean) {
    while (performance.now() < until && sent < maxRequests) {
      sent++
      const started = performance.now()
      try {
        const res = await pool.request({ method: spec.method, path: spec.path, headers, body })
        await res.body.text()
        if (record) {
          latencies.push(performance.now() - started)
          statuses[res.statusCode] = (statuses[res.statusCode] ?? 0) + 1
        }
      } catch {
        if (record) errors++
      }
    }
  }

  const users = (until: number, record: boolean) =>
    Promise.all(Array.from({ length: spec.concurrency }, () => user(until, record)))

  await users(performance.now() + (spec.warmupMs ?? 1000), false)
  sent = 0
  const started = performance.now()
  await users(started + spec.durationMs, true)
  const seconds = (performance.now() - started) / 1000
  await pool.close()

  const sorted = latencies.sort((a, b) => a - b)
  const round = (n: number) => Math.round(n * 100) / 100
  return {
    path: spec.path,
    requests: latencies.length + errors,
    seconds: round(seconds),
    rps: round(latencies.length / seconds),
    p50: round(percentile(sorted, 50)),
    p90: round(percentile(sorted, 90)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted.at(-1) ?? 0),
    errors,
    statuses,
  }
}

// Run as a process: the spec is the first argument, the result one JSON line on stdout.
const arg = process.argv[2]
if (arg?.startsWith('{')) {
  const result = await runLoad(JSON.parse(arg) as LoadSpec)
  process.stdout.write(JSON.stringify(result) + '\n')
}
