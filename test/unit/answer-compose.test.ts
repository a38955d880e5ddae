// composeAnswer, the one answer, as a pure function, with hand-built 271 entries (the reader's
// v0.2 fields `from`, `limits`, `authorizationContact` built by hand, as the contract states them).
// Expected amounts are hand calculations from DESIGN.md "The estimate algorithm".
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { PAYERS, PAYERS_BY_ID } from '../../worker/data/payers'
import { PROFILES, RULES } from '../../worker/data/rules'
import { composeAnswer, type AnswerInput } from '../../worker/domain/answer/compose'
import type { PartnerDefaults } from '../../worker/domain/coverage/types'
import { resolvePayer } from '../../worker/domain/payer/resolve'
import { PAYER_MATCHER } from '../../worker/data/payers/matcher'
import type { EligibilityEntry, IopFigures } from '../../worker/domain/x12/types'
import { entry, figures } from '../support/entries'

const OPTIONS = { rules: RULES, profiles: PROFILES, directory: PAYERS_BY_ID }
const compose = (input: AnswerInput, partnerDefaults?: PartnerDefaults) =>
  composeAnswer(input, { ...OPTIONS, ...(partnerDefaults ? { partnerDefaults } : {}) })
const byId = (id: string) => resolvePayer(PAYER_MATCHER, PAYERS_BY_ID, { id })!

/** 3 days a week for 2 weeks at $400 allowed: 6 days, $2,400 allowed. */
const SHORT = { daysPerWeek: 3, weeks: 2, allowedPerDay: 40000, chargePerDay: 40000 }
const optum = { name: 'OPTUM BEHAVIORAL HEALTH', phone: '8005551234' }

