// Invariants of the estimator over random inputs (fast-check). On failure fast-check prints the
// seed and the shrunk counterexample; the seed is also logged here so a run can be replayed with
// `fc.assert(…, { seed })`.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { PAYERS, PAYERS_BY_ID } from '../../worker/data/payers'
import { PAYER_MATCHER } from '../../worker/data/payers/matcher'
import { PROFILES, RULES } from '../../worker/data/rules'
import { checkCoverage } from '../../worker/domain/coverage/check'
import { estimateCourse } from '../../worker/domain/estimate/calculate'
import { resolvePayer } from '../../worker/domain/payer/resolve'
import type { EstimateInput } from '../../worker/domain/estimate/types'

const SEED = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31)
const run = <Ts extends unknown[]>(property: fc.IPropertyWithHooks<Ts>) => {
  try {
    fc.assert(property, { seed: SEED, numRuns: 300, verbose: 1 })
  } catch (error) {
    console.error(`fast-check seed: ${SEED} (replay with FC_SEED=${SEED})`)
    throw error
  }
}

const cents = fc.integer({ min: 0, max: 2_000_000 })
const accumulator = fc.option(fc.record({ total: cents, met: cents }), { nil: null })
// Coinsurance with up to 6 decimal places, as the API accepts.
const coinsurance = fc.integer({ min: 0, max: 1_000_000 }).map((m) => m / 1_000_000)

const input: fc.Arbitrary<EstimateInput> = fc.record({
  network: fc.constantFrom('in' as const, 'out' as const),
  daysPerWeek: fc.integer({ min: 1, max: 7 }),
  weeks: fc.integer({ min: 1, max: 52 }),
  chargePerDay: fc.integer({ min: 0, max: 300_000 }),
  allowedPerDay: fc.integer({ min: 0, max: 300_000 }),
  deductible: accumulator,
  outOfPocketMax: accumulator,
  coinsurance,
  copay: fc.option(fc.integer({ min: 0, max: 50_000 }), { nil: null }),
  deductibleApplies: fc.boolean(),
})

const isCents = (n: number) => Number.isSafeInteger(n) && n >= 0

describe('estimator invariants', () => {
  it('patient + plan = allowed + balance billing', () => {
    run(
      fc.property(input, (i) => {
        const r = estimateCourse(i)
        expect(r.patientPays + r.planPays).toBe(r.allowedTotal + r.breakdown.balanceBilling)
      }),
    )
  })

  it('the patient never pays more than the out-of-pocket remaining plus balance billing', () => {
    run(
      fc.property(input, (i) => {
        fc.pre(i.outOfPocketMax !== null)
        const r = estimateCourse(i)
        const remaining = Math.max(0, i.outOfPocketMax!.total - i.outOfPocketMax!.met)
        expect(r.patientPays).toBeLessThanOrEqual(remaining + r.breakdown.balanceBilling)
      }),
    )
  })

  it('cost never falls when weeks or days per week grow', () => {
    run(
      fc.property(input, fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 6 }), (i, moreWeeks, moreDays) => {
        const r = estimateCourse(i)
        const longer = estimateCourse({ ...i, weeks: Math.min(52, i.weeks + moreWeeks) })
        const denser = estimateCourse({ ...i, daysPerWeek: Math.min(7, i.daysPerWeek + moreDays) })
        expect(longer.patientPays).toBeGreaterThanOrEqual(r.patientPays)
        expect(denser.patientPays).toBeGreaterThanOrEqual(r.patientPays)
        expect(longer.planPays).toBeGreaterThanOrEqual(r.planPays)
      }),
    )
  })

  it('every amount is a non-negative integer number of cents (no NaN)', () => {
    run(
      fc.property(input, (i) => {
        const r = estimateCourse(i)
        const amounts = [
          r.chargeTotal,
          r.allowedTotal,
          r.planPays,
          r.patientPays,
          ...Object.values(r.breakdown),
          ...r.weeks.flatMap((w) => [w.patientPays, w.planPays]),
        ]
        for (const a of amounts) expect(isCents(a)).toBe(true)
      }),
    )
  })

  it('weeks sum to the totals and the breakdown sums to what the patient pays', () => {
    run(
      fc.property(input, (i) => {
        const r = estimateCourse(i)
        expect(r.weeks).toHaveLength(i.weeks)
        expect(r.weeks.reduce((s, w) => s + w.patientPays, 0)).toBe(r.patientPays)
        expect(r.weeks.reduce((s, w) => s + w.planPays, 0)).toBe(r.planPays)
        const b = r.breakdown
        expect(b.deductible + b.coinsurance + b.copay + b.balanceBilling).toBe(r.patientPays)
        expect(r.days).toBe(i.daysPerWeek * i.weeks)
      }),
    )
  })

  it('names a cap day only when a cap exists, and within the course', () => {
    run(
      fc.property(input, (i) => {
        const r = estimateCourse(i)
        if (i.outOfPocketMax === null) expect(r.outOfPocketMaxReachedOnDay).toBeNull()
        else if (r.outOfPocketMaxReachedOnDay !== null) {
          expect(r.outOfPocketMaxReachedOnDay).toBeGreaterThanOrEqual(1)
          expect(r.outOfPocketMaxReachedOnDay).toBeLessThanOrEqual(r.days)
        }
      }),
    )
  })
})

