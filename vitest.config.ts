import { defineConfig } from 'vitest/config'

// Three kinds of tests, as in README "Tests":
// - unit: pure domain and data code in Node (fast, table-driven, property-based);
// - worker: HTTP tests against the real Worker on workerd (wrangler dev + local D1);
// - browser: the demo page and widget in real headless Chromium, against the same Worker.
export default defineConfig({
  test: {
    // One local workerd and one Chromium serve every integration file; keep the 2-core machine calm.
    fileParallelism: false,
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
