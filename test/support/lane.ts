// The integration stack of the file that is running (test/support/global-setup.ts "Lanes"):
// lane N serves the files Vitest runs in worker process N, one file at a time.
import { inject } from 'vitest'

export type Lane = {
  n: number
  workerUrl: string
  /** Everything the lane's Worker has printed, appended as it prints it. */
  workerLogFile: string
  sandboxUrl: string
  /** The Worker's local state directory, for tests that read raw D1 rows (test/support/d1.ts). */
  workerStateDir: string
  guardsUrl: string
  /** Runs the Worker's Cron Trigger once (global-setup.ts `cronTrigger`); use `runCron()`. */
  cronUrl: string
  /** The lane's Chromium (`chromium.launchServer`), for `launchChromium()` in browser.ts. */
  browserWsEndpoint: string
}

export function lane(): Lane {
  const lanes = inject('lanes')
  const pool = Number(process.env.VITEST_POOL_ID ?? '1')
  return lanes[(pool - 1) % lanes.length]!
}