describe('coverage check invariants', () => {
  const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined })
  const benefits = fc.record(
    {
      deductible: opt(fc.record({ total: cents, met: opt(cents) })),
      outOfPocketMax: opt(fc.record({ total: cents, met: opt(cents) })),
      coinsurance: opt(coinsurance),
      copay: opt(fc.integer({ min: 0, max: 50_000 })),
      deductibleApplies: opt(fc.boolean()),
    },
    { requiredKeys: [] },
  )
  const treatment = fc.record(
    {
      daysPerWeek: opt(fc.integer({ min: 1, max: 7 })),
      weeks: opt(fc.integer({ min: 1, max: 52 })),
      chargePerDay: opt(fc.integer({ min: 0, max: 300_000 })),
      allowedPerDay: opt(fc.integer({ min: 0, max: 300_000 })),
    },
    { requiredKeys: [] },
  )
  const strip = <T extends object>(o: T): T =>
    Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T

  it('applies given benefits exactly (missing = none) and never lists a given value as assumed', () => {
    run(
      fc.property(
        benefits,
        treatment,
        // A defunct payer has no plan to price (docs/architecture.md "The one answer"): no estimate at all.
        fc.constantFrom(...PAYERS.filter((p) => p.status !== 'defunct')),
        fc.constantFrom('in' as const, 'out' as const),
        (b, t, payer, network) => {
          const given = strip({ ...b, deductible: b.deductible && strip(b.deductible), outOfPocketMax: b.outOfPocketMax && strip(b.outOfPocketMax) })
          const r = checkCoverage(
            { payer: resolvePayer(PAYER_MATCHER, PAYERS_BY_ID, { id: payer.id }), network, benefits: given, treatment: strip(t) },
            { rules: RULES, profiles: PROFILES },
          )
          const expected = estimateCourse({
            network,
            daysPerWeek: r.estimate!.days / r.estimate!.weeks.length,
            weeks: r.estimate!.weeks.length,
            chargePerDay: r.estimate!.chargeTotal / r.estimate!.days,
            allowedPerDay: r.estimate!.allowedTotal / r.estimate!.days,
            deductible: b.deductible ? { total: b.deductible.total, met: b.deductible.met ?? 0 } : null,
            outOfPocketMax: b.outOfPocketMax ? { total: b.outOfPocketMax.total, met: b.outOfPocketMax.met ?? 0 } : null,
            coinsurance: b.coinsurance ?? 0,
            copay: b.copay ?? null,
            deductibleApplies: b.deductibleApplies ?? true,
          })
          expect(r.estimate!.patientPays).toBe(expected.patientPays)
          expect(r.estimate!.breakdown).toEqual(expected.breakdown)
          const assumed = r.estimate!.assumptions.map((a) => a.field)
          for (const [field, value] of Object.entries({ ...t, network })) {
            if (value !== undefined) expect(assumed).not.toContain(field === 'network' ? 'network' : `treatment.${field}`)
          }
          for (const [field, value] of Object.entries(b)) {
            if (value !== undefined) expect(assumed).not.toContain(`benefits.${field}`)
          }
          if (t.daysPerWeek !== undefined) expect(r.estimate!.days % t.daysPerWeek).toBe(0)
          if (t.weeks !== undefined) expect(r.estimate!.weeks).toHaveLength(t.weeks)
          if (t.allowedPerDay !== undefined) expect(r.estimate!.allowedTotal).toBe(t.allowedPerDay * r.estimate!.days)
        },
      ),
    )
  })
})
