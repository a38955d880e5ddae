// Starts the local stack the integration tests talk to, once per lane: a real Worker (wrangler
// dev on workerd, with a fresh migrated and seeded local D1) recording everything it logs to a
// file the tests can read, the fake Turnstile Siteverify (scripts/fake-turnstile.mjs) both Workers
// verify against, the sandbox clearinghouse, and the guard harness Worker (test/guards/) with its
// own D1.
//
// Lanes: Vitest runs test files in `maxWorkers` worker processes (vitest.config.ts), one file at a
// time in each. Each worker process has a pool id (VITEST_POOL_ID, 1…maxWorkers), and lane N is
// the stack of the files that run in pool N (test/support/lane.ts). So integration files in
// different lanes share nothing (own ports, state directory, D1, KV, rate limits, logs, sandbox
// counters), and the files of one lane run one after another against their own stack, as all of
// them did when there was one.
import { appendFile, cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { FAKE_SECRET, startFakeTurnstile, type FakeTurnstile } from '../../scripts/fake-turnstile.mjs'
import { openLocalDatabase, prepareDatabase, startWorker, type LocalWorker } from '../../scripts/local-worker.mjs'
import { startSandboxClearinghouse, type SandboxClearinghouse } from '../../scripts/sandbox-clearinghouse.mjs'
import type { Lane } from './lane'
import { buildWidgetPackageOnce } from './widget-package-build'

declare module 'vitest' {
  export interface ProvidedContext {
    /** One stack per lane, lane N at index N − 1. */
    lanes: Lane[]
    /** A freshly migrated and seeded local state directory, never served: copy it, never write it. */
    seededStateDir: string
  }
}

const GUARDS_CONFIG = 'test/guards/wrangler.toml'

type Stack = { lane: Lane; worker: LocalWorker; guards: LocalWorker; sandbox: SandboxClearinghouse; turnstile: FakeTurnstile; flush: NodeJS.Timeout }

let stacks: Stack[] = []
let root = ''

/** The guard harness's third tenant (tenants.ts `LIMITS`), with the exact check on. */
async function addLimitsTenant(persistTo: string): Promise<void> {
  const db = await openLocalDatabase({ persistTo, config: GUARDS_CONFIG })
  try {
    await db.sql(
      `INSERT INTO partners (id, name, site_key, allowed_origins, exact_check_enabled)
       VALUES ('limits', 'Limits test tenant', 'pk_test_limits', '["https://limits.example"]', 1)`,
    )
  } finally {
    await db.close()
  }
}

/** How many lanes this run needs: one per worker process, at most one per integration file. */
function laneCount(project: TestProject): number {
  const files = project.vitest.state.getPaths().filter((f) => project.matchesTestGlob(f)).length
  return Math.max(1, Math.min(project.vitest.config.maxWorkers, files))
}

const stopStack = async (s: Stack): Promise<void> => {
  clearInterval(s.flush)
  await Promise.all([s.worker.stop(), s.guards.stop(), s.sandbox.stop(), s.turnstile.stop()])
}

/** Like Promise.all, but when one start fails, stops the ones that did start before rejecting. */
async function allOrStop<T>(starts: Promise<T>[], stop: (started: T) => Promise<void>): Promise<T[]> {
  const settled = await Promise.allSettled(starts)
  const failed = settled.find((r) => r.status === 'rejected')
  if (!failed) return settled.map((r) => (r as PromiseFulfilledResult<T>).value)
  await Promise.all(settled.flatMap((r) => (r.status === 'fulfilled' ? [stop(r.value)] : [])))
  throw failed.reason
}

async function startStack(n: number, stateDir: string): Promise<Stack> {
  const guardsState = join(stateDir, 'guards')
  const turnstile = await startFakeTurnstile()
  // Real-time eligibility checks go to the local sandbox clearinghouse; its slow member answers
  // after 25 s, so a 5 s deadline keeps the timeout test short. A short webhook timeout keeps the
  // "webhook hangs" test quick; production uses wrangler.toml's.
  const sandbox = await startSandboxClearinghouse()
  const [worker, guards] = (await allOrStop([
    startWorker({
      persistTo: stateDir,
      quiet: true,
      vars: {
        TURNSTILE_VERIFY_URL: turnstile.verifyUrl,
        TURNSTILE_SCRIPT_URL: turnstile.scriptUrl,
        CLEARINGHOUSE_URL: sandbox.endpoint,
        CLEARINGHOUSE_TIMEOUT_MS: '5000',
        WEBHOOK_TIMEOUT_MS: '1500',
      },
    }),
    startWorker({
      persistTo: guardsState,
      quiet: true,
      config: GUARDS_CONFIG,
      vars: { TURNSTILE_VERIFY_URL: turnstile.verifyUrl, TURNSTILE_SECRET_KEY: FAKE_SECRET },
    }),
  ], (w) => w.stop()).catch(async (e) => {
    await Promise.all([sandbox.stop(), turnstile.stop()])
    throw e
  })) as [LocalWorker, LocalWorker]
  const logFile = join(stateDir, 'worker.log')
  // Appended as the Worker prints, never rewritten nor truncated: the file is made by the first
  // append, of what wrangler printed while starting, so a reader never sees an empty log (which
  // would make "the logs hold no PHI" assertions pass vacuously); what was printed more than
  // 100 ms before a read is in the file (workerLogs() waits 300 ms).
  let written = 0
  let writing = false
  const flush = setInterval(() => {
    const output = worker.output()
    if (writing || output.length === written) return
    writing = true
    const chunk = output.slice(written)
    appendFile(logFile, chunk)
      .then(() => (written += chunk.length))
      .catch(() => {})
      .finally(() => (writing = false))
  }, 100)
  flush.unref()
  const lane: Lane = { n, workerUrl: worker.url, workerLogFile: logFile, sandboxUrl: sandbox.url, workerStateDir: stateDir, guardsUrl: guards.url }
  return { lane, worker, guards, sandbox, turnstile, flush }
}

export async function setup(project: TestProject) {
  root = await mkdtemp(join(tmpdir(), 'iop-test-'))
  const lanes = laneCount(project)
  const stateDirs = Array.from({ length: lanes }, (_, i) => join(root, `lane-${i + 1}`))
  // The widget package build (for the tests that read widget/dist/) overlaps the start-up and
  // the first tests; its readers wait for it (widget-package-build.ts).
  void buildWidgetPackageOnce(project)
  // Migrate and seed once (in process: scripts/local-worker.mjs) into a template, then give every
  // lane a copy; the template stays untouched for tests that start a Worker of their own
  // (test/support/seeded.ts).
  const template = join(root, 'template')
  await Promise.all([
    prepareDatabase({ persistTo: join(template, 'main'), quiet: true }),
    prepareDatabase({ persistTo: join(template, 'guards'), quiet: true, config: GUARDS_CONFIG }).then(() => addLimitsTenant(join(template, 'guards'))),
  ])
  await Promise.all(stateDirs.map((dir) => cp(join(template, 'main'), dir, { recursive: true }).then(() => cp(join(template, 'guards'), join(dir, 'guards'), { recursive: true }))))
  stacks = await allOrStop(stateDirs.map((dir, i) => startStack(i + 1, dir)), stopStack)
  project.provide('lanes', stacks.map((s) => s.lane))
  project.provide('seededStateDir', join(template, 'main'))
}

export async function teardown() {
  // Keep what the Workers printed, for diagnosing a failed run (test-results/ is git-ignored):
  // worker.log and guards-worker.log for lane 1, worker-2.log and guards-worker-2.log for lane 2…
  await mkdir('test-results', { recursive: true })
  for (const { lane, worker, guards, flush } of stacks) {
    clearInterval(flush)
    const suffix = lane.n === 1 ? '' : `-${lane.n}`
    await writeFile(`test-results/worker${suffix}.log`, worker.output())
    await writeFile(`test-results/guards-worker${suffix}.log`, guards.output())
  }
  await Promise.all(stacks.map(stopStack))
  await rm(root, { recursive: true, force: true })
}
