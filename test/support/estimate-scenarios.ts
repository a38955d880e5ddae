// The dev eval scenarios (test/fixtures/estimates-dev.jsonl) and the estimate fields they pin down:
// shared by the pure-domain test and the HTTP test, which must agree to the cent.
import { readFileSync } from 'node:fs'

export type Scenario = {
  name: string
  request: {
    payer: string
    state: string
    network: 'in' | 'out'
    program?: 'substance_use' | 'mental_health'
    benefits: {
      deductible?: { total: number; met: number }
      outOfPocketMax?: { total: number; met: number }
      coinsurance?: number
      copay?: number
      deductibleApplies?: boolean
    }
    treatment: { daysPerWeek: number; weeks: number; chargePerDay: number; allowedPerDay: number }
  }
  expected: Record<string, unknown>
}

export const SCENARIOS: Scenario[] = readFileSync(new URL('../fixtures/estimates-dev.jsonl', import.meta.url), 'utf8')
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

/** The compared fields of an estimate (or of a scenario's expectation). */
export const pickCompared = (o: Record<string, unknown>) => Object.fromEntries(COMPARED.map((k) => [k, o[k]]))
