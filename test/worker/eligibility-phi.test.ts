// Minimum necessary: a member ID, name or date of birth sent in a 271 or an eligibility check
// never shows up in the Worker's logs or in what it answers, on success or on failure.
import { describe, expect, it } from 'vitest'
import { fixtureCases } from '../unit/x12/fixture-cases'
import { api, postJson, workerLogs } from '../support/worker'
import { DEMO, staff } from '../support/tenants'

const MEMBER = 'ZQXMEMBER7731'
const FIRST = 'QUENTINELLA'
const LAST = 'XAVIERSOVIC'
const DOB8 = '19720229'
const DOB = '1972-02-29'
const PHI = [MEMBER, FIRST, LAST, DOB8, DOB]

const aetna = fixtureCases().find((c) => c.name.includes('aetna-sud'))!.x12
const with271Phi = aetna.replace('NM1*IL*1*DOE*JANE****MI*W123456789', `NM1*IL*1*${LAST}*${FIRST}****MI*${MEMBER}`).replace('DMG*D8*19850214', `DMG*D8*${DOB8}`)

const expectNoPhi = (text: string) => {
  for (const value of PHI) expect(text.toUpperCase()).not.toContain(value.toUpperCase())
}

describe('PHI never reaches logs or responses', () => {
  it('a pasted 271 full of PHI, read and refused', async () => {
    expect(with271Phi).toContain(MEMBER)
    const ok = await api('/v1/eligibility/x12', { method: 'POST', headers: { ...staff(DEMO.staffKey), 'Content-Type': 'text/plain' }, body: with271Phi })
    expect(ok.status).toBe(200)
    expectNoPhi(await ok.text())
    const broken = with271Phi.replace(`MI*${MEMBER}`, `MI*${MEMBER}~EB*C*IND*30***23*${MEMBER}`)
    const bad = await api('/v1/eligibility/x12', { method: 'POST', headers: { ...staff(DEMO.staffKey), 'Content-Type': 'text/plain' }, body: broken })
    expect(bad.status).toBe(422)
    expectNoPhi(await bad.text())
  })

  it.each([
    ['active', `ACTIVE001${MEMBER}`, 200],
    ['rejected (AAA 72)', `BADID00001${MEMBER}`, 422],
    ['unreachable', `RESET00001${MEMBER}`, 503],
  ])('a real-time check (%s)', async (_name, memberId, status) => {
    const res = await postJson('/v1/eligibility/checks', { payer: 'aetna', memberId, firstName: FIRST, lastName: LAST, dateOfBirth: DOB }, { headers: staff(DEMO.staffKey) })
    expect(res.status).toBe(status)
    expectNoPhi(await res.text())
  })

  it('and the Worker logged none of it', async () => {
    const logs = await workerLogs()
    expect(logs).toContain('eligibility') // the routes above were logged
    expectNoPhi(logs)
  })
})
