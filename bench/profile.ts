/**
 * @module
 * Where a request's time goes inside the Worker's isolate: a CPU profile (devtools protocol on
 * wrangler dev's inspector port) of each bench/http.ts scenario under the same closed-loop load,
 * reported as isolate CPU per request (busy samples / requests answered) and the functions with
 * the most self time. CPU per request does not depend on how loaded the machine is the way
 * throughput does, so it is the figure to compare scenarios by.
 *
 * Run: node scripts/run-ts.mjs bench/profile.ts   (PROFILE_SECONDS, PROFILE_CONCURRENCY, PROFILE_TOP)
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { prepareDatabase, startWorker } from '../scripts/local-worker.mjs'
import { Inspector, inclusiveTime, selfTimes } from './inspector'
import type { LoadResult } from './load/load-generator'
import { SCENARIOS, loadRequest } from './scenarios'
import { runLoadProcess } from './support'

const SECONDS = Number(process.env.PROFILE_SECONDS ?? 6)
const CONCURRENCY = Number(process.env.PROFILE_CONCURRENCY ?? 32)
const TOP = Number(process.env.PROFILE_TOP ?? 25)
const ONLY = process.env.PROFILE_ONLY

// The same configuration without minification, so the profile names the app's functions.
const CONFIG = 'wrangler.profile.toml'
await writeFile(CONFIG, (await readFile('wrangler.toml', 'utf8')).replace(/^minify = true$/m, 'minify = false'))
/** Functions whose inclusive time is reported (their callees included), by name in the bundle. */
const PHASES = (process.env.PROFILE_PHASES ?? 'accessLog,log,requestId,requireDeploymentKeys,secureHeaders,refusePhiInQuery,siteKeyCors,requireSiteKeyOrStaff,findActiveStaffKey,hmacHex,epochIsCurrent,bindPartner,requireJson,runCoverageCheck,resolveAnswerPayer,composeAnswer,estimateCourse,json').split(',')
const stateDir = await mkdtemp(join(tmpdir(), 'iop-profile-'))
await prepareDatabase({ persistTo: stateDir, quiet: true, config: CONFIG })
const worker = await startWorker({ persistTo: stateDir, quiet: true, config: CONFIG })
const inspector = await Inspector.connect(worker.inspectorPort)
try {
  console.log(`load average at the start: ${loadavg().map((n) => n.toFixed(2)).join(' ')}`)
  for (const s of SCENARIOS) {
    if (ONLY && !s.name.includes(ONLY)) continue
    const spec = {
      url: worker.url,
      ...loadRequest(s),
      concurrency: CONCURRENCY,
    }
    await runLoadProcess<LoadResult>({ ...spec, durationMs: 2000, warmupMs: 0 })
    let result!: LoadResult
    const profile = await inspector.cpuProfile(async () => {
      result = await runLoadProcess<LoadResult>({ ...spec, durationMs: SECONDS * 1000, warmupMs: 0 })
    })
    const { total, busy, rows } = selfTimes(profile)
    const perReq = busy / result.requests
    console.log(`\n## ${s.name}: ${result.requests} requests, ${result.rps} req/s; isolate busy ${(busy / 1000).toFixed(0)} ms of ${(total / 1000).toFixed(0)} ms = ${perReq.toFixed(0)} µs per request`)
    for (const r of rows.slice(0, TOP)) console.log(`${(r.us / result.requests).toFixed(1).padStart(8)} µs/req  ${((r.us / busy) * 100).toFixed(1).padStart(5)} %  ${r.name}`)
    console.log('inclusive (callees included):')
    for (const name of PHASES) {
      const us = inclusiveTime(profile, (fn) => fn === name)
      if (us > 0) console.log(`${(us / result.requests).toFixed(1).padStart(8)} µs/req  ${name}`)
    }
    if (process.env.PROFILE_SAVE) await writeFile(`${process.env.PROFILE_SAVE}-${SCENARIOS.indexOf(s)}.cpuprofile`, JSON.stringify(profile))
  }
  console.log(`\nload average at the end: ${loadavg().map((n) => n.toFixed(2)).join(' ')}`)
} finally {
  inspector.close()
  await worker.stop()
  await rm(stateDir, { recursive: true, force: true })
  await rm(CONFIG, { force: true })
}