describe('the payer’s word from a 271 entry', () => {
  it('a carve-out with behavioral-health figures: the manager (with phone) and those figures; the plan’s general ones left out', () => {
    const a = compose({
      payer: byId('aetna'),
      state: 'TX',
      treatment: SHORT,
      eligibility: {
        entry: entry(
          { carveOut: optum },
          {
            deductible: { total: 100000, remaining: 100000 },
            coinsurance: 0.1,
            outOfPocketMax: { total: 300000, remaining: 300000 },
            from: { deductible: 'MH', coinsurance: 'AI', outOfPocketMax: '30' },
          },
        ),
      },
    })
    expect(a.coverage.behavioralHealthManager).toEqual({ name: optum.name, phone: optum.phone })
    expect(a.origins['coverage.behavioralHealthManager']).toBe('payer_271')
    expect(a.coverage.conditions[0]).toMatchObject({ kind: 'carve_out', origin: 'payer_271', contact: { name: optum.name, phone: optum.phone } })
    // $1,000 deductible: days 1–2 ($800) and $200 of day 3; then 10 %: $20 + 3 × $40 = $140.
    // The $3,000 out-of-pocket maximum is the plan's general (30) one: not applied; the typical
    // PPO's $5,000 stands in, said to be typical (not reached at $1,140).
    expect(a.noEstimate).toBeNull()
    expect(a.estimate!.patientPays).toBe(100000 + 2000 + 12000)
    expect(a.estimate!.assumptions.find((x) => x.field === 'benefits.outOfPocketMax')).toMatchObject({ value: 500000, origin: 'typical' })
    expect(a.coverage.notes.join(' ')).toContain('general (medical) ones')
  })

  it.each([
    ['only the plan’s general (30) figures', { deductible: { total: 200000, remaining: 200000 }, from: { deductible: '30' } }],
    ['figures without their service type (no `from`)', { deductible: { total: 200000, remaining: 200000 } }],
    ['no figures at all', {}],
  ] as [string, Partial<IopFigures>][])('a carve-out with %s: no price, the manager holds the benefits', (_name, inNetwork) => {
    const a = compose({ payer: byId('aetna'), state: 'TX', eligibility: { entry: entry({ carveOut: optum }, inNetwork) } })
    expect(a.estimate).toBeNull()
    expect(a.noEstimate).toBe('manager_holds_benefits')
    expect(a.nextSteps[0]).toBe(
      'OPTUM BEHAVIORAL HEALTH holds the behavioral-health benefits: call 8005551234 for the IOP deductible, coinsurance or copay, and out-of-pocket maximum; no price is shown until then.',
    )
  })

  it('prior authorization from EB11 with the authorization contact, and the payer’s day limit', () => {
    const a = compose({
      payer: byId('aetna'),
      state: 'TX',
      treatment: SHORT,
      eligibility: {
        entry: entry(
          {},
          {
            coinsurance: 0.2,
            priorAuthorization: 'required',
            authorizationContact: { name: 'UTILIZATION MANAGEMENT', phone: '8005550100' },
            limits: [{ quantity: 30, unit: 'days', period: 'per calendar year', serviceType: 'AI' }],
          },
        ),
      },
    })
    expect(a.coverage.priorAuthorization).toBe('required')
    expect(a.origins['coverage.priorAuthorization']).toBe('payer_271')
    expect(a.coverage.conditions).toContainEqual({
      kind: 'prior_authorization',
      text: 'Prior authorization is required before IOP starts.',
      origin: 'payer_271',
      contact: { name: 'UTILIZATION MANAGEMENT', phone: '8005550100' },
    })
    expect(a.coverage.conditions).toContainEqual({
      kind: 'visit_limit',
      text: 'Limit: 30 days per calendar year.',
      origin: 'payer_271',
      limit: { quantity: 30, unit: 'days', period: 'per calendar year' },
    })
    expect(a.coverage.status).toBe('covered_with_conditions')
    expect(a.nextSteps).toContain('Request the authorization from UTILIZATION MANAGEMENT: 8005550100.')
    // The 271 states no deductible or cap: unknown, not none, so the typical employer PPO's stand
    // in ($1,500 deductible, $5,000 cap, both said to be typical). 6 days × $400 = $2,400 allowed:
    // the first $1,500 is deductible, then 20 % of the remaining $900 = $180 → $1,680.
    expect(a.estimate!.assumptions.find((x) => x.field === 'benefits.deductible')).toMatchObject({ value: 150000, origin: 'typical' })
    expect(a.origins['benefits.coinsurance']).toBe('payer_271')
    expect(a.estimate!.patientPays).toBe(150000 + 18000)
  })

  it('an inactive member: never covered, no price, the member’s dates and group kept', () => {
    const a = compose({
      payer: byId('aetna'),
      state: 'TX',
      eligibility: {
        entry: entry({ status: 'inactive', dates: { planEnd: '2026-06-30' }, groupNumber: 'GRP-77' }, { coinsurance: 0.2 }),
        checkedAt: '2026-12-03T06:00:00.000Z',
      },
    })
    expect(a.coverage.status).toBe('not_covered')
    expect(a.estimate).toBeNull()
    expect(a.noEstimate).toBe('member_inactive')
    expect(a.member).toEqual({
      status: 'inactive',
      planName: 'CHOICE POS II',
      dates: { planEnd: '2026-06-30' },
      groupNumber: 'GRP-77',
      rejections: [],
      checkedAt: '2026-12-03T06:00:00.000Z',
    })
    expect(a.coverage.conditions).toEqual([])
  })

  it.each([
    ['72', 'en', ['Check the member ID against the card, including any prefix.']],
    ['71', 'es', ['Revise la fecha de nacimiento con los registros de la aseguradora.']],
    ['42', 'en', ['The payer cannot answer right now: try again in a few minutes.']],
    ['ZZ', 'en', ['Check the member ID, name and date of birth exactly as on the card, then try again.']],
  ] as const)('a rejection (AAA %s, %s): no price, and what to correct first', (code, locale, first) => {
    const a = compose({
      locale,
      payer: byId('aetna'),
      eligibility: { entry: entry({ status: 'rejected', rejections: [{ code, meaning: null, followUp: null }] }) },
    })
    expect(a.estimate).toBeNull()
    expect(a.noEstimate).toBe('member_rejected')
    expect(a.nextSteps.slice(0, first.length)).toEqual(first)
    expect(a.nextSteps).toHaveLength(first.length + 1)
  })

  it('the plan name of the 271 names the plan (origin payer_271); a request’s plan beats it', () => {
    const fromEntry = compose({ payer: byId('aetna'), eligibility: { entry: entry() } })
    expect(fromEntry.plan).toMatchObject({ type: 'POS', name: 'CHOICE POS II' })
    expect(fromEntry.origins['plan.name']).toBe('payer_271')
    const fromRequest = compose({ payer: byId('aetna'), plan: 'Aetna HMO', eligibility: { entry: entry() } })
    expect(fromRequest.origins['plan.name']).toBe('request')
  })

  it('Spanish: conditions, notes, next steps and explanation in Spanish, each text marked es', () => {
    const a = compose({ locale: 'es', payer: byId('aetna'), state: 'TX', plan: 'Aetna HMO' })
    expect(a.locale).toBe('es')
    expect(a.coverage.conditions.map((c) => c.text)).toEqual([
      'Se requiere una remisión de su proveedor de atención primaria.',
      'Solo se cubren programas de la red (salvo emergencias).',
    ])
    expect(a.estimate!.explanation[0]).toBe('36 días de IOP (3 a la semana durante 12 semanas) a $400 permitidos por día: $14,400 en cargos permitidos.')
    expect(a.textLocales!.notes.length).toBe(a.coverage.notes.length)
    expect(a.textLocales!.notes.every((l) => l === 'es')).toBe(true)
    expect(a.textLocales!.nextSteps).toEqual(a.nextSteps.map(() => 'es'))
    // kind-commercial's note, in the Spanish of worker/data/rules/es.ts.
    expect(a.coverage.notes).toContain('La mayoría de los planes revisan la necesidad médica del IOP antes de que empiece o poco después.')
    expect(a.coverage.notes).not.toContain('Most plans review IOP for medical necessity before or soon after it starts.')
  })
})

