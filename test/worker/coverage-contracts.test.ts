// A partner's in-network contract with a payer (seed/local.sql: demo ↔ Aetna, in network,
// $350.00 allowed per SUD day) supplies the estimate's network and per-diem defaults; a request's
// own values still win, and another partner without that contract gets the rules' typical rate.
import { describe, expect, it } from 'vitest'
import { DEMO, OTHER, staff } from '../support/tenants'
import { postJson } from '../support/worker'

type Body = {
  estimate: {
    days: number
    allowedTotal: number
    patientPays: number
    assumptions: { field: string; value: unknown; why: string }[]
  }
}

const check = async (key: string, request: Record<string, unknown>) => {
  const res = await postJson('/v1/coverage/checks', request, { headers: staff(key) })
  expect(res.status).toBe(200)
  return (await res.json()) as Body
}

// 3 days × 12 weeks = 36 days, 20 % coinsurance, no deductible or cap given.
const REQUEST = { payer: 'Aetna', state: 'TX', program: 'substance_use', benefits: { coinsurance: 0.2 }, treatment: { daysPerWeek: 3, weeks: 12 } }

describe("the partner's contract as estimate defaults", () => {
  it('uses the contracted $350.00 per day: 36 × $350.00 allowed, the patient pays 20 % = $2,520.00', async () => {
    const { estimate } = await check(DEMO.staffKey, REQUEST)
    expect(estimate.days).toBe(36)
    expect(estimate.allowedTotal).toBe(36 * 35_000)
    expect(estimate.patientPays).toBe(36 * 7_000)
    const allowed = estimate.assumptions.find((a) => a.field === 'treatment.allowedPerDay')
    expect(allowed).toMatchObject({ value: 35_000 })
    expect(allowed?.why).toMatch(/contracted rate/)
  })

  it("lets the request's own per-day amount win over the contract", async () => {
    const { estimate } = await check(DEMO.staffKey, { ...REQUEST, treatment: { daysPerWeek: 3, weeks: 12, allowedPerDay: 50_000 } })
    expect(estimate.allowedTotal).toBe(36 * 50_000)
    expect(estimate.patientPays).toBe(36 * 10_000)
  })

  it('does not apply one partner’s contract to another partner', async () => {
    const { estimate } = await check(OTHER.staffKey, REQUEST)
    const allowed = estimate.assumptions.find((a) => a.field === 'treatment.allowedPerDay')
    expect(allowed?.value).not.toBe(35_000)
    expect(allowed?.why).not.toMatch(/contracted rate/)
  })
})
