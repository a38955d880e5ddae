// Estimator throughput for a 16-week, 7-days-a-week course (112 days), in estimates per second and
// µs per estimate, median of several runs. Baseline, measured in the same run: the same per-day
// loop with floating-point coinsurance (what exact integer arithmetic replaces), so the ratio shows
// what exactness costs. Also times a whole quick check (rules + typical plan + range: 3 estimates).
// Run: npm run bench:estimator
import { PAYERS, PAYERS_BY_ID } from '../worker/data/payers'
import { PROFILES, RULES } from '../worker/data/rules'
import { checkCoverage } from '../worker/domain/coverage/check'
import { estimateCourse } from '../worker/domain/estimate/calculate'
import type { EstimateInput } from '../worker/domain/estimate/types'

const RUNS = 7
const ITERATIONS = 20_000

const COURSE: EstimateInput = {
  network: 'out',
  daysPerWeek: 7,
  weeks: 16,
  chargePerDay: 120000,
  allowedPerDay: 40000,
  deductible: { total: 300000, met: 50000 },
  outOfPocketMax: { total: 900000, met: 0 },
  coinsurance: 0.333,
  copay: null,
  deductibleApplies: true,
}

/** The baseline: same algorithm, float coinsurance (gets some half cents wrong). */
function floatEstimate(i: EstimateInput): number {
  let dedRem = i.deductible ? Math.max(0, i.deductible.total - i.deductible.met) : 0
  let oopRem = i.outOfPocketMax ? Math.max(0, i.outOfPocketMax.total - i.outOfPocketMax.met) : Infinity
  let patient = 0
  for (let d = 0; d < i.daysPerWeek * i.weeks; d++) {
    const dedPart = Math.min(i.allowedPerDay, dedRem)
    const share = Math.round((i.allowedPerDay - dedPart) * i.coinsurance)
    const dedPaid = Math.min(dedPart, oopRem)
    oopRem -= dedPaid
    dedRem -= dedPaid
    const sharePaid = Math.min(share, oopRem)
    oopRem -= sharePaid
    patient += dedPaid + sharePaid + Math.max(0, i.chargePerDay - i.allowedPerDay)
  }
  return patient
}

let sink = 0
function measure(label: string, iterations: number, fn: () => number): number {
  const perRun: number[] = []
  for (let run = 0; run < RUNS; run++) {
    const start = process.hrtime.bigint()
    for (let n = 0; n < iterations; n++) sink += fn()
    perRun.push(Number(process.hrtime.bigint() - start) / 1e3 / iterations)
  }
  perRun.sort((a, b) => a - b)
  const median = perRun[Math.floor(RUNS / 2)]!
  console.log(
    `${label.padEnd(44)} ${median.toFixed(2).padStart(8)} µs/estimate  ${Math.round(1e6 / median)
      .toLocaleString('en-US')
      .padStart(10)} /s  (median of ${RUNS} runs × ${iterations.toLocaleString('en-US')})`,
  )
  return median
}

const aetna = PAYERS.find((p) => p.id === 'aetna')!
const quickCheck = () =>
  checkCoverage(
    {
      payer: { id: aetna.id, name: aetna.name, kind: aetna.kind, confidence: 1, matchedBy: 'id', family: aetna.family, alternatives: [] },
      state: 'TX',
      plan: 'Aetna Choice POS II',
      treatment: { daysPerWeek: 7, weeks: 16 },
    },
    { rules: RULES, profiles: PROFILES, directory: PAYERS_BY_ID },
  ).estimate!.patientPays

console.log(`Estimator: 16 weeks × 7 days (112 days), node ${process.version}`)
measure('warm-up', ITERATIONS, () => estimateCourse(COURSE).patientPays)
const baseline = measure('baseline: float coinsurance loop', ITERATIONS, () => floatEstimate(COURSE))
const exact = measure('estimateCourse (exact integer cents, weeks)', ITERATIONS, () => estimateCourse(COURSE).patientPays)
const full = measure('checkCoverage quick check (3 estimates)', ITERATIONS / 4, quickCheck)
console.log(`ratio estimateCourse / baseline: ${(exact / baseline).toFixed(2)}×`)
console.log(`ratio quick check / estimateCourse: ${(full / exact).toFixed(2)}×`)
if (sink === 42) console.log('') // keep the results observable so nothing is optimized away
