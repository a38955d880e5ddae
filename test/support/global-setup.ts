// Starts the local stack the integration tests talk to, once per lane: a real Worker (the deploy
// bundle on workerd through Miniflare, with a fresh migrated and seeded local D1) recording
// everything it logs to a file the tests can read, the fake Turnstile Siteverify
// (scripts/fake-turnstile.mjs) both Workers verify against, the sandbox clearinghouse, the guard
// harness Worker (test/guards/) with its own D1, and a Chromium for the lane's browser files.
//
// Lanes: Vitest runs test files in `maxWorkers` worker processes (vitest.config.ts), one file at a
// time in each. Each worker process has a pool id (VITEST_POOL_ID, 1…maxWorkers), and lane N is
// the stack of the files that run in pool N (test/support/lane.ts). So integration files in
// different lanes share nothing (own ports, state directory, D1, KV, rate limits, logs, sandbox
// counters), and the files of one lane run one after another against their own stack, as all of
// them did when there was one.
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserServer } from 'playwright-core'
import type { TestProject } from 'vitest/node'
import { FAKE_SECRET, startFakeTurnstile, type FakeTurnstile } from '../../scripts/fake-turnstile.mjs'
import { bundleWorker, openLocalDatabase, prepareDatabase, startBundledWorker, type BundledWorker, type LocalWorker, type WorkerBundle } from '../../scripts/local-worker.mjs'
import { startSandboxClearinghouse, type SandboxClearinghouse } from '../../scripts/sandbox-clearinghouse.mjs'
import { CHROMIUM_PATH, chromiumArgs } from './chromium'
import type { Lane } from './lane'

declare module 'vitest' {
  export interface ProvidedContext {
    /** One stack per lane, lane N at index N − 1. */
    lanes: Lane[]
    /** A freshly migrated and seeded local state directory, never served: copy it, never write it. */
    seededStateDir: string
    /** The Worker's deploy bundle, for tests that start a Worker of their own (`startBundledWorker`). */
    workerBundle: WorkerBundle
  }
}

const GUARDS_CONFIG = 'test/guards/wrangler.toml'

type Stack = { lane: Lane; worker: LocalWorker; guards: LocalWorker; sandbox: SandboxClearinghouse; turnstile: FakeTurnstile; cron: Server; browser?: BrowserServer }

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

/**
 * The lane's Cron Trigger, for the test files (which run in other processes than the Worker's
 * Miniflare): `GET <cronUrl>?cron=* * * * *` runs the Worker's scheduled handler once and answers
 * 200 `ok`, or 500 with the outcome (`exception`…), as workerd's trigger handler would.
 */
async function cronTrigger(worker: BundledWorker): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const cron = new URL(req.url ?? '/', 'http://x').searchParams.get('cron') ?? '* * * * *'
    worker.scheduled(cron).then(
      (outcome) => res.writeHead(outcome === 'ok' ? 200 : 500).end(outcome),
      (e: unknown) => res.writeHead(500).end(String(e)),
    )
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const { port } = server.address() as { port: number }
  return { server, url: `http://127.0.0.1:${port}/scheduled` }
}

/**
 * The files of this run that talk to a lane (collected before any global setup): the worker and
 * browser files. The tooling files (test/tools/) run wrangler, tsc and the analyzer on their own.
 */
