// The one answer's precedence (DESIGN.md "The one answer"), through the real Worker: the member's
// 271 (or benefits read from one) > the partner's contract > the rule for the payer and the given
// state > typical values. Each row names a fact, what the sources say, and which one must win,
// with its origin. Expected amounts are hand calculations; contracts are seed/local.sql's (demo ↔
// Aetna in network at $350.00 per SUD day; the other partner has none); rates are the rules' data.
import { describe, expect, it } from 'vitest'
import { DEMO, OTHER, staff } from '../support/tenants'
import { api, postJson } from '../support/worker'

type Answer = {
  basis: string
  coverage: {
    status: string
    priorAuthorization: string
    behavioralHealthManager: { name: string; phone: string | null } | null
    conditions: { kind: string; origin: string; text: string; contact?: { name: string; phone: string | null } | null }[]
  }
  estimate: {
    allowedTotal: number
    patientPays: number
    assumptions: { field: string; value: unknown; why: string; origin: string }[]
    explanation: string[]
    range?: unknown
  } | null
  noEstimate: string | null
  nextSteps: string[]
  origins: Record<string, string>
}

const coverageCheck = async (key: string, request: Record<string, unknown>) => {
  const res = await postJson('/v1/coverage/checks', request, { headers: staff(key) })
  expect(res.status).toBe(200)
  return (await res.json()) as Answer
}
const assumption = (a: Answer, field: string) => a.estimate?.assumptions.find((x) => x.field === field)

type Row = {
  key: string
  request: Record<string, unknown>
  /** The path in `origins` and the origin that must win. */
  path: string
  origin: string
  check: (a: Answer) => void
}

const ROWS: [string, Row][] = [
  [
    'the 271’s prior authorization (required) beats the commercial rule’s "varies"',
    {
      key: OTHER.staffKey,
      request: { payer: { id: 'aetna' }, state: 'TX', benefits: { coinsurance: 0.2, priorAuthorization: 'required' } },
      path: 'coverage.priorAuthorization',
      origin: 'payer_271',
      check: (a) => {
        expect(a.coverage.priorAuthorization).toBe('required')
        expect(a.coverage.conditions).toContainEqual(expect.objectContaining({ kind: 'prior_authorization', origin: 'payer_271' }))
        expect(a.coverage.status).toBe('covered_with_conditions')
        expect(a.nextSteps.join(' ')).toMatch(/the payer says so/)
        expect(a.nextSteps.join(' ')).not.toMatch(/Ask whether your plan requires prior authorization/)
      },
    },
  ],
  [
    'the 271’s "not required" beats Medicaid’s rule "required"',
    {
      key: OTHER.staffKey,
      request: { payer: { id: 'medicaid-va' }, state: 'VA', benefits: { copay: 0, priorAuthorization: 'not_required' } },
      path: 'coverage.priorAuthorization',
      origin: 'payer_271',
      check: (a) => {
        expect(a.coverage.priorAuthorization).toBe('not_required')
        expect(a.coverage.conditions.map((c) => c.kind)).not.toContain('prior_authorization')
      },
    },
  ],
  [
    'the member’s coinsurance beats the typical plan’s (no range once benefits are given)',
    {
      key: OTHER.staffKey,
      // 36 days × $400 (default rule) = $14,400 allowed; 50 %, nothing else: $7,200.
      request: { payer: { id: 'aetna' }, state: 'TX', benefits: { coinsurance: 0.5 } },
      path: 'benefits.coinsurance',
      origin: 'payer_271',
      check: (a) => {
        expect(a.basis).toBe('payer_271')
        expect(a.estimate!.patientPays).toBe(720000)
        expect(a.estimate!.range).toBeUndefined()
      },
    },
  ],
  [
    'the partner’s contracted $350.00 per day beats the rule’s typical $400',
    {
      key: DEMO.staffKey,
      // 36 × $350 = $12,600 allowed; 20 %: $2,520.
      request: { payer: { id: 'aetna' }, state: 'TX', benefits: { coinsurance: 0.2 } },
      path: 'treatment.allowedPerDay',
      origin: 'partner_contract',
      check: (a) => {
        expect(a.estimate!.allowedTotal).toBe(36 * 35000)
        expect(a.estimate!.patientPays).toBe(36 * 7000)
        expect(assumption(a, 'treatment.allowedPerDay')?.origin).toBe('partner_contract')
        expect(a.origins.network).toBe('partner_contract')
      },
    },
  ],
  [
    'the request’s own per-day amount beats the partner’s contract',
    {
      key: DEMO.staffKey,
      request: { payer: { id: 'aetna' }, state: 'TX', benefits: { coinsurance: 0.2 }, treatment: { allowedPerDay: 50000 } },
      path: 'treatment.allowedPerDay',
      origin: 'request',
      check: (a) => {
        expect(a.estimate!.allowedTotal).toBe(36 * 50000)
        expect(assumption(a, 'treatment.allowedPerDay')).toBeUndefined()
      },
    },
  ],
  [
    'without a contract, the rule’s per diem (the global default) stands in, with its rule as origin',
    {
      key: OTHER.staffKey,
      request: { payer: { id: 'aetna' }, state: 'TX', benefits: { coinsurance: 0.2 } },
      path: 'treatment.allowedPerDay',
      origin: 'rule:default',
      check: (a) => expect(a.estimate!.allowedTotal).toBe(36 * 40000),
    },
  ],
  [
    'Virginia Medicaid: the per diem of Virginia’s own rule (ARTS, $250.00)',
    {
      key: OTHER.staffKey,
      request: { payer: { id: 'medicaid-va' }, state: 'VA' },
      path: 'treatment.allowedPerDay',
      origin: 'rule:medicaid-va',
      check: (a) => {
        expect(a.estimate!.allowedTotal).toBe(36 * 25000)
        expect(assumption(a, 'treatment.allowedPerDay')?.why).toMatch(/Virginia/)
      },
    },
  ],
  [
    'Florida Medicaid: never Virginia’s rate basis; an illustration marked typical',
    {
      key: OTHER.staffKey,
      request: { payer: { id: 'medicaid-fl' }, state: 'FL' },
      path: 'treatment.allowedPerDay',
      origin: 'typical',
      check: (a) => {
        for (const x of a.estimate!.assumptions) expect(x.why).not.toMatch(/Virginia/)
        expect(JSON.stringify(a.estimate!.explanation)).not.toMatch(/Virginia/)
      },
    },
  ],
  [
    'a quick check: typical cost-sharing for the plan kind, with a range',
    {
      key: OTHER.staffKey,
      request: { payer: 'bcbs', state: 'TX' },
      path: 'benefits.deductible',
      origin: 'typical',
      check: (a) => {
        expect(a.basis).toBe('rules')
        expect(a.estimate!.range).toBeDefined()
        expect(assumption(a, 'benefits.deductible.total')?.origin).toBe('typical')
      },
    },
  ],
  [
    'a rule’s carve-out manager (Cigna → Evernorth) is a named condition with the rule as origin',
    {
      key: OTHER.staffKey,
      request: { payer: { id: 'cigna' }, state: 'FL' },
      path: 'coverage.behavioralHealthManager',
      origin: 'rule:family-cigna',
      check: (a) => {
        expect(a.coverage.behavioralHealthManager?.name).toMatch(/Evernorth/)
        expect(a.coverage.conditions[0]).toMatchObject({ kind: 'carve_out', origin: 'rule:family-cigna' })
      },
    },
  ],
]

