// The payer's word on the coverage (a 271) applied to a coverage check: inactive coverage is not
// covered, the 271's prior-authorization flag beats the rules', and an empty side of a 271 is no
// benefits (typical values stand in), never "no deductible, no coinsurance".
import { describe, expect, it } from 'vitest'
import { PAYERS_BY_ID } from '../../worker/data/payers'
import { PAYER_MATCHER } from '../../worker/data/payers/matcher'
import { PROFILES, RULES } from '../../worker/data/rules'
import { checkCoverage } from '../../worker/domain/coverage/check'
import { benefitsFrom271, withEligibility } from '../../worker/domain/coverage/from-eligibility'
import { resolvePayer } from '../../worker/domain/payer/resolve'

const aetna = () =>
  checkCoverage(
    { payer: resolvePayer(PAYER_MATCHER, PAYERS_BY_ID, { id: 'aetna' }), state: 'TX' },
    { rules: RULES, profiles: PROFILES, directory: PAYERS_BY_ID },
  )

describe('benefitsFrom271', () => {
  it('is undefined for a side with no figures, and the figures otherwise', () => {
    expect(benefitsFrom271({})).toBeUndefined()
    expect(benefitsFrom271({ coinsurance: 0.2 })).toEqual({ coinsurance: 0.2 })
  })
})

describe('withEligibility', () => {
  it('answers inactive coverage as not covered, first step saying so', () => {
    const r = withEligibility(aetna(), 'inactive', 'unknown')
    expect(r.coverage.status).toBe('not_covered')
    expect(r.nextSteps[0]).toMatch(/inactive/)
  })

  it('keeps an active answer, and takes the payer’s prior-authorization flag over the rules’ "varies"', () => {
    const before = aetna()
    expect(before.coverage.priorAuthorization).toBe('varies')
    const r = withEligibility(before, 'active', 'required')
    expect(r.coverage.status).toBe(before.coverage.status)
    expect(r.coverage.priorAuthorization).toBe('required')
    expect(r.nextSteps.filter((s) => /prior authorization/i.test(s))).toHaveLength(1)
    expect(withEligibility(before, 'active', 'unknown').coverage.priorAuthorization).toBe('varies')
  })

  it('does not change the check it is given', () => {
    const before = aetna()
    const copy = structuredClone(before)
    withEligibility(before, 'inactive', 'required')
    expect(before).toEqual(copy)
  })
})
