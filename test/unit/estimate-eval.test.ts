// The dev eval scenarios (test/fixtures/estimates-dev.jsonl) through the pure domain code: the
// whole coverage check (payer match → rules → resolved inputs → estimator) and the estimator alone.
import { describe, expect, it } from 'vitest'
import { SCENARIOS, pickCompared } from '../support/estimate-scenarios'
import { PAYERS_BY_ID } from '../../worker/data/payers'
import { PAYER_MATCHER } from '../../worker/data/payers/matcher'
import { PROFILES, RULES } from '../../worker/data/rules'
import { checkCoverage } from '../../worker/domain/coverage/check'
import { estimateCourse } from '../../worker/domain/estimate/calculate'
import { resolvePayer } from '../../worker/domain/payer/resolve'

describe('dev eval scenarios through the coverage check', () => {
  it.each(SCENARIOS.map((s) => [s.name, s] as const))('%s matches to the cent', (_name, s) => {
    const { request } = s
    const result = checkCoverage(
      {
        payer: resolvePayer(PAYER_MATCHER, PAYERS_BY_ID, request.payer, { state: request.state }),
        state: request.state,
        network: request.network,
        ...(request.program ? { program: request.program } : {}),
        benefits: request.benefits,
        treatment: request.treatment,
      },
      { rules: RULES, profiles: PROFILES, directory: PAYERS_BY_ID },
    )
    expect(result.noEstimate).toBeNull()
    expect(pickCompared(result.estimate!)).toEqual(pickCompared(s.expected))
    // Every scenario's payer is in the directory, so none of them is answered as unknown.
    expect(result.payer).not.toBeNull()
  })
})

describe('dev eval scenarios through the estimator alone', () => {
  it.each(SCENARIOS.map((s) => [s.name, s] as const))('%s matches to the cent', (_name, s) => {
    const { benefits: b, treatment: t, network } = s.request
    const result = estimateCourse({
      network,
      ...t,
      deductible: b.deductible ?? null,
      outOfPocketMax: b.outOfPocketMax ?? null,
      coinsurance: b.coinsurance ?? 0,
      copay: b.copay ?? null,
      deductibleApplies: b.deductibleApplies ?? true,
    })
    expect(pickCompared(result)).toEqual(pickCompared(s.expected))
  })
})
