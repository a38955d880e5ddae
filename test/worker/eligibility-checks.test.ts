// Real-time checks against the sandbox clearinghouse started by global-setup.ts (member IDs and
// their behaviour: README "Sandbox clearinghouse"). Member IDs are matched by prefix, so each
// test uses its own suffix and never meets another test's cache entry.
import { describe, expect, it } from 'vitest'
import { lane } from '../support/lane'
import { expectProblem, postJson } from '../support/worker'
import { DEMO, staff } from '../support/tenants'

type Stats = { byMember: Record<string, { requests: number; payerCalls: number; replays: number }> }
const sandboxStats = async (): Promise<Stats> => (await fetch(`${lane().sandboxUrl}/__stats`)).json() as Promise<Stats>
const member = (stats: Stats, prefix: string) => stats.byMember[prefix] ?? { requests: 0, payerCalls: 0, replays: 0 }

const person = { payer: 'aetna', firstName: 'Jane', lastName: 'Doe', dateOfBirth: '1985-02-14' }
const check = (memberId: string, extra: Record<string, unknown> = {}) =>
  postJson('/v1/eligibility/checks', { ...person, memberId, ...extra }, { headers: staff(DEMO.staffKey) })

type CheckBody = {
  payerId: string
  transactions: {
    status: string
    payer: { name: string; id: string }
    planName: string | null
    carveOut: { name: string; phone?: string } | null
    iop: { inNetwork: { priorAuthorization: string } }
  }[]
  benefits: unknown
  benefitsOutOfNetwork: unknown
  source: { cached: boolean; checkedAt: string }
}

/** Calls `fn` and returns how the sandbox counters of `prefix` moved meanwhile. */
async function counting<T>(prefix: string, fn: () => Promise<T>) {
  const before = member(await sandboxStats(), prefix)
  const result = await fn()
  const after = member(await sandboxStats(), prefix)
  return {
    result,
    requests: after.requests - before.requests,
    payerCalls: after.payerCalls - before.payerCalls,
    replays: after.replays - before.replays,
  }
}

