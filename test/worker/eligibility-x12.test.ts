import { describe, expect, it } from 'vitest'
import { fixtureCases, summarize } from '../unit/x12/fixture-cases'
import { DEMO, staff } from '../support/tenants'
import { api, expectProblem } from '../support/worker'

const post271 = (body: string, program?: string, contentType = 'text/plain') =>
  api(`/v1/eligibility/x12${program ? `?program=${program}` : ''}`, {
    method: 'POST',
    headers: { ...staff(DEMO.staffKey), 'Content-Type': contentType },
    body,
  })

describe('POST /v1/eligibility/x12 reads every fixture 271 to its expectation', () => {
  it.each(fixtureCases().map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const res = await post271(c.x12, c.expected.program)
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    const body = (await res.json()) as Parameters<typeof summarize>[0]
    expect(summarize(body)).toEqual(c.expected)
  })
})

describe('POST /v1/eligibility/x12', () => {
  const aetna = fixtureCases().find((c) => c.name.includes('aetna-sud'))!

  it('defaults to substance_use and returns every benefit line decoded', async () => {
    const res = await post271(aetna.x12)
    const body = (await res.json()) as {
      program: string
      transactions: { memberIdPresent: boolean; benefits: { info: { code: string }; messages: string[]; amount: number | null }[] }[]
    }
    expect(body.program).toBe('substance_use')
    const [t] = body.transactions
    expect(t!.memberIdPresent).toBe(true)
    expect(t!.benefits).toHaveLength(12)
    expect(t!.benefits[7]).toMatchObject({
      info: { code: 'A', meaning: 'Co-Insurance' },
      coverageLevel: { code: 'IND', meaning: 'Individual' },
      serviceTypes: [{ code: 'AI', meaning: 'Substance Abuse' }],
      timePeriod: { code: '27', meaning: 'Visit' },
      percent: 0.2,
      authorization: 'required',
      network: 'in',
      messages: ['PRIOR AUTHORIZATION REQUIRED FOR INTENSIVE OUTPATIENT'],
    })
  })

  it('returns no name, member ID or date of birth of the subscriber', async () => {
    const text = await (await post271(aetna.x12)).text()
    for (const phi of ['W123456789', 'JANE', 'DOE', '19850214', '1985-02-14']) expect(text).not.toContain(phi)
  })

  it.each([['application/json'], ['application/x-www-form-urlencoded'], ['']])('415 for Content-Type %j', async (type) => {
    const problem = await expectProblem(await post271(aetna.x12, undefined, type), 415)
    expect(problem.code).toBe('unsupported_media_type')
  })

  it('413 above 2 MB', async () => {
    const problem = await expectProblem(await post271(aetna.x12 + ' '.repeat(2 * 1024 * 1024)), 413)
    expect(problem.code).toBe('payload_too_large')
  })

  it('422 naming the segment when the document cannot be read', async () => {
    const bad = aetna.x12.replace('EB*C*IND*30***23*1500', 'EB*C*IND*30***23*15O0')
    const problem = await expectProblem(await post271(bad), 422)
    expect(problem.code).toBe('x12_unreadable')
    expect(problem.detail).toBe("segment 15 (EB): EB07 '15O0' is not an amount")
  })

  it.each([['not an X12 document at all'], [''], ['ISA*00*']])('422 for %j', async (text) => {
    const problem = await expectProblem(await post271(text), 422)
    expect(problem.code).toBe('x12_unreadable')
  })

  it('400 for an unknown program', async () => {
    const problem = await expectProblem(await post271(aetna.x12, 'cardiology'), 400)
    expect(problem.errors?.[0]?.path).toBe('program')
  })
})
