// Medicaid by jurisdiction: every state, DC and Puerto Rico answers a coverage check with its own
// rule (never another state's, never only the generic Medicaid rule), with a primary source, and
// the states where a separate behavioral-health entity authorizes IOP name that entity even when
// the visitor's card is a physical-health managed-care plan. Uses the real rules, the real
// directory and the real coverage check.
import { describe, expect, it } from 'vitest'
import { PAYERS, PAYERS_BY_ID } from '../../worker/data/payers'
import { PROFILES, RULES } from '../../worker/data/rules'
import { MEDICAID_JURISDICTIONS } from '../../worker/data/rules/medicaid'
import { isPrimarySource } from '../../worker/data/rules/primary-sources'
import { checkCoverage } from '../../worker/domain/coverage/check'
import { rulesFor } from '../../worker/domain/coverage/resolve-rule'
import type { CoverageRule } from '../../worker/domain/coverage/rule-schema'
import type { PayerResolution } from '../../worker/domain/payer/resolve'
import type { PayerRecord } from '../../worker/domain/payer/types'

/** The 50 states, DC and Puerto Rico, written out so the data cannot define its own list. */
const JURISDICTIONS = [
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS',
  'KY', 'LA', 'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC',
  'ND', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY', 'PR',
]

const resolution = (payer: PayerRecord): PayerResolution => ({
  id: payer.id,
  name: payer.name,
  kind: payer.kind,
  confidence: 1,
  matchedBy: 'id',
  family: payer.family,
  ...(payer.behavioralHealthManager ? { behavioralHealthManager: payer.behavioralHealthManager } : {}),
  alternatives: [],
})
const payer = (id: string) => {
  const record = PAYERS_BY_ID.get(id)
  if (!record) throw new Error(`no payer ${id} in the directory`)
  return record
}
const check = (payerId: string, state: string) =>
  checkCoverage(
    { payer: resolution(payer(payerId)), state },
    { rules: RULES, profiles: PROFILES, directory: PAYERS_BY_ID },
  )
const stateRule = (state: string): CoverageRule => {
  const rule = RULES.find((r) => r.id === `medicaid-${state.toLowerCase()}`)
  if (!rule) throw new Error(`no rule for ${state}`)
  return rule
}

describe('one Medicaid rule per jurisdiction', () => {
  it('has exactly the 50 states, DC and Puerto Rico', () => {
    expect([...MEDICAID_JURISDICTIONS].sort()).toEqual([...JURISDICTIONS].sort())
    const stateRules = RULES.filter((r) => r.match.kinds?.includes('medicaid') && r.match.states?.length === 1 && !r.match.families)
    expect(stateRules.map((r) => r.match.states![0]).sort()).toEqual([...JURISDICTIONS].sort())
  })

  it.each(JURISDICTIONS)('%s: the state program answers with its own rule and a primary source', (state) => {
    const r = check(`medicaid-${state.toLowerCase()}`, state)
    // The winner is the state's rule (or its own state-program refinement), never the kind rule.
    expect(r.coverage.rule.id).toMatch(new RegExp(`^medicaid-${state.toLowerCase()}(-|$)`))
    expect(r.coverage.status).toBe('covered_with_conditions')
    expect(['required', 'not_required', 'varies']).toContain(r.coverage.priorAuthorization)
    expect(r.coverage.sources.some((s) => isPrimarySource(s.url))).toBe(true)
    // No other jurisdiction's rule takes part in the answer.
    const chain = rulesFor(RULES, { payerId: `medicaid-${state.toLowerCase()}`, family: 'state-medicaid', kind: 'medicaid', state, program: 'substance_use', network: 'in' })
    const otherStates = chain.flatMap((rule) => rule.match.states ?? []).filter((s) => s !== state)
    expect(otherStates).toEqual([])
    const rule = stateRule(state)
    expect(rule.programName).toEqual(expect.any(String))
    expect(rule.iopAuthorizedBy).toEqual(expect.any(String))
  })

  it.each(JURISDICTIONS)('%s: the per diem is the state’s own published rate or a generic typical one, never another state’s', (state) => {
    const r = check(`medicaid-${state.toLowerCase()}`, state)
    const allowed = r.estimate!.assumptions.find((a) => a.field === 'treatment.allowedPerDay')
    const rule = stateRule(state)
    if (rule.perDiem) {
      expect(rule.perDiem.basis).toBe('published_rate')
      expect(rule.perDiem.rateSource).toEqual(expect.any(String))
    } else {
      // No state rate: a typical per diem, labelled typical and illustrative in the answer.
      expect(rule.perDiem).toBeUndefined()
      expect(allowed?.origin).toBe('typical')
      expect(allowed?.why).toMatch(/illustrative/)
      expect(allowed?.why).toMatch(/not in our rules|not a rate this state publishes/)
    }
    // Virginia's ARTS rate is Virginia's alone.
    if (state !== 'VA') expect(allowed?.why).not.toMatch(/Virginia|ARTS/)
    // Medicaid: no cost-sharing for most members.
    expect(r.estimate!.patientPays).toBe(0)
  })

  it('a compiled state rule says, in the answer, that it was not re-read', () => {
    const r = check('medicaid-oh', 'OH')
    expect(r.coverage.notes.join(' ')).toMatch(/compiled from the state agency’s published program structure and not re-read today/)
    expect(r.coverage.sources[0]?.url).toBe('https://medicaid.ohio.gov/')
    // The rule itself is dated `compiled`, never `verified` (the answer's source entry reads
    // `rule.compiled` once the composition wires it; see the report of issue 15).
    expect(stateRule('OH')).toMatchObject({ compiled: '2026-12-03' })
    expect(stateRule('OH').verified).toBeUndefined()
    // A state whose program structure was re-read carries no such note.
    expect(check('medicaid-tx', 'TX').coverage.notes.join(' ')).not.toMatch(/not re-read today/)
    expect(stateRule('TX')).toMatchObject({ verified: '2026-12-03' })
  })
})

