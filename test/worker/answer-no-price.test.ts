// No price without a plan to price (DESIGN.md "The one answer"), through the real Worker: for each
// case, `estimate` is null, `noEstimate` names the reason, the verdict is never "covered", and
// `nextSteps` say what to do. Then the carve-out: the 271's manager (name, phone) becomes the
// answer's manager, and when the 271 gives only the plan's general figures, the manager holds the
// behavioral-health ones (no price from the medical deductible).
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { DEMO, OTHER, staff } from '../support/tenants'
import { api, postJson } from '../support/worker'

type Answer = {
  payer: { id: string } | null
  member: { status: string } | null
  coverage: {
    status: string
    behavioralHealthManager: { name: string; phone: string | null } | null
    conditions: { kind: string; origin: string; contact?: { name: string; phone: string | null } | null }[]
  }
  estimate: unknown
  noEstimate: string | null
  nextSteps: string[]
  origins: Record<string, string>
}

const person = { payer: 'aetna', firstName: 'Jane', lastName: 'Doe', dateOfBirth: '1985-02-14' }
const realTime = async (memberId: string) => {
  const res = await postJson('/v1/eligibility/checks', { ...person, memberId }, { headers: staff(DEMO.staffKey) })
  expect(res.status).toBe(200)
  return ((await res.json()) as { coverageCheck: Answer }).coverageCheck
}
const quick = async (request: Record<string, unknown>) => {
  const res = await postJson('/v1/coverage/checks', request, { headers: staff(OTHER.staffKey) })
  expect(res.status).toBe(200)
  return (await res.json()) as Answer
}
const pasted = async (fixture: string) => {
  const res = await api('/v1/eligibility/x12?estimate=1', {
    method: 'POST',
    headers: { ...staff(DEMO.staffKey), 'Content-Type': 'text/plain' },
    body: readFileSync(new URL(`../fixtures/x12/${fixture}`, import.meta.url), 'utf8'),
  })
  expect(res.status).toBe(200)
  return ((await res.json()) as { coverageChecks: Answer[] }).coverageChecks[0]!
}

type Case = { get: () => Promise<Answer>; reason: string; status: string; step: RegExp }

const CASES: [string, Case][] = [
  ['an insurer nobody can identify', { get: () => quick({ payer: 'zzqxv plorb', state: 'TX' }), reason: 'payer_unknown', status: 'unknown', step: /back of your insurance card/ }],
  ['a plan that no longer exists (Friday Health Plans)', { get: () => quick({ payer: 'Friday Health Plans', state: 'TX' }), reason: 'payer_defunct', status: 'not_covered', step: /no longer offers coverage/ }],
  ['a payer not offered in the given state (BCBS of Texas in California)', { get: () => quick({ payer: { id: 'bcbs-texas' }, state: 'CA' }), reason: 'payer_not_in_state', status: 'unknown', step: /does not offer plans in CA/ }],
  ['an HMO out of network (a quick check the rules call not covered)', { get: () => quick({ payer: { id: 'aetna' }, state: 'TX', plan: 'Aetna HMO', network: 'out' }), reason: 'not_covered', status: 'not_covered', step: /in-network program/ }],
  ['a member the payer calls inactive (real-time)', { get: () => realTime('INACTIVE01-N1'), reason: 'member_inactive', status: 'not_covered', step: /inactive/ }],
  ['a member the payer rejected (pasted 271, AAA 75)', { get: () => pasted('cigna-subscriber-not-found.x12'), reason: 'member_rejected', status: 'unknown', step: /^Check that this is the right payer/ }],
]

describe('no price without a plan to price', () => {
  it.each(CASES)('%s', async (_name, c) => {
    const a = await c.get()
    expect(a.estimate).toBeNull()
    expect(a.noEstimate).toBe(c.reason)
    expect(a.coverage.status).toBe(c.status)
    expect(a.coverage.status).not.toMatch(/^covered/)
    expect(a.nextSteps[0]).toMatch(c.step)
  })

  it('an inactive member: the verdict is the payer’s word, with no condition of a plan that does not apply', async () => {
    const a = await realTime('INACTIVE01-N2')
    expect(a.member?.status).toBe('inactive')
    expect(a.origins['coverage.status']).toBe('payer_271')
    expect(a.coverage.conditions).toEqual([])
  })
})

describe('carve-out (sandbox member CARVEOUT01: EB01 U to Optum, with its phone)', () => {
  it('names the 271’s manager with its phone, and gives no price from the plan’s general figures', async () => {
    const a = await realTime('CARVEOUT01-C1')
    expect(a.coverage.behavioralHealthManager).toEqual({ name: 'OPTUM BEHAVIORAL HEALTH', phone: '8005551234' })
    expect(a.origins['coverage.behavioralHealthManager']).toBe('payer_271')
    expect(a.coverage.conditions[0]).toEqual({
      kind: 'carve_out',
      text: expect.stringContaining('OPTUM BEHAVIORAL HEALTH'),
      origin: 'payer_271',
      contact: { name: 'OPTUM BEHAVIORAL HEALTH', phone: '8005551234' },
    })
    // The 271's only figures are the plan's (service type 30) deductible: the medical one.
    expect(a.estimate).toBeNull()
    expect(a.noEstimate).toBe('manager_holds_benefits')
    expect(a.nextSteps[0]).toMatch(/^OPTUM BEHAVIORAL HEALTH holds the behavioral-health benefits: call 8005551234/)
  })
})

describe('carve-out with the behavioral-health figures in the 271 (pasted)', () => {
  // The UHC fixture (EB01 U to Optum) plus the manager's own mental-health lines (service type MH):
  // a $500 deductible and 15 % coinsurance, in network. SE01 counts the two added segments.
  const base = readFileSync(new URL('../fixtures/x12/uhc-mh-carved-out-to-optum.x12', import.meta.url), 'utf8')
  const added = ['EB*C*IND*MH***23*500*****Y', 'EB*A*IND*MH***27**.15***N*Y']
  const x12 = base
    .replace('EB*1**30**CHOICE PLUS~', `EB*1**30**CHOICE PLUS~${added.join('~')}~`)
    .replace(/SE\*(\d+)\*/, (_m, n: string) => `SE*${Number(n) + added.length}*`)

  it('prices with the manager’s figures, never the plan’s $2,000 medical deductible', async () => {
    const res = await api('/v1/eligibility/x12?estimate=1&program=mental_health', {
      method: 'POST',
      headers: { ...staff(DEMO.staffKey), 'Content-Type': 'text/plain' },
      body: x12,
    })
    expect(res.status).toBe(200)
    const a = ((await res.json()) as { coverageChecks: (Answer & { estimate: { patientPays: number; breakdown: { deductible: number } } | null })[] }).coverageChecks[0]!
    expect(a.coverage.behavioralHealthManager).toEqual({ name: 'OPTUM BEHAVIORAL HEALTH', phone: '8005551234' })
    expect(a.noEstimate).toBeNull()
    // 36 days at the rules' $400 (no contract with UHC): $500 deductible (day 1 and $100 of day 2),
    // then 15 %: $45 on day 2 and 34 × $60 = $2,040. 50000 + 4500 + 204000 = 258500; no cap given.
    expect(a.estimate!.breakdown.deductible).toBe(50000)
    expect(a.estimate!.patientPays).toBe(258500)
    expect(a.origins['benefits.deductible']).toBe('payer_271')
  })
})
