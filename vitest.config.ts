import { defineConfig } from 'vitest/config'
import IntegrationFirst from './test/support/sequencer'

// Four kinds of tests, as in README "Test":
// - unit: pure domain and data code in Node (fast, table-driven, property-based);
// - worker: HTTP tests against the real Worker on workerd (its deploy bundle in Miniflare + local D1);
// - browser: the demo page and widget in real headless Chromium, against the same Worker;
// - tools: the database, deploy and package tooling checked against wrangler, tsc and the
//   custom-elements analyzer, which they run (no lane).
export default defineConfig({
  test: {
    // Four worker processes, one test file at a time in each. Unit files share nothing; each
    // integration file talks to the stack of its worker process's lane (test/support/
    // global-setup.ts "Lanes"), so no two files ever share a Worker, D1 or port. Four on the
    // reference machine's 2 cores, because part of an integration file's time is waiting on real
    // time (a webhook retry's 30 s backoff, a rate-limit window, a clearinghouse deadline) that
    // the other lanes fill: 3 lanes 114 s, 4 lanes 103 s of Vitest time with no duration cache,
    // the cores ~97 % busy with four (README "Test"). `--no-file-parallelism` gives one lane.
    pool: 'forks',
    maxWorkers: 4,
    // The four processes live for the whole run and take file after file (the pool's
    // `isolate: false`); each project still says whether a file gets fresh modules (below). With
    // the pool isolating, every one of the 120 files started a Node process of its own, loading
    // Vitest, Playwright and undici again: 20 of the run's 60 CPU-s in worker processes.
    // `minWorkers` equal to `maxWorkers`: tinypool 1.1 ends an idle process above the minimum
    // and can end it twice ("Terminating worker thread", vitest#8133) when a project's files
    // are done; none is ever idle above the minimum here.
    // Vitest runs the projects one after the other when the pool keeps its processes: the
    // integration files first, then the unit files.
    minWorkers: 4,
    poolOptions: { forks: { isolate: false } },
    sequence: { sequencer: IntegrationFirst },
    // Builds widget/dist/ once per run, beside the tests, for the two that read it (root setup:
    // always run).
    globalSetup: ['test/support/widget-package-build.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          // One module graph per worker process, not one per file: the unit files mock, stub and
          // patch nothing global (no vi.mock, stubGlobal, fake timers or env writes), and
          // importing the domain afresh for each of them was a quarter of their CPU time.
          isolate: false,
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          // Fresh modules for each file (its own `vi.setConfig`, its own lane helpers' state), in
          // the lane's long-lived process.
          isolate: true,
          include: ['test/worker/**/*.test.ts', 'test/browser/**/*.test.ts', 'test/tools/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/support/global-setup.ts'],
          // Twice Playwright's own 30 s waits, so a stuck browser step fails naming its locator
          // (test/support/browser.ts). Set here, not with `vi.setConfig` in a file: in a worker
          // process that lives for several files, Vitest 3's `vi` keeps the first file's state,
          // so a later file's `vi.setConfig` changes nothing.
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
})
