import { describe, expect, it } from 'vitest'
import { api, expectProblem } from '../support/worker'

type Results = {
  results: { id: string; name: string; kind: string; states: string[]; score: number; matchedBy: string }[]
}

const search = async (query: string) => {
  const res = await api(`/v1/payers?${query}`)
  expect(res.status).toBe(200)
  return ((await res.json()) as Results).results
}

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
})