describe('words', () => {
  it('Original Medicare has no out-of-pocket maximum: said in words, never a blank value', () => {
    const a = compose({ payer: byId('medicare'), state: 'OH' })
    const oop = a.estimate!.assumptions.find((x) => x.field === 'benefits.outOfPocketMax.total')!
    expect(oop.value).toBeNull()
    expect(oop.why).toMatch(/^none: plans of this kind have no out-of-pocket maximum \(typical: .+\)$/)
    for (const x of a.estimate!.assumptions) expect(x.why).not.toMatch(/: \.|\(\)/)
  })

  it('a typical in-network charge never contradicts its reason ($1,200 charged beside $1,200)', () => {
    const a = compose({ payer: byId('aetna'), state: 'TX' })
    const charge = a.estimate!.assumptions.find((x) => x.field === 'treatment.chargePerDay')!
    expect(charge.value).toBe(120000)
    expect(charge.why).toContain('$1,200 charged per day')
    expect(a.estimate!.assumptions.find((x) => x.field === 'treatment.allowedPerDay')!.value).toBe(40000)
  })
})

// A given fact is never overridden by a lower source: benefits and prior authorization given
// (payer_271) beat contracts, rules and typical values; the request's treatment beats the
// contract; the contract's rate beats the rules'.
describe('property: a given fact is never overridden by a lower source', () => {
  const SEED = 20261203
  console.info(`answer-compose property seed: ${SEED}`)
  const payers = PAYERS.filter((p) => p.status !== 'defunct')
  const cents = fc.integer({ min: 0, max: 1_000_000 })
  const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined })
  const strip = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T

  it('holds for random payers, benefits, contracts and treatments', () => {
    fc.assert(
      fc.property(
        // Null: a payer the directory does not know; the benefits given still hold.
        fc.option(fc.constantFrom(...payers), { nil: null }),
        fc.record({
          coinsurance: opt(fc.integer({ min: 0, max: 1_000_000 }).map((m) => m / 1_000_000)),
          copay: opt(fc.integer({ min: 0, max: 50_000 })),
          deductible: opt(fc.record({ total: cents, met: cents })),
          priorAuthorization: opt(fc.constantFrom('required' as const, 'not_required' as const)),
        }),
        fc.option(fc.record({ network: fc.constantFrom('in' as const, 'out' as const), allowedPerDay: fc.integer({ min: 1, max: 200_000 }) }), { nil: undefined }),
        fc.record({ allowedPerDay: opt(fc.integer({ min: 0, max: 200_000 })), weeks: opt(fc.integer({ min: 1, max: 52 })) }),
        (payer, b, contract, t) => {
          const benefits = strip(b)
          const treatment = strip(t)
          const a = compose({ payer: payer ? byId(payer.id) : null, benefits, treatment }, contract)
          if (benefits.priorAuthorization) {
            expect(a.coverage.priorAuthorization).toBe(benefits.priorAuthorization)
            expect(a.origins['coverage.priorAuthorization']).toBe('payer_271')
          }
          expect(a.estimate).not.toBeNull()
          const e = a.estimate!
          const assumed = e.assumptions.map((x) => x.field)
          for (const f of ['coinsurance', 'copay', 'deductible'] as const) {
            if (benefits[f] === undefined) continue
            expect(a.origins[`benefits.${f}`]).toBe('payer_271')
            expect(assumed).not.toContain(`benefits.${f}`)
          }
          if (treatment.weeks !== undefined) expect(e.weeks).toHaveLength(treatment.weeks)
          if (treatment.allowedPerDay !== undefined) {
            expect(a.origins['treatment.allowedPerDay']).toBe('request')
            expect(e.allowedTotal).toBe(e.days * treatment.allowedPerDay)
          } else if (contract?.network === 'in') {
            expect(a.origins['treatment.allowedPerDay']).toBe('partner_contract')
            expect(e.allowedTotal).toBe(e.days * contract.allowedPerDay)
          }
          if (contract) expect(a.origins.network).toBe('partner_contract')
        },
      ),
      { seed: SEED, numRuns: 300 },
    )
  })
})
