// Issue 13, finding 9: payer free text (MSG, plan name) must not reach a response with control
// characters (terminal escapes for the CLI, bidi overrides for the console).
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { DEMO, staff } from '../support/tenants'
import { api } from '../support/worker'

const fixture = readFileSync('test/fixtures/x12/aetna-sud-in-and-out.x12', 'utf8')

describe('POST /v1/eligibility/x12 with control characters in payer text', () => {
  it('echoes the MSG text without them', async () => {
    const hostile = fixture.replace('MSG*PRIOR AUTHORIZATION REQUIRED', 'MSG*\u001b[2J\u001b[31mPRIOR AUTHORIZATION\u202E REQUIRED')
    expect(hostile).not.toBe(fixture)
    const res = await api('/v1/eligibility/x12?program=substance_use', {
      method: 'POST',
      headers: { ...staff(DEMO.staffKey), 'Content-Type': 'text/plain' },
      body: hostile,
    })
    expect(res.status).toBe(200)
    const text = await res.text()
    expect(text).toContain('[2J[31mPRIOR AUTHORIZATION REQUIRED')
    expect(text).not.toMatch(/\\u001b|\\u202e/i)
    expect(text).not.toMatch(/[\u001b\u202e]/)
  })
})
