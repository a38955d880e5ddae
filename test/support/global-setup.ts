// Starts one real Worker (wrangler dev on workerd, with a fresh migrated and seeded local D1)
// for the integration tests, and records everything it logs to a file the tests can read.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
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
  // after 25 s, so a 5 s deadline keeps the timeout test short.
  sandbox = await startSandboxClearinghouse()
  worker = await startWorker({
    persistTo: stateDir,
    quiet: true,
    vars: { CLEARINGHOUSE_URL: sandbox.endpoint, CLEARINGHOUSE_TIMEOUT_MS: '5000' },
  })
  const logFile = join(stateDir, 'worker.log')
  flush = setInterval(() => void writeFile(logFile, worker!.output()).catch(() => {}), 100)
  flush.unref()
  project.provide('workerUrl', worker.url)
  project.provide('workerLogFile', logFile)
  project.provide('sandboxUrl', sandbox.url)
}

export async function teardown() {
  clearInterval(flush)
  await worker?.stop()
  await sandbox?.stop()
  await rm(stateDir, { recursive: true, force: true })
}
