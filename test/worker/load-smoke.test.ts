// The short, CI-sized version of `npm run bench:soak`: coverage checks and the health route under
// concurrent load on the real local Worker. Asserts correctness under load (every request
// answered, no 5xx), never timing: throughput and latency are measured by the benchmarks.
// Starts first: each route is loaded for a fixed 3 s.
import { describe, expect, it } from 'vitest'
import { runLoad } from '../../bench/load/load-generator'
import { workerUrl } from '../support/worker'

const STAFF = { authorization: 'Bearer sk_test_demo' }

describe('under concurrent load', () => {
  it.each([
    ['GET /health', { method: 'GET' as const, path: '/health' }],
    [
      'POST /v1/coverage/checks (quick check)',
      { method: 'POST' as const, path: '/v1/coverage/checks', headers: STAFF, body: { payer: 'bcbs', state: 'TX' } },
    ],
    [
      'POST /v1/coverage/checks (full benefits)',
      {
        method: 'POST' as const,
        path: '/v1/coverage/checks',
        headers: STAFF,
        body: {
          payer: 'Aetna',
          state: 'TX',
          benefits: { deductible: { total: 150000, met: 0 }, outOfPocketMax: { total: 300000, met: 0 }, coinsurance: 0.2 },
          treatment: { daysPerWeek: 5, weeks: 4, chargePerDay: 40000, allowedPerDay: 40000 },
        },
      },
    ],
  ])('%s: every request answered 2xx, no transport error, no 5xx', async (_, spec) => {
    const result = await runLoad({ url: workerUrl(), concurrency: 16, durationMs: 3000, warmupMs: 300, maxRequests: 3000, ...spec })
    expect(result.requests).toBeGreaterThan(0)
    expect(result.errors).toBe(0)
    expect(Object.keys(result.statuses)).toEqual(['200'])
  })
})
