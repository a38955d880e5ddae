/**
 * @module
 * The HTTP scenarios of bench/http.ts, shared with bench/profile.ts so that the profile is of the
 * very requests the throughput ratios are measured with.
 */
// Staff calls (the local demo staff key): the load comes from one address, which the per-IP and
// per-site-key abuse limits of widget calls would (rightly) throttle.
export const STAFF = { authorization: 'Bearer sk_test_demo' }

/** The trivial route first: every other scenario is compared with it. */
export const SCENARIOS = [
  { name: 'GET /health (baseline)', method: 'GET', path: '/health' },
  { name: 'GET /v1/payers typeahead', method: 'GET', path: '/v1/payers?q=blue%20cross&state=TX' },
  {
    name: 'POST /v1/coverage/checks quick',
    method: 'POST',
    path: '/v1/coverage/checks',
    headers: STAFF,
    body: { payer: 'bcbs', state: 'TX', program: 'substance_use' },
  },
  {
    name: 'POST /v1/coverage/checks full benefits',
    method: 'POST',
    path: '/v1/coverage/checks',
    headers: STAFF,
    body: {
      payer: 'Aetna',
      state: 'TX',
      plan: 'Aetna Choice POS II',
      program: 'substance_use',
      network: 'in',
      benefits: {
        deductible: { total: 150000, met: 50000 },
        outOfPocketMax: { total: 600000, met: 50000 },
        coinsurance: 0.2,
      },
      treatment: { daysPerWeek: 3, weeks: 12, chargePerDay: 60000, allowedPerDay: 40000 },
    },
  },
] as const

type Scenario = (typeof SCENARIOS)[number]

/** The load generator's request for a scenario (bench/http.ts measures it, bench/profile.ts profiles it). */
export function loadRequest(s: Scenario) {
  return {
    method: s.method,
    path: s.path,
    headers: 'headers' in s ? s.headers : undefined,
    body: 'body' in s ? s.body : undefined,
  }
}
