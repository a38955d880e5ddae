// The estimator, case by case. Every expected value is worked out by hand in the comment above it
// from docs/architecture.md "The estimate algorithm", never taken from a run of the code.
import { describe, expect, it } from 'vitest'
import { estimateCourse } from '../../worker/domain/estimate/calculate'
import { explainEstimate } from '../../worker/domain/estimate/explain'
import { hasAtMostSixDecimals, shareOf } from '../../worker/domain/estimate/money'
import { formatMoney } from '../../worker/domain/money/format'
import type { EstimateInput } from '../../worker/domain/estimate/types'

const base: EstimateInput = {
  network: 'in',
  daysPerWeek: 5,
  weeks: 4,
  chargePerDay: 40000,
  allowedPerDay: 40000,
  deductible: null,
  outOfPocketMax: null,
  coinsurance: 0,
  copay: null,
  deductibleApplies: true,
}

describe('shareOf: coinsurance in exact integer arithmetic, half up', () => {
  it.each([
    // 12345 × 0.5 = 6172.5 → 6173
    [12345, 500000, 6173],
    // 20485 × 0.7 = 14339.5 exactly (a double says 14339.499…) → 14340
    [20485, 700000, 14340],
    // 20490 × 0.35 = 7171.5 exactly (a double says 7171.4999…) → 7172
    [20490, 350000, 7172],
    // 42000 × 0.333 = 13986 exactly
    [42000, 333000, 13986],
    // 1 × 0.000001 = 0.000001 → 0; 1 × 0.5 = 0.5 → 1
    [1, 1, 0],
    [1, 500000, 1],
    [0, 700000, 0],
    // 100 × 1 = 100
    [100, 1000000, 100],
  ])('%i cents × %i/10⁶ = %i', (cents, millionths, expected) => {
    expect(shareOf(cents, millionths)).toBe(expected)
  })

  it('stays exact beyond 2^53 through BigInt', () => {
    // 10^10 + 1 cents × 0.5 = 5·10^9 + 0.5 → 5000000001
    expect(shareOf(10_000_000_001, 500000)).toBe(5_000_000_001)
  })
})

describe('money helpers', () => {
  it.each([
    [150000, '$1,500'],
    [6173, '$61.73'],
    [5, '$0.05'],
    [0, '$0'],
  ])('formats %i cents as %s', (cents, text) => expect(formatMoney(cents)).toBe(text))

  it.each([
    [0.2, true],
    [0.333333, true],
    [0.1234567, false],
  ])('%f has at most six decimals: %s', (f, ok) => expect(hasAtMostSixDecimals(f)).toBe(ok))
})