describe('the one answer: each fact from the highest source that states it', () => {
  it.each(ROWS)('%s', async (_name, row) => {
    const a = await coverageCheck(row.key, row.request)
    expect(a.origins[row.path]).toBe(row.origin)
    row.check(a)
  })

  it('"covered with conditions" always names them, each with an origin', async () => {
    for (const payer of ['aetna', 'medicaid-va', 'cigna', 'bcbs-texas']) {
      const a = await coverageCheck(OTHER.staffKey, { payer: { id: payer }, state: payer === 'medicaid-va' ? 'VA' : 'TX' })
      if (a.coverage.status === 'covered_with_conditions') expect(a.coverage.conditions.length).toBeGreaterThan(0)
      for (const c of a.coverage.conditions) {
        expect(c.text.length).toBeGreaterThan(0)
        expect(c.origin).toMatch(/^(payer_271|partner_contract|typical|request|rule:[a-z0-9-]+)$/)
      }
    }
  })
})

describe('the real-time check answers like the console’s coverage check', () => {
  const person = { payer: 'aetna', firstName: 'Jane', lastName: 'Doe', dateOfBirth: '1985-02-14', state: 'TX' }

  it('uses the partner’s contract ($350.00) with the member’s figures, and the console check with the same figures agrees', async () => {
    const res = await postJson('/v1/eligibility/checks', { ...person, memberId: 'ACTIVE001-P7' }, { headers: staff(DEMO.staffKey) })
    expect(res.status).toBe(200)
    const body = (await res.json()) as { coverageCheck: Answer & { member: { status: string; planName: string } }; benefits: Record<string, unknown> }
    const a = body.coverageCheck
    expect(a.member).toMatchObject({ status: 'active', planName: 'SANDBOX PPO' })
    // sandbox/271/active.x12, in network: $1,000 of the $1,500 deductible left, 20 % (AI line,
    // EB11 = Y). 36 days at $350: days 1–2 ($700) and $300 of day 3 are deductible; then 20 %:
    // $10 on day 3 and 33 × $70 = $2,310. 100000 + 1000 + 231000 = 332000.
    expect(a.estimate!.patientPays).toBe(332000)
    expect(a.origins['treatment.allowedPerDay']).toBe('partner_contract')
    expect(a.origins['benefits.deductible']).toBe('payer_271')
    expect(a.coverage.priorAuthorization).toBe('required')
    expect(a.origins['coverage.priorAuthorization']).toBe('payer_271')

    const consoleCheck = await coverageCheck(DEMO.staffKey, {
      payer: { id: 'aetna' },
      state: 'TX',
      plan: 'SANDBOX PPO',
      benefits: { ...body.benefits, priorAuthorization: 'required' },
    })
    expect(consoleCheck.estimate!.patientPays).toBe(a.estimate!.patientPays)
    expect(consoleCheck.coverage.status).toBe(a.coverage.status)
    expect(consoleCheck.coverage.conditions.map((c) => [c.kind, c.origin])).toEqual(a.coverage.conditions.map((c) => [c.kind, c.origin]))
  })
})

describe('the precedence table in the API description', () => {
  it('is carried by the coverage check’s response schema in /openapi.json', async () => {
    const doc = JSON.stringify(await (await api('/openapi.json')).json())
    for (const text of ['| 1 | the member’s 271', '`payer_271`', '`partner_contract`', '`rule:<id>`', '`typical`', 'noEstimate'])
      expect(doc).toContain(text)
  })
})
