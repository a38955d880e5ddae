// Starts one real Worker (wrangler dev on workerd, with a fresh migrated and seeded local D1)
// for the integration tests, and records everything it logs to a file the tests can read.
import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { prepareDatabase, startWorker, type LocalWorker } from '../../scripts/local-worker.mjs'
import { startSandboxClearinghouse, type SandboxClearinghouse } from '../../scripts/sandbox-clearinghouse.mjs'

declare module 'vitest' {
  export interface ProvidedContext {
    workerUrl: string
    workerLogFile: string
    sandboxUrl: string
    /** The worker's local state directory, for tests that read raw D1 rows (test/support/d1.ts). */
    workerStateDir: string
  }
}

let worker: LocalWorker | undefined
let sandbox: SandboxClearinghouse | undefined
let stateDir = ''
let flush: NodeJS.Timeout | undefined

export async function setup(project: TestProject) {
  stateDir = await mkdtemp(join(tmpdir(), 'iop-test-'))
  await prepareDatabase({ persistTo: stateDir, quiet: true })
  // Real-time eligibility checks go to the local sandbox clearinghouse; its slow member answers
  // after 25 s, so a 5 s deadline keeps the timeout test short. A short webhook timeout keeps the
  // "webhook hangs" test quick; production uses wrangler.toml's.
  sandbox = await startSandboxClearinghouse()
  worker = await startWorker({
    persistTo: stateDir,
    quiet: true,
    vars: {
      CLEARINGHOUSE_URL: sandbox.endpoint,
      CLEARINGHOUSE_TIMEOUT_MS: '5000',
      WEBHOOK_TIMEOUT_MS: '1500',
    },
  })
  const logFile = join(stateDir, 'worker.log')
  // Write then rename, so a reader never sees the file truncated mid-write (an empty log would
  // make "the logs hold no PHI" assertions pass vacuously).
  let writing = false
  flush = setInterval(() => {
    if (writing) return
    writing = true
    void writeFile(`${logFile}.tmp`, worker!.output())
      .then(() => rename(`${logFile}.tmp`, logFile))
      .catch(() => {})
      .finally(() => (writing = false))
  }, 100)
  flush.unref()
  project.provide('workerUrl', worker.url)
  project.provide('workerLogFile', logFile)
  project.provide('sandboxUrl', sandbox.url)
  project.provide('workerStateDir', stateDir)
}

export async function teardown() {
  clearInterval(flush)
  await worker?.stop()
  await sandbox?.stop()
  await rm(stateDir, { recursive: true, force: true })
}