describe('estimateCourse', () => {
  it('applies deductible, then coinsurance (the worked example: $2,800)', () => {
    // 20 days × $400. Days 1–3: $400 each to the deductible ($1,200). Day 4: the last $300 of it,
    // then 20 % of $100 = $20. Days 5–20: 20 % of $400 = $80 × 16 = $1,280.
    // Patient: $1,500 + $20 + $1,280 = $2,800; plan: $8,000 − $2,800 = $5,200.
    // Week 1: 400 + 400 + 400 + 320 + 80 = $1,600; weeks 2–4: 5 × $80 = $400.
    const r = estimateCourse({
      ...base,
      deductible: { total: 150000, met: 0 },
      outOfPocketMax: { total: 300000, met: 0 },
      coinsurance: 0.2,
    })
    expect(r.patientPays).toBe(280000)
    expect(r.planPays).toBe(520000)
    expect(r.breakdown).toEqual({ deductible: 150000, coinsurance: 130000, copay: 0, balanceBilling: 0 })
    expect(r.weeks.map((w) => w.patientPays)).toEqual([160000, 40000, 40000, 40000])
    expect(r.outOfPocketMaxReachedOnDay).toBeNull()
  })

  it('names the first day after which the out-of-pocket maximum is reached', () => {
    // $450 a day, $1,000 deductible, 30 %, $2,500 cap. Day 1: $450 (left 2,050); day 2: $450
    // (left 1,600); day 3: $100 + 30 % × $350 = $205 (left 1,395); days 4–13: $135 each (left
    // 45); day 14: $45 → cap reached after day 14. Patient $2,500 in all.
    const r = estimateCourse({
      ...base,
      daysPerWeek: 4,
      weeks: 12,
      allowedPerDay: 45000,
      chargePerDay: 50000,
      deductible: { total: 100000, met: 0 },
      outOfPocketMax: { total: 250000, met: 0 },
      coinsurance: 0.3,
    })
    expect(r.outOfPocketMaxReachedOnDay).toBe(14)
    expect(r.patientPays).toBe(250000)
    expect(r.breakdown.deductible + r.breakdown.coinsurance).toBe(250000)
  })

  it('charges a copay per day, never more than the allowed amount, deductible waived', () => {
    // $50 copay, $30 allowed: the day costs min(50, 30) = $30; 20 days = $600; plan pays 0.
    const r = estimateCourse({
      ...base,
      allowedPerDay: 3000,
      chargePerDay: 3000,
      deductible: { total: 200000, met: 0 },
      copay: 5000,
      deductibleApplies: false,
    })
    expect(r.breakdown).toEqual({ deductible: 0, coinsurance: 0, copay: 60000, balanceBilling: 0 })
    expect(r.planPays).toBe(0)
  })

  it('prefers the copay when both copay and coinsurance are given', () => {
    // $150 copay beats 50 %: 20 × $150 = $3,000.
    const r = estimateCourse({ ...base, copay: 15000, coinsurance: 0.5 })
    expect(r.patientPays).toBe(300000)
    expect(r.breakdown.copay).toBe(300000)
  })

  it('balance bills out of network on top of the cap, and not in network', () => {
    // Cap already met (met ≥ total): cost-sharing is 0 from day 1 (reached "after day 1").
    // Out of network: $1,000 charge − $400 allowed = $600 a day × 20 = $12,000, uncapped.
    const out = estimateCourse({
      ...base,
      network: 'out',
      chargePerDay: 100000,
      outOfPocketMax: { total: 100000, met: 150000 },
      coinsurance: 0.4,
    })
    expect(out.patientPays).toBe(1200000)
    expect(out.breakdown.balanceBilling).toBe(1200000)
    expect(out.planPays).toBe(800000)
    expect(out.outOfPocketMaxReachedOnDay).toBe(1)
    const inNetwork = estimateCourse({ ...base, chargePerDay: 100000, coinsurance: 0.4 })
    expect(inNetwork.breakdown.balanceBilling).toBe(0)
  })

  it('never balance bills when the charge is below the allowed amount', () => {
    const r = estimateCourse({ ...base, network: 'out', chargePerDay: 30000 })
    expect(r.breakdown.balanceBilling).toBe(0)
  })

  it('clamps a deductible met above its total to nothing remaining', () => {
    // met $1,500 of a $1,000 deductible: nothing remains; 20 % × $400 × 20 = $1,600.
    const r = estimateCourse({ ...base, deductible: { total: 100000, met: 150000 }, coinsurance: 0.2 })
    expect(r.breakdown.deductible).toBe(0)
    expect(r.patientPays).toBe(160000)
  })

  it('splits weeks by daysPerWeek and sums them to the totals', () => {
    // 3 days × 2 weeks at $123.45 and 50 %: $61.73 a day (half up); week = $185.19 patient.
    const r = estimateCourse({ ...base, daysPerWeek: 3, weeks: 2, allowedPerDay: 12345, chargePerDay: 12345, coinsurance: 0.5 })
    expect(r.weeks).toEqual([
      { week: 1, patientPays: 18519, planPays: 18516 },
      { week: 2, patientPays: 18519, planPays: 18516 },
    ])
    expect(r.days).toBe(6)
  })
})

describe('explainEstimate', () => {
  it('says the deductible, the coinsurance and the total in dollars', () => {
    const input: EstimateInput = {
      ...base,
      deductible: { total: 150000, met: 0 },
      outOfPocketMax: { total: 300000, met: 0 },
      coinsurance: 0.2,
    }
    const text = explainEstimate(input, estimateCourse(input)).join(' ')
    expect(text).toContain('You pay the first $1,500 of allowed charges (your remaining deductible)')
    expect(text).toContain('Then you pay 20% of each day')
    expect(text).toContain('In total you pay about $2,800 and the plan pays $5,200.')
  })

  it('explains the balance bill and the day the cap is reached', () => {
    const input: EstimateInput = {
      ...base,
      network: 'out',
      chargePerDay: 100000,
      outOfPocketMax: { total: 100000, met: 0 },
      coinsurance: 1,
    }
    const text = explainEstimate(input, estimateCourse(input)).join(' ')
    // 100 % of $400 a day: $1,000 reached after day 3 (400 + 400 + 200).
    expect(text).toContain('after day 3')
    expect(text).toContain('does not count toward your out-of-pocket maximum')
  })
})
