// The dev eval scenarios (test/fixtures/estimates-dev.jsonl) through the HTTP API of the real
// Worker: every compared field must match to the cent.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { postJson } from '../support/worker'
import { DEMO, staff } from '../support/tenants'

type Scenario = { name: string; request: Record<string, unknown>; expected: Record<string, unknown> }

const SCENARIOS: Scenario[] = readFileSync(new URL('../fixtures/estimates-dev.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as Scenario)

const COMPARED = [
  'days',
  'chargeTotal',
  'allowedTotal',
  'planPays',
  'patientPays',
  'breakdown',
  'outOfPocketMaxReachedOnDay',
  'weeks',
] as const
const pick = (o: Record<string, unknown>) => Object.fromEntries(COMPARED.map((k) => [k, o[k]]))

describe('POST /v1/coverage/checks: dev eval scenarios', () => {
  it.each(SCENARIOS.map((s) => [s.name, s] as const))('%s matches to the cent', async (_name, s) => {
    const res = await postJson('/v1/coverage/checks', s.request, { headers: staff(DEMO.staffKey) })
    expect(res.status).toBe(200)
    const body = (await res.json()) as { estimate: Record<string, unknown> }
    expect(pick(body.estimate)).toEqual(pick(s.expected))
  })
})
