// Strict requests (an unknown field is a 400 naming it, on every answer route) and the answer's
// language (an explicit `locale` wins; else Accept-Language with its q-values; es-* is Spanish).
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { DEMO, OTHER, staff } from '../support/tenants'
import { api, expectProblem, postJson } from '../support/worker'

type Answer = {
  locale: string
  coverage: { notes: string[]; conditions: { text: string }[] }
  estimate: { assumptions: { why: string }[]; explanation: string[]; range?: { basis: string[] } } | null
  nextSteps: string[]
  textLocales: { notes: string[]; nextSteps: string[] }
}

const person = { payer: 'aetna', firstName: 'Jane', lastName: 'Doe', dateOfBirth: '1985-02-14' }
const coverage = (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  postJson('/v1/coverage/checks', body, { headers: { ...staff(OTHER.staffKey), ...headers } })

describe('strict requests: an unknown field is a 400 naming it', () => {
  const CASES: [string, () => Promise<Response>, string][] = [
    ['coverage check, top level', () => coverage({ payer: 'aetna', color: 'blue' }), 'color'],
    ['coverage check, in benefits', () => coverage({ payer: 'aetna', benefits: { coinsurance: 0.2, deductable: 100 } }), 'deductable'],
    ['coverage check, in treatment', () => coverage({ payer: 'aetna', treatment: { days: 3 } }), 'days'],
    ['coverage check, in an accumulator', () => coverage({ payer: 'aetna', benefits: { deductible: { total: 1, used: 0 } } }), 'used'],
    [
      'real-time check, top level',
      () => postJson('/v1/eligibility/checks', { ...person, memberId: 'ACTIVE001-S1', ssn: 'x' }, { headers: staff(DEMO.staffKey) }),
      'ssn',
    ],
    [
      'pasted 271, query',
      () => api('/v1/eligibility/x12?estimate=1&price=1', { method: 'POST', headers: { ...staff(DEMO.staffKey), 'Content-Type': 'text/plain' }, body: 'ISA' }),
      'price',
    ],
    ['a locale we do not speak', () => coverage({ payer: 'aetna', locale: 'fr' }), 'locale'],
  ]
  it.each(CASES)('%s', async (_name, send, field) => {
    const problem = await expectProblem(await send(), 400)
    expect(JSON.stringify(problem.errors)).toContain(field)
  })

  it('accepts benefits.priorAuthorization, as a 271 summary carries it', async () => {
    const res = await coverage({ payer: 'aetna', benefits: { coinsurance: 0.2, priorAuthorization: 'required' } })
    expect(res.status).toBe(200)
  })
})

/**
 * Every text of the answer: the catalogs' and the rule data's (which gives each in English and
 * Spanish, so a Spanish answer marks every one `es` in `textLocales`).
 */
const ownTexts = (a: Answer): string[] => [
  ...a.coverage.notes,
  ...a.coverage.conditions.map((c) => c.text),
  ...a.nextSteps,
  ...(a.estimate?.assumptions.map((x) => x.why) ?? []),
  ...(a.estimate?.explanation ?? []),
  ...(a.estimate?.range?.basis ?? []),
]

describe('the answer’s language', () => {
  // An HMO quick check: conditions (referral, in-network only), assumptions, explanation, a range.
  const REQUEST = { payer: { id: 'aetna' }, state: 'TX', plan: 'Aetna HMO' }
  const answerIn = async (locale: string) => (await (await coverage({ ...REQUEST, locale })).json()) as Answer

  const LOCALES: [string, Record<string, unknown>, Record<string, string>, 'en' | 'es'][] = [
    ['Accept-Language es', {}, { 'Accept-Language': 'es' }, 'es'],
    ['Accept-Language es-MX with q-values above en', {}, { 'Accept-Language': 'en;q=0.4, es-MX;q=0.9, fr;q=0.8' }, 'es'],
    ['Accept-Language preferring en', {}, { 'Accept-Language': 'es;q=0.3, en-US' }, 'en'],
    ['the locale field wins over the header', { locale: 'es' }, { 'Accept-Language': 'en-US' }, 'es'],
    ['locale en wins over a Spanish header', { locale: 'en' }, { 'Accept-Language': 'es-ES' }, 'en'],
    ['no preference: English', {}, {}, 'en'],
  ]
  it.each(LOCALES)('%s', async (_name, extra, headers, locale) => {
    const res = await coverage({ ...REQUEST, ...extra }, headers)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-language')).toBe(locale)
    const a = (await res.json()) as Answer
    expect(a.locale).toBe(locale)
    expect(a.textLocales.notes).toEqual(a.coverage.notes.map(() => locale))
    expect(a.textLocales.nextSteps).toEqual(a.nextSteps.map(() => locale))
    const en = ownTexts(await answerIn('en'))
    const texts = ownTexts(a)
    // Same facts, same number of texts; in Spanish, none of them is the English sentence.
    expect(texts).toHaveLength(en.length)
    expect(texts.length).toBeGreaterThan(8)
    if (locale === 'en') expect(texts).toEqual(en)
    else texts.forEach((t, i) => expect(t).not.toBe(en[i]))
    expect(a.coverage.conditions.map((c) => c.text).join(' ')).toMatch(locale === 'es' ? /remisión/ : /referral/)
  })

  it('Spanish on the real-time check (field) and on a pasted 271 (header)', async () => {
    const rt = await postJson('/v1/eligibility/checks', { ...person, memberId: 'INACTIVE01-L1', locale: 'es' }, { headers: staff(DEMO.staffKey) })
    expect(rt.status).toBe(200)
    const a = ((await rt.json()) as { coverageCheck: Answer }).coverageCheck
    expect(a.locale).toBe('es')
    expect(a.nextSteps[0]).toMatch(/inactiva/)

    const x12 = readFileSync(new URL('../fixtures/x12/aetna-sud-in-and-out.x12', import.meta.url), 'utf8')
    const res = await api('/v1/eligibility/x12?estimate=1', {
      method: 'POST',
      headers: { ...staff(DEMO.staffKey), 'Content-Type': 'text/plain', 'Accept-Language': 'es-US' },
      body: x12,
    })
    const b = ((await res.json()) as { coverageChecks: Answer[] }).coverageChecks[0]!
    expect(b.locale).toBe('es')
    expect(b.estimate!.explanation[0]).toMatch(/^36 días de IOP \(3 a la semana durante 12 semanas\) a \$350 permitidos por día: \$12,600 en cargos permitidos\.$/)
  })
})