describe('POST /v1/eligibility/checks through the sandbox clearinghouse', () => {
  it('active member: the reading and benefits ready for a coverage check (substance use)', async () => {
    const res = await check('ACTIVE001-A1')
    expect(res.status).toBe(200)
    const body = (await res.json()) as CheckBody
    expect(body.payerId).toBe('aetna')
    expect(body.transactions[0]).toMatchObject({
      status: 'active',
      payer: { name: 'AETNA', id: '60054' },
      planName: 'SANDBOX PPO',
      carveOut: null,
    })
    expect(body.benefits).toEqual({
      deductible: { total: 150000, met: 50000 },
      outOfPocketMax: { total: 600000, met: 50000 },
      coinsurance: 0.2,
    })
    expect(body.benefitsOutOfNetwork).toEqual({
      deductible: { total: 300000, met: 0 },
      outOfPocketMax: { total: 1200000 },
      coinsurance: 0.4,
    })
    expect(body.transactions[0]!.iop.inNetwork.priorAuthorization).toBe('required')
    expect(body.source.cached).toBe(false)
  })

  it('active member, mental health: the MH lines win', async () => {
    const body = (await (await check('ACTIVE001-M1', { program: 'mental_health' })).json()) as CheckBody
    expect(body.benefits).toEqual({
      deductible: { total: 150000, met: 50000 },
      outOfPocketMax: { total: 600000, met: 50000 },
      coinsurance: 0.1,
      copay: 4000,
    })
    expect(body.transactions[0]!.iop.inNetwork.priorAuthorization).toBe('not_required')
  })

  it('a repeated check is answered from the cache for a day, without a payer call', async () => {
    const first = await counting('ACTIVE001', () => check('ACTIVE001-C1'))
    expect(first.payerCalls).toBe(1)
    const second = await counting('ACTIVE001', () => check('ACTIVE001-C1'))
    expect(second.requests).toBe(0)
    const body = (await second.result.json()) as CheckBody
    expect(body.source.cached).toBe(true)
    expect((body.benefits as { coinsurance: number }).coinsurance).toBe(0.2)
  })

  it('another program is another inquiry (the 270 asks for other service types)', async () => {
    await check('ACTIVE001-C3')
    const other = await counting('ACTIVE001', () => check('ACTIVE001-C3', { program: 'mental_health' }))
    expect(other.payerCalls).toBe(1)
    const body = (await other.result.json()) as CheckBody
    expect(body.source.cached).toBe(false)
    expect((body.benefits as { coinsurance: number }).coinsurance).toBe(0.1)
  })

  it('the cache does not answer for another person with the same member ID', async () => {
    await check('ACTIVE001-C2')
    const other = await counting('ACTIVE001', () => check('ACTIVE001-C2', { dateOfBirth: '1990-01-01' }))
    expect(other.payerCalls).toBe(1)
    expect(((await other.result.json()) as CheckBody).source.cached).toBe(false)
  })

  it('identical concurrent checks make one payer call', async () => {
    const { result, payerCalls, requests } = await counting('ACTIVE001', () =>
      Promise.all([check('ACTIVE001-D1'), check('ACTIVE001-D1'), check('ACTIVE001-D1')]),
    )
    expect(result.map((r) => r.status)).toEqual([200, 200, 200])
    expect(requests).toBe(1)
    expect(payerCalls).toBe(1)
  })

  it('inactive coverage', async () => {
    const body = (await (await check('INACTIVE01-A')).json()) as CheckBody
    expect(body.transactions[0]!.status).toBe('inactive')
    expect(body.benefits).toEqual({})
  })

  it('behavioral health carved out to Optum', async () => {
    const body = (await (await check('CARVEOUT01-A', { program: 'mental_health' })).json()) as CheckBody
    expect(body.transactions[0]!.carveOut).toEqual({ name: 'OPTUM BEHAVIORAL HEALTH', phone: '8005551234' })
  })

  it.each([
    ['NOTFOUND01-A', ['payer', 'memberId'], /no such subscriber/],
    ['BADID00001-A', ['memberId'], /member ID/],
    ['BADNAME001-A', ['firstName', 'lastName'], /name/],
    ['BADDOB0001-A', ['dateOfBirth'], /date of birth/],
  ])('%s: 422 telling what to correct', async (memberId, paths, detail) => {
    const problem = await expectProblem(await check(memberId), 422)
    expect(problem.code).toBe('eligibility_rejected')
    expect(problem.errors?.map((e) => e.path)).toEqual(paths)
    expect(problem.detail).toMatch(detail)
    expect((problem as { retryable?: boolean }).retryable).toBe(false)
  })

  it('a repeated rejected inquiry is not sent to the payer again (idempotency key)', async () => {
    await check('NOTFOUND01-R')
    const again = await counting('NOTFOUND01', () => check('NOTFOUND01-R'))
    expect(again.payerCalls).toBe(0)
    expect(again.replays).toBe(1)
    await expectProblem(again.result, 422)
  })

  it('AAA 42: 503 try again later, and the next try is a new inquiry', async () => {
    const first = await counting('BUSY000001', () => check('BUSY000001-A'))
    const problem = await expectProblem(first.result, 503)
    expect(problem.code).toBe('payer_unavailable')
    expect((problem as { retryable?: boolean }).retryable).toBe(true)
    expect(first.result.headers.get('retry-after')).toBeTruthy()
    const second = await counting('BUSY000001', () => check('BUSY000001-A'))
    expect(second.payerCalls).toBe(1)
  })

  it('timeout: 503 retryable, and no retry after the request was sent', async () => {
    const { result, requests } = await counting('SLOW000001', () => check('SLOW000001-A'))
    const problem = await expectProblem(result, 503)
    expect(problem.code).toBe('payer_timeout')
    expect((problem as { retryable?: boolean }).retryable).toBe(true)
    expect(requests).toBe(1)
  })

  it('HTTP 500 from the clearinghouse: 503 retryable, not retried', async () => {
    const { result, requests } = await counting('ERROR50001', () => check('ERROR50001-A'))
    const problem = await expectProblem(result, 503)
    expect(problem.code).toBe('clearinghouse_error')
    expect(requests).toBe(1)
  })

  it('garbled body: 502', async () => {
    const problem = await expectProblem(await check('GARBLED001-A'), 502)
    expect(problem.code).toBe('clearinghouse_bad_response')
  })

  it('connection reset every time: one retry, then 503 retryable', async () => {
    const { result, requests } = await counting('RESET00001', () => check('RESET00001-A'))
    const problem = await expectProblem(result, 503)
    expect(problem.code).toBe('clearinghouse_unreachable')
    expect((problem as { retryable?: boolean }).retryable).toBe(true)
    expect(requests).toBe(2)
  })

  it('connection reset once: the retry answers, one payer call', async () => {
    const { result, requests, payerCalls } = await counting('FLAKY00001', () => check('FLAKY00001-A'))
    expect(result.status).toBe(200)
    expect(requests).toBe(2)
    expect(payerCalls).toBe(1)
  })
})

describe('POST /v1/eligibility/checks refuses bad input before calling anyone', () => {
  it('400 naming each bad field', async () => {
    const res = await postJson('/v1/eligibility/checks', { payer: 'aetna', memberId: 'A', firstName: '', dateOfBirth: '1985-02-30', program: 'x' }, { headers: staff(DEMO.staffKey) })
    const problem = await expectProblem(res, 400)
    expect(problem.errors?.map((e) => e.path).sort()).toEqual(['dateOfBirth', 'firstName', 'lastName', 'memberId', 'program'])
    // The problem names fields, never echoes values.
    expect(JSON.stringify(problem)).not.toContain('1985-02-30')
  })

  it('415 for a body that is not JSON', async () => {
    const { api } = await import('../support/worker')
    const res = await api('/v1/eligibility/checks', { method: 'POST', headers: { ...staff(DEMO.staffKey), 'Content-Type': 'text/plain' }, body: 'x' })
    await expectProblem(res, 415)
  })

  it('422 for a payer we cannot identify', async () => {
    const problem = await expectProblem(await check('ACTIVE001-P', { payer: 'no such insurance company' }), 422)
    expect(problem.code).toBe('payer_unknown')
    expect(problem.errors?.[0]?.path).toBe('payer')
  })
})
