// Issue 13 item 4 over HTTP: a 271 above the per-document limits is a 413 naming the limit, and
// the largest reading within them (with `?estimate=1`, a coverage check per entry) stays a few MB.
import { describe, expect, it } from 'vitest'
import { DEMO, staff } from '../support/tenants'
import { api, expectProblem } from '../support/worker'

const ISA = 'ISA*00*          *00*          *ZZ*S              *ZZ*R              *261122*1200*^*00501*000000001*0*P*:~GS*HB*S*R*20261122*1200*1*X*005010X279A1~'
const doc = (segs: string[]) => ISA + ['ST*271*0001*005010X279A1', ...segs, `SE*${segs.length + 2}*0001`].join('~') + '~GE*1*1~IEA*1*000000001~'
const HEAD = ['HL*1**20*1', 'NM1*PR*2*AETNA*****PI*60054', 'HL*2*1*21*1', 'NM1*1P*2*CLINIC*****XX*1234567893']

/** `entries` subscriber loops with `lines` benefit lines each (deductible, coinsurance, copay…). */
function members(entries: number, lines: number): string {
  const segs = [...HEAD]
  const eb = ['EB*1**30**PLAN', 'EB*C*IND*30***23*1500', 'EB*C*IND*30***29*1000', 'EB*A*IND*AI***27**.2***Y*Y', 'EB*B*IND*CJ***27*50****Y']
  for (let i = 0; i < entries; i++) {
    segs.push(`HL*${i + 3}*2*22*0`, 'NM1*IL*1*A*B')
    for (let j = 0; j < lines; j++) segs.push(eb[j % eb.length]!)
  }
  return doc(segs)
}

const post = (body: string, query = '') =>
  api(`/v1/eligibility/x12${query}`, { method: 'POST', headers: { ...staff(DEMO.staffKey), 'Content-Type': 'text/plain' }, body })

describe('POST /v1/eligibility/x12 per-document limits', () => {
  it('251 readings: 413 x12_too_large naming the limit', async () => {
    const problem = await expectProblem(await post(members(251, 1)), 413)
    expect(problem.code).toBe('x12_too_large')
    expect(problem.detail).toBe(
      'The document holds more than 250 subscriber or dependent readings, more than one reading returns: send the 271s one by one.',
    )
  })

  it('5,001 benefit lines: 413 x12_too_large', async () => {
    const problem = await expectProblem(await post(members(1, 5_001)), 413)
    expect(problem.code).toBe('x12_too_large')
  })

  it('the largest document within both limits, with ?estimate=1, answers 200 in a bounded response', async () => {
    const res = await post(members(250, 20), '?estimate=1')
    expect(res.status).toBe(200)
    const text = await res.text()
    const body = JSON.parse(text) as { transactions: unknown[]; coverageChecks: unknown[] }
    expect(body.transactions).toHaveLength(250)
    expect(body.coverageChecks).toHaveLength(250)
    console.log(`250 entries × 20 lines with estimate=1: ${(text.length / 1024 / 1024).toFixed(2)} MB`)
    expect(text.length).toBeLessThan(16 * 1024 * 1024)
  })
})
