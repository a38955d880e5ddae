// Quick checks people actually type, through POST /v1/coverage/checks: each answer must be useful.
// Expected values come from the rules (worker/data/rules) and hand calculations with the typical
// cost-sharing profiles; all use the default course of 3 days a week for 12 weeks (36 days).
import { describe, expect, it } from 'vitest'
import { OTHER, staff } from '../support/tenants'
import { postJson } from '../support/worker'

type Body = {
  payer: { id: string; kind: string } | null
  plan: { type: string | null; market: string | null; metalTier: string | null }
  coverage: {
    status: string
    priorAuthorization: string
    referralRequired: boolean | null
    behavioralHealthManager: { name: string; phone: string | null } | null
    billingCodes: string[]
    notes: string[]
    rule: { id: string }
  }
  estimate: {
    days: number
    allowedTotal: number
    patientPays: number
    assumptions: { field: string; value: unknown; why: string; origin: string }[]
    range?: { low: number; high: number }
  } | null
  noEstimate: string | null
  nextSteps: string[]
}

type Case = {
  request: Record<string, unknown>
  payer: { id: string; kind: string } | null
  status: string
  rule: string
  /**
   * Patient cost of the typical 36-day course, by hand from the rule's per diem and the profile;
   * null with the reason when there is no plan to price (docs/architecture.md "The one answer").
   */
  patientPays: number | null
  noEstimate?: string
  range?: { low: number; high: number }
  check?: (b: Body) => void
}

const assumed = (b: Body, field: string) => b.estimate!.assumptions.find((a) => a.field === field)?.value

