// The dev eval scenarios (test/fixtures/estimates-dev.jsonl) through the HTTP API of the real
// Worker: every compared field must match to the cent.
import { describe, expect, it } from 'vitest'
import { SCENARIOS, pickCompared } from '../support/estimate-scenarios'
import { postJson } from '../support/worker'
import { DEMO, staff } from '../support/tenants'

describe('POST /v1/coverage/checks: dev eval scenarios', () => {
  it.each(SCENARIOS.map((s) => [s.name, s] as const))('%s matches to the cent', async (_name, s) => {
    const res = await postJson('/v1/coverage/checks', s.request, { headers: staff(DEMO.staffKey) })
    expect(res.status).toBe(200)
    const body = (await res.json()) as { estimate: Record<string, unknown> }
    expect(pickCompared(body.estimate)).toEqual(pickCompared(s.expected))
  })
})