const laneFiles = (project: TestProject): string[] =>
  project.vitest.state.getPaths().filter((f) => project.matchesTestGlob(f) && /\/test\/(worker|browser)\//.test(f))

/** How many lanes this run needs: one per worker process, at most one per integration file. */
const laneCount = (project: TestProject, files: string[]): number => Math.max(1, Math.min(project.vitest.config.maxWorkers, files.length))

const stopStack = async (s: Omit<Stack, 'lane'>): Promise<void> => {
  await new Promise((r) => s.cron.close(r))
  await s.browser?.close()
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

async function startStack(n: number, stateDir: string, bundles: { main: WorkerBundle; guards: WorkerBundle }, withBrowser: boolean): Promise<Stack> {
  const guardsState = join(stateDir, 'guards')
  const turnstile = await startFakeTurnstile()
  // Real-time eligibility checks go to the local sandbox clearinghouse; its slow member answers
  // after 25 s, so a 5 s deadline keeps the timeout test short. A short webhook timeout keeps the
  // "webhook hangs" test quick; production uses wrangler.toml's.
  const sandbox = await startSandboxClearinghouse()
  // Everything the Worker prints is appended to worker.log as it prints it (the file starts with
  // a line of its own, so a reader never sees an empty log and "the logs hold no PHI" can never
  // pass vacuously); workerLogs() waits 300 ms for the last writes.
  const logFile = join(stateDir, 'worker.log')
  const [worker, guards] = (await allOrStop([
    startBundledWorker({
      bundle: bundles.main,
      persistTo: stateDir,
      logFile,
      vars: {
        TURNSTILE_VERIFY_URL: turnstile.verifyUrl,
        TURNSTILE_SCRIPT_URL: turnstile.scriptUrl,
        CLEARINGHOUSE_URL: sandbox.endpoint,
        CLEARINGHOUSE_TIMEOUT_MS: '5000',
        WEBHOOK_TIMEOUT_MS: '1500',
      },
    }),
    startBundledWorker({
      bundle: bundles.guards,
      persistTo: guardsState,
      vars: { TURNSTILE_VERIFY_URL: turnstile.verifyUrl, TURNSTILE_SECRET_KEY: FAKE_SECRET },
    }),
  ], (w) => w.stop()).catch(async (e) => {
    await Promise.all([sandbox.stop(), turnstile.stop()])
    throw e
  })) as [BundledWorker, BundledWorker]
  const cron = await cronTrigger(worker)
  // One Chromium for the lane's browser files, one after another, each in contexts of its own.
  const browser = withBrowser
    ? await chromium.launchServer({ executablePath: CHROMIUM_PATH, headless: true, args: chromiumArgs() }).catch(async (e) => {
        await stopStack({ worker, guards, sandbox, turnstile, cron: cron.server })
        throw e
      })
    : undefined
  const lane: Lane = {
    n,
    workerUrl: worker.url,
    workerLogFile: logFile,
    sandboxUrl: sandbox.url,
    workerStateDir: stateDir,
    guardsUrl: guards.url,
    cronUrl: cron.url,
    browserWsEndpoint: browser?.wsEndpoint() ?? '',
  }
  return { lane, worker, guards, sandbox, turnstile, cron: cron.server, browser }
}

export async function setup(project: TestProject) {
  const files = laneFiles(project)
  if (files.length === 0) return project.provide('lanes', [])
  root = await mkdtemp(join(tmpdir(), 'iop-test-'))
  const lanes = laneCount(project, files)
  const stateDirs = Array.from({ length: lanes }, (_, i) => join(root, `lane-${i + 1}`))
  // Migrate and seed once (in process: scripts/local-worker.mjs) into a template, then give every
  // lane a copy; the template stays untouched for tests that start a Worker of their own
  // (test/support/seeded.ts).
  const template = join(root, 'template')
  // Bundled once, as `wrangler deploy` would upload them, for every Worker of the run.
  const [main, guards] = await Promise.all([
    bundleWorker({ outdir: join(root, 'bundle', 'main') }),
    bundleWorker({ outdir: join(root, 'bundle', 'guards'), config: GUARDS_CONFIG }),
    prepareDatabase({ persistTo: join(template, 'main'), quiet: true }),
    prepareDatabase({ persistTo: join(template, 'guards'), quiet: true, config: GUARDS_CONFIG }).then(() => addLimitsTenant(join(template, 'guards'))),
  ])
  const bundles = { main, guards }
  await Promise.all(stateDirs.map((dir) => cp(join(template, 'main'), dir, { recursive: true }).then(() => cp(join(template, 'guards'), join(dir, 'guards'), { recursive: true }))))
  const withBrowser = files.some((f) => f.includes('/test/browser/'))
  stacks = await allOrStop(stateDirs.map((dir, i) => startStack(i + 1, dir, bundles, withBrowser)), stopStack)
  project.provide('lanes', stacks.map((s) => s.lane))
  project.provide('seededStateDir', join(template, 'main'))
  project.provide('workerBundle', bundles.main)
}

export async function teardown() {
  // Keep what the Workers printed, for diagnosing a failed run (test-results/ is git-ignored):
  // worker.log and guards-worker.log for lane 1, worker-2.log and guards-worker-2.log for lane 2…
  await mkdir('test-results', { recursive: true })
  for (const { lane, worker, guards } of stacks) {
    const suffix = lane.n === 1 ? '' : `-${lane.n}`
    await writeFile(`test-results/worker${suffix}.log`, worker.output())
    await writeFile(`test-results/guards-worker${suffix}.log`, guards.output())
  }
  await Promise.all(stacks.map(stopStack))
  if (root) await rm(root, { recursive: true, force: true })
}
