import { defineConfig } from 'vitest/config'

// Three kinds of tests, as in README "Tests":
// - unit: pure domain and data code in Node (fast, table-driven, property-based);
// - worker: HTTP tests against the real Worker on workerd (wrangler dev + local D1);
// - browser: the demo page and widget in real headless Chromium, against the same Worker.
export default defineConfig({
  test: {
    // Two worker processes (the reference machine has 2 cores), one test file at a time in each.
    // Unit files share nothing; each integration file talks to the stack of its worker process's
    // lane (test/support/global-setup.ts "Lanes"), so no two files ever share a Worker, D1 or
    // port. `--no-file-parallelism` runs everything in one lane, as before.
    pool: 'forks',
    maxWorkers: 2,
    minWorkers: 1,
    // Builds widget/dist/ once per run for the tests that read it (root setup: always run).
    globalSetup: ['test/support/widget-package-build.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/worker/**/*.test.ts', 'test/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
})