const CASES: [string, Case][] = [
  [
    'bcbs in TX → BCBS of Texas',
    {
      request: { payer: 'bcbs', state: 'TX' },
      payer: { id: 'bcbs-texas', kind: 'commercial' },
      status: 'covered_with_conditions',
      rule: 'family-bcbs',
      // $400/day, $1,500 deductible, 20 %: 3 days 120000 + day 4 (30000 + 2000) + 32 × 8000 = 408000.
      patientPays: 408000,
      // Low: $500, 10 %: 40000 + (10000 + 3000) + 34 × 4000 = 189000. High: $7,000 then 50 %, 1,070,000 capped at $10,600.
      range: { low: 189000, high: 1060000 },
      check: (b) => expect(b.nextSteps.join(' ')).toMatch(/behavioral-health .*number on the back of your Blue card/),
    },
  ],
  [
    'medi-cal in CA → Medi-Cal, county Drug Medi-Cal',
    {
      request: { payer: 'medi-cal', state: 'CA' },
      payer: { id: 'medicaid-ca', kind: 'medicaid' },
      status: 'covered_with_conditions',
      rule: 'medicaid-ca',
      // No cost-sharing for most Medicaid members.
      patientPays: 0,
      check: (b) => {
        // DMC-ODS bars prior authorization for non-residential SUD care; mental health IOP depends on the county plan.
        expect(b.coverage.priorAuthorization).toBe('varies')
        expect(b.estimate!.allowedTotal).toBe(36 * 25000)
        // California's rules state no rate: the per diem is an illustration, never another state's program.
        const allowed = b.estimate!.assumptions.find((a) => a.field === 'treatment.allowedPerDay')!
        expect(allowed.why).not.toMatch(/Virginia/)
        expect(allowed.origin).toBe('typical')
        expect(b.nextSteps.join(' ')).toMatch(/county/)
      },
    },
  ],
  [
    'medicare → Original Medicare, Part B',
    {
      request: { payer: 'medicare' },
      payer: { id: 'medicare', kind: 'medicare' },
      status: 'covered_with_conditions',
      rule: 'kind-medicare',
      // $259.13/day; $283 deductible then 20 % (5182.6 → 5183 a day), no cap:
      // day 1 25913, day 2 2387 + 4705 (23526 × 0.2 = 4705.2), 34 × 5183 = 176222 → 209227.
      patientPays: 209227,
      check: (b) => {
        expect(b.coverage.billingCodes).not.toContain('S9480')
        expect(b.coverage.billingCodes).not.toContain('H0015')
        expect(b.coverage.billingCodes).toContain('0906')
        expect(assumed(b, 'benefits.deductible.total')).toBe(28300)
        expect(assumed(b, 'benefits.coinsurance')).toBe(0.2)
        expect(assumed(b, 'benefits.outOfPocketMax.total')).toBeNull()
        expect(b.coverage.notes.join(' ')).toMatch(/condition code 92/)
        expect(b.coverage.notes.join(' ')).toMatch(/S9480 is not payable by Medicare/)
      },
    },
  ],
  [
    'tricare west in CA → TriWest, approval varies, referral rules',
    {
      request: { payer: 'tricare west', state: 'CA' },
      payer: { id: 'tricare-west', kind: 'tricare' },
      status: 'covered_with_conditions',
      rule: 'payer-tricare-west',
      // $39 copay a day, capped at $1,000: 36 × 3900 = 140400 → 100000.
      patientPays: 100000,
      check: (b) => {
        // The TRICARE Operations Manual and the contractors' pages disagree: varies (issue 15).
        expect(b.coverage.priorAuthorization).toBe('varies')
        expect(b.coverage.behavioralHealthManager).toEqual({ name: 'TriWest Healthcare Alliance (TRICARE West)', phone: '1-888-874-9378' })
        expect(b.coverage.notes.join(' ')).toMatch(/Active-duty service members pay nothing but need a referral from their PCM/)
      },
    },
  ],
  [
    'humana gold plus in FL → Humana Medicare Advantage',
    {
      request: { payer: 'humana gold plus', state: 'FL' },
      payer: { id: 'humana-medicare', kind: 'medicare_advantage' },
      status: 'covered_with_conditions',
      rule: 'family-humana',
      // $259.13/day, 20 % (5182.6 → 5183), $6,000 cap not reached: 36 × 5183 = 186588.
      patientPays: 186588,
      check: (b) => {
        expect(b.plan.market).toBe('medicare_advantage')
        expect(b.coverage.notes.join(' ')).toMatch(/Medicare Advantage plans cover the Part B IOP benefit/)
      },
    },
  ],
  [
    'ambetter in GA, Ambetter Silver 1 → silver tier typicals',
    {
      request: { payer: 'ambetter', state: 'GA', plan: 'Ambetter Silver 1' },
      payer: { id: 'ambetter', kind: 'marketplace' },
      status: 'covered_with_conditions',
      rule: 'family-centene',
      // $400/day, $5,000 deductible then 30 %: 12 × 40000 + (20000 + 6000) + 23 × 12000 = 782000 (< $9,500 cap).
      patientPays: 782000,
      check: (b) => {
        expect(b.plan).toMatchObject({ market: 'individual', metalTier: 'silver' })
        expect(assumed(b, 'benefits.deductible.total')).toBe(500000)
        expect(assumed(b, 'benefits.coinsurance')).toBe(0.3)
        expect(b.coverage.notes.join(' ')).toMatch(/essential health benefit/)
      },
    },
  ],
  [
    'optum behavioral health → a manager, not an insurer',
    {
      request: { payer: 'optum behavioral health' },
      payer: { id: 'optum-behavioral-health', kind: 'other' },
      status: 'unknown',
      rule: 'family-bh-manager',
      patientPays: 408000,
      check: (b) => {
        expect(b.coverage.behavioralHealthManager).toEqual({ name: 'Optum Behavioral Health', phone: null })
        expect(b.coverage.notes.join(' ')).toMatch(/not your insurer/)
        expect(b.nextSteps.join(' ')).toMatch(/health plan named on the front of your card/)
      },
    },
  ],
  [
    'bright health → defunct, said so',
    {
      request: { payer: 'bright health' },
      payer: { id: 'bright-health', kind: 'marketplace' },
      status: 'not_covered',
      rule: 'kind-marketplace',
      patientPays: null,
      noEstimate: 'payer_defunct',
      check: (b) => {
        expect(b.nextSteps[0]).toMatch(/^Bright Health no longer offers coverage/)
        expect(b.nextSteps.join(' ')).not.toMatch(/prior authorization/)
      },
    },
  ],
  [
    'asdfgh → unknown, next steps',
    {
      request: { payer: 'asdfgh' },
      payer: null,
      status: 'unknown',
      rule: 'default',
      patientPays: null,
      noEstimate: 'payer_unknown',
      check: (b) => {
        expect(b.coverage.priorAuthorization).toBe('unknown')
        expect(b.nextSteps.join(' ')).toMatch(/back of your insurance card/)
      },
    },
  ],
]

describe('POST /v1/coverage/checks: quick checks people do', () => {
  it.each(CASES)('%s', async (_name, c) => {
    // As staff of the partner without payer contracts, so only the rules speak.
    const res = await postJson('/v1/coverage/checks', c.request, { headers: staff(OTHER.staffKey) })
    expect(res.status).toBe(200)
    const body = (await res.json()) as Body
    if (c.payer) expect(body.payer).toMatchObject(c.payer)
    else expect(body.payer).toBeNull()
    expect(body.coverage.status).toBe(c.status)
    expect(body.coverage.rule.id).toBe(c.rule)
    expect(body.nextSteps.length).toBeGreaterThan(0)
    c.check?.(body)
    if (c.patientPays === null) {
      expect(body.estimate).toBeNull()
      expect(body.noEstimate).toBe(c.noEstimate)
      return
    }
    expect(body.noEstimate).toBeNull()
    const estimate = body.estimate!
    expect(estimate.days).toBe(36)
    expect(estimate.patientPays).toBe(c.patientPays)
    // A quick check has no member benefits, so every priced answer carries a range around the estimate.
    expect(estimate.range).toBeDefined()
    expect(estimate.range!.low).toBeLessThanOrEqual(c.patientPays)
    expect(estimate.range!.high).toBeGreaterThanOrEqual(c.patientPays)
    if (c.range) expect(estimate.range).toMatchObject(c.range)
  })
})
