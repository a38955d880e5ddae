import { describe, expect, it } from 'vitest'
import { OTHER, staff } from '../support/tenants'
import { api, expectProblem, postJson } from '../support/worker'

type Result = {
  id: string
  name: string
  kind: string
  states: string[]
  score: number
  matchedBy: string
  inState: boolean | null
  reason?: string
  line: string
  status: string
  mergedInto?: { id: string; name: string | null; date: string; whatNow: string }
  notInsurance?: true
}
type Results = { results: Result[]; best?: string | null }

const searchBody = async (query: string) => {
  const res = await api(`/v1/payers?${query}`)
  expect(res.status).toBe(200)
  return (await res.json()) as Results
}
const search = async (query: string) => (await searchBody(query)).results

/** Names found on `Object.prototype`: lookup tables keyed by typed text must not find them. */
const PROTOTYPE_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype']

describe('GET /v1/payers', () => {
  it('ranks the state Blue plan first for "bcbs" in Texas', async () => {
    const results = await search('q=bcbs&state=TX')
    expect(results[0]).toMatchObject({
      id: 'bcbs-texas',
      name: 'Blue Cross and Blue Shield of Texas',
      kind: 'commercial',
      states: ['TX'],
      matchedBy: 'alias',
    })
    const scores = results.map((r) => r.score)
    expect(scores).toEqual([...scores].sort((a, b) => b - a))
    for (const s of scores) expect(s).toBeGreaterThan(0)
  })

  it('accepts the state code in lower case', async () => {
    expect((await search('q=medicaid&state=ca'))[0]?.name).toBe('Medi-Cal')
  })

  it('tolerates typos and says so', async () => {
    expect((await search('q=untied%20healthcare'))[0]).toMatchObject({ id: 'unitedhealthcare', matchedBy: 'fuzzy' })
  })

  it('honours limit', async () => {
    expect(await search('q=blue%20cross&state=NY&limit=3')).toHaveLength(3)
  })

  it('answers nonsense with no results, not a random payer', async () => {
    expect(await search('q=asdfgh')).toEqual([])
  })

  it('is cacheable: the directory is static', async () => {
    const res = await api('/v1/payers?q=aetna')
    expect(res.headers.get('cache-control')).toContain('max-age=')
  })

  it.each([
    ['a 10 000-character query', `q=${'a'.repeat(10_000)}`, ['q']],
    ['control characters', 'q=aet%07na', ['q']],
    ['an unknown state code', 'q=aetna&state=ZZ', ['state']],
    ['a missing q', 'state=TX', ['q']],
    ['a limit out of range', 'q=aetna&limit=500', ['limit']],
    ['an unknown parameter', 'q=aetna&sort=name', ['']],
  ])('400 problem+json naming the field for %s', async (_, query, paths) => {
    const problem = await expectProblem(await api(`/v1/payers?${query}`), 400)
    expect(problem.code).toBe('validation_failed')
    expect(problem.errors?.map((e) => e.path).sort()).toEqual(paths)
  })

  it.each(PROTOTYPE_NAMES)('answers q=%s with 200 and no best match (issue 13 item 3)', async (name) => {
    for (const query of [`q=${name}`, `q=${name}&state=TX`, `q=bcbs%20${name}&state=TX`]) {
      const body = await searchBody(query)
      if (query.startsWith('q=bcbs')) expect(body.results[0]?.id).toBe('bcbs-texas')
      else expect(body.best).toBeNull()
    }
  })

  it('says whether each result serves the state, and why the others are offered', async () => {
    const body = await searchBody('q=kaiser&state=TX')
    expect(body.results[0]).toMatchObject({ inState: false, line: 'commercial', status: 'active' })
    expect(body.best).toBe(body.results[0]!.id)
    for (const r of body.results.slice(1)) expect(r.reason).toBe('other_state')
    const texas = await searchBody('q=bcbs&state=TX')
    expect(texas.results[0]).toMatchObject({ id: 'bcbs-texas', inState: true })
    expect(texas.results[0]!.reason).toBeUndefined()
    for (const r of texas.results.slice(1)) expect(r.reason).toMatch(/^(close_score|spelling|other_state|same_carrier)$/)
    expect((await searchBody('q=aetna')).results[0]!.inState).toBeNull()
  })

  it('answers a non-health insurer with no results and best null', async () => {
    expect(await searchBody('q=liberty%20mutual&state=OH')).toEqual({ results: [], best: null })
  })

  it('says a sharing ministry is not insurance and a merged payer what to do now', async () => {
    expect((await search('q=medi-share'))[0]).toMatchObject({ id: 'medi-share', line: 'sharing_ministry', notInsurance: true })
    const merged = (await search('q=trustmark%20health%20benefits'))[0]!
    expect(merged).toMatchObject({ id: 'trustmark', status: 'merged_into', mergedInto: { id: 'luminare', name: 'Luminare Health' } })
    expect(merged.mergedInto!.whatNow).toMatch(/Luminare/)
  })
})

describe('POST /v1/coverage/checks with prototype names in payer and plan text', () => {
  it.each(PROTOTYPE_NAMES)('%s answers 200, never 500', async (name) => {
    for (const request of [
      { payer: name, state: 'TX' },
      { payer: 'aetna', plan: name, state: 'TX' },
      { payer: `${name} ${name}`, plan: `${name} ppo`, state: 'CA' },
    ]) {
      const res = await postJson('/v1/coverage/checks', request, { headers: staff(OTHER.staffKey) })
      expect(res.status, JSON.stringify(request)).toBe(200)
      const body = (await res.json()) as { payer: { id: string } | null }
      if (request.payer === 'aetna') expect(body.payer?.id).toBe('aetna')
      else expect(body.payer).toBeNull()
    }
  })
})

