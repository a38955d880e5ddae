// Starts one real Worker (wrangler dev on workerd, with a fresh migrated and seeded local D1)
// for the integration tests, and records everything it logs to a file the tests can read.
// Also starts the fake Turnstile Siteverify (scripts/fake-turnstile.mjs) both Workers verify
// against, and the guard harness Worker (test/guards/) with its own D1.
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { FAKE_SECRET, startFakeTurnstile, type FakeTurnstile } from '../../scripts/fake-turnstile.mjs'
import { openLocalDatabase, prepareDatabase, startWorker, type LocalWorker } from '../../scripts/local-worker.mjs'
import { startSandboxClearinghouse, type SandboxClearinghouse } from '../../scripts/sandbox-clearinghouse.mjs'

declare module 'vitest' {
  export interface ProvidedContext {
    workerUrl: string
    workerLogFile: string
    sandboxUrl: string
    /** The worker's local state directory, for tests that read raw D1 rows (test/support/d1.ts). */
    workerStateDir: string
    guardsUrl: string
  }
}

const GUARDS_CONFIG = 'test/guards/wrangler.toml'

let worker: LocalWorker | undefined
let sandbox: SandboxClearinghouse | undefined
let guards: LocalWorker | undefined
let turnstile: FakeTurnstile | undefined
let stateDir = ''
let flush: NodeJS.Timeout | undefined

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

export async function setup(project: TestProject) {
  stateDir = await mkdtemp(join(tmpdir(), 'iop-test-'))
  const guardsState = join(stateDir, 'guards')
  turnstile = await startFakeTurnstile()
  // Real-time eligibility checks go to the local sandbox clearinghouse; its slow member answers
  // after 25 s, so a 5 s deadline keeps the timeout test short. A short webhook timeout keeps the
  // "webhook hangs" test quick; production uses wrangler.toml's.
  sandbox = await startSandboxClearinghouse()
  await Promise.all([
    prepareDatabase({ persistTo: stateDir, quiet: true }),
    prepareDatabase({ persistTo: guardsState, quiet: true, config: GUARDS_CONFIG }).then(() => addLimitsTenant(guardsState)),
  ])
  ;[worker, guards] = await Promise.all([
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
  ])
  const logFile = join(stateDir, 'worker.log')
  // Written aside, then renamed: a reader never sees a half-written (or truncated) file, and an
  // empty log would make "the logs hold no PHI" assertions pass vacuously.
  let writing = false
  flush = setInterval(() => {
    if (writing) return
    writing = true
    writeFile(`${logFile}.tmp`, worker!.output())
      .then(() => rename(`${logFile}.tmp`, logFile))
      .catch(() => {})
      .finally(() => (writing = false))
  }, 100)
  flush.unref()
  project.provide('workerUrl', worker.url)
  project.provide('workerLogFile', logFile)
  project.provide('sandboxUrl', sandbox.url)
  project.provide('workerStateDir', stateDir)
  project.provide('guardsUrl', guards.url)
}

export async function teardown() {
  clearInterval(flush)
  // Keep what both Workers printed, for diagnosing a failed run (test-results/ is git-ignored).
  await mkdir('test-results', { recursive: true })
  await writeFile('test-results/worker.log', worker?.output() ?? '')
  await writeFile('test-results/guards-worker.log', guards?.output() ?? '')
  await Promise.all([worker?.stop(), guards?.stop(), sandbox?.stop(), turnstile?.stop()])
  await rm(stateDir, { recursive: true, force: true })
}