describe('who authorizes IOP', () => {
  it('Pennsylvania: the county Behavioral HealthChoices plan, not the physical-health plan on the card', () => {
    // AmeriHealth Caritas is a physical-health HealthChoices MCO (family medicaid-mco).
    const mco = check('amerihealth-caritas', 'PA')
    expect(mco.coverage.rule.id).toBe('medicaid-pa-plans')
    expect(mco.coverage.behavioralHealthManager?.name).toMatch(/^Your county’s Behavioral HealthChoices plan \(BH-MCO\)/)
    expect(mco.coverage.notes.join(' ')).toMatch(/IOP is authorized by Your county’s Behavioral HealthChoices plan .*, not by a physical-health plan/)
    // UPMC for You (a regional family) and the state program get the same entity from the state rule.
    expect(check('upmc-for-you', 'PA').coverage.behavioralHealthManager?.name).toMatch(/Behavioral HealthChoices/)
    const state = check('medicaid-pa', 'PA')
    expect(state.coverage.rule.id).toBe('medicaid-pa')
    expect(state.nextSteps.join(' ')).toMatch(/BH-MCO, not the physical-health plan on your card/)
    expect(stateRule('PA')).toMatchObject({ iopAuthorizedBy: 'behavioral_health_entity', managerOverridesPayer: true })
  })

  it('Connecticut: the Behavioral Health Partnership, with its published number, and prior authorization required', () => {
    const r = check('medicaid-ct', 'CT')
    // The directory names the partnership; the rule, naming the same directory id, gives its number.
    expect(r.coverage.behavioralHealthManager?.name).toMatch(/^Connecticut Behavioral Health Partnership \(CT BHP/)
    expect(r.coverage.behavioralHealthManager?.phone).toBe('1-877-552-8247')
    expect(r.coverage.priorAuthorization).toBe('required')
    expect(r.nextSteps[0]).toMatch(/call 1-877-552-8247/)
    expect(stateRule('CT').priorAuthorizationSources?.[0]?.url).toBe('http://cga.ct.gov/2013/rpt/2013-R-0045.htm')
  })

  it('Michigan: the region’s PIHP, even for a Medicaid health plan member', () => {
    const r = check('mclaren-health-plan', 'MI')
    expect(r.coverage.rule.id).toBe('medicaid-mi-plans')
    expect(r.coverage.behavioralHealthManager?.name).toMatch(/Prepaid Inpatient Health Plan \(PIHP\)/)
    expect(check('medicaid-mi', 'MI').coverage.priorAuthorization).toBe('required')
  })

  it('Colorado: the Regional Accountable Entity', () => {
    const r = check('medicaid-co', 'CO')
    expect(r.coverage.behavioralHealthManager?.name).toMatch(/^Your Regional Accountable Entity \(RAE\)/)
    expect(r.coverage.sources[0]?.url).toMatch(/^https:\/\/hcpf\.colorado\.gov\//)
    expect(r.coverage.sources[0]?.verified).toBe('2026-12-03')
    expect(check('colorado-access', 'CO').coverage.rule.id).toBe('medicaid-co-plans')
  })

  it('Arizona: the ACC plan, or the RBHA plan for members with a serious mental illness', () => {
    const r = check('arizona-complete-health', 'AZ')
    expect(r.coverage.rule.id).toBe('medicaid-az')
    expect(stateRule('AZ').iopAuthorizedBy).toBe('varies')
    expect(r.coverage.notes.join(' ')).toMatch(/AHCCCS Complete Care \(ACC\) plan .* serious mental illness \(SMI\) .* Regional Behavioral Health Authority \(RBHA\)/)
    expect(r.nextSteps.join(' ')).toMatch(/your RBHA plan if you have an SMI determination/)
  })

  it('a managed-care state names no entity: the plan on the card authorizes IOP', () => {
    const r = check('superior-healthplan', 'TX')
    expect(r.coverage.rule.id).toBe('medicaid-tx')
    expect(r.coverage.behavioralHealthManager).toBeNull()
    expect(stateRule('TX').iopAuthorizedBy).toBe('mco')
  })

  it('an entity that serves only the state’s own program is not named for managed-care members (New Jersey IME)', () => {
    expect(check('medicaid-nj', 'NJ').coverage.behavioralHealthManager).toEqual({
      name: 'New Jersey Interim Managing Entity (IME) Addictions Access Center, for fee-for-service substance use treatment',
      phone: '1-844-276-2777',
    })
    const mcoInNj = PAYERS.find((p) => p.kind === 'medicaid' && p.family === 'medicaid-mco' && p.states.includes('NJ'))!
    expect(check(mcoInNj.id, 'NJ').coverage.behavioralHealthManager).toBeNull()
  })

  it('Virginia keeps its ARTS rate and service authorization, sourced to Virginia', () => {
    const r = check('medicaid-va', 'VA')
    expect(r.coverage.rule.id).toBe('medicaid-va-fee-for-service')
    expect(r.coverage.priorAuthorization).toBe('required')
    expect(r.estimate!.assumptions.find((a) => a.field === 'treatment.allowedPerDay')?.value).toBe(25000)
    expect(stateRule('VA').perDiem).toMatchObject({ basis: 'published_rate', rateSource: 'https://www.dmas.virginia.gov/' })
  })
})
