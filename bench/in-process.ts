/**
 * @module
 * The app's own CPU per request, without workerd, wrangler's proxy or the load generator competing
 * for the 2 cores: the very scenarios of bench/http.ts sent through `app.fetch` in this Node
 * process, against the local D1 (Miniflare, the same migrations and seed) and Rate Limiting
 * stand-ins that always allow. The access log line is written to a no-op console (its cost in
 * workerd is the runtime's: see docs/scale.md), so the figure is the app's work alone.
 * `--cpu-prof` on this script gives a clean profile of the app's functions.
 *
 * Run: node scripts/run-ts.mjs bench/in-process.ts   (INPROC_REQUESTS per scenario, default 3000)
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { prepareDatabase } from '../scripts/local-worker.mjs'
import { SCENARIOS } from './scenarios'
import { median } from './support'

const N = Number(process.env.INPROC_REQUESTS ?? 3000)
const ROUNDS = Number(process.env.INPROC_ROUNDS ?? 5)
/** Only the scenarios whose name contains this (for a profile of one of them). */
const ONLY = process.env.INPROC_ONLY
const SELECTED = SCENARIOS.filter((s, i) => i === 0 || !ONLY || s.name.includes(ONLY))

const localEnv = Object.fromEntries(
  (await readFile('local.env', 'utf8'))
    .split('\n')
    .filter((l) => /^[A-Z_]+=/.test(l))
    .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1).trim()]),
)
const stateDir = await mkdtemp(join(tmpdir(), 'iop-inproc-'))
await prepareDatabase({ persistTo: stateDir, quiet: true })
const { Miniflare } = await import('miniflare')
const toml = await readFile('wrangler.toml', 'utf8')
const dbId = /preview_database_id\s*=\s*"([^"]+)"/.exec(toml)?.[1] ?? /database_id\s*=\s*"([^"]+)"/.exec(toml)![1]!
const mf = new Miniflare({ modules: true, script: '', d1Persist: join(stateDir, 'v3', 'd1'), d1Databases: { DB: dbId } })
const DB = await mf.getD1Database('DB')
const allow = { limit: async () => ({ success: true }) }
const env = {
  ...localEnv,
  APP_VERSION: '0.1.0',
  DB,
  RATE_LIMIT_IP: allow,
  RATE_LIMIT_SITE_KEY: allow,
  RATE_LIMIT_MEMBER: allow,
  RATE_LIMIT_LOGIN: allow,
  RATE_LIMIT_AUTH: allow,
}
const ctx = { waitUntil: (p: Promise<unknown>) => void p.catch(() => {}), passThroughOnException: () => {}, props: {} }
const { app } = (await import('../worker/app')) as unknown as { app: { fetch: (r: Request, e: object, c: object) => Promise<Response> } }
const realLog = console.log
console.log = () => {}

const request = (s: (typeof SCENARIOS)[number]) =>
  new Request(`http://127.0.0.1:8787${s.path}`, {
    method: s.method,
    headers: { ...('headers' in s ? s.headers : {}), ...('body' in s ? { 'content-type': 'application/json' } : {}) },
    ...('body' in s ? { body: JSON.stringify(s.body) } : {}),
  })

const results = new Map<string, number[]>()
try {
  for (const s of SCENARIOS) for (let i = 0; i < 200; i++) await (await app.fetch(request(s), env, ctx)).arrayBuffer()
  for (let round = 0; round < ROUNDS; round++) {
    for (const s of SELECTED) {
      const start = process.cpuUsage()
      for (let i = 0; i < N; i++) {
        const res = await app.fetch(request(s), env, ctx)
        await res.arrayBuffer()
        if (res.status !== 200) throw new Error(`${s.name}: ${res.status}`)
      }
      const used = process.cpuUsage(start)
      const list = results.get(s.name) ?? []
      list.push((used.user + used.system) / N)
      results.set(s.name, list)
    }
  }
} finally {
  console.log = realLog
  await mf.dispose()
  await rm(stateDir, { recursive: true, force: true })
}
const base = median(results.get(SCENARIOS[0].name)!)
console.log(`app CPU per request in Node ${process.version} (app.fetch, Request built and body read included; median of ${ROUNDS} × ${N}):`)
for (const s of SELECTED) {
  const xs = results.get(s.name)!
  const m = median(xs)
  console.log(`${s.name.padEnd(42)} ${m.toFixed(1).padStart(7)} µs  (${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)})  +${(m - base).toFixed(1)} µs over /health`)
}
