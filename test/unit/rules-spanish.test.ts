// Every text the rule data shows a visitor (notes, next steps, per-diem and cost-sharing reasons)
// is given in English and Spanish, so a Spanish answer is Spanish throughout (issue 12, DESIGN.md
// "The one answer", Language). The Spanish must keep every number, amount and code of the English.
import { describe, expect, it } from 'vitest'
import { PAYERS, PAYERS_BY_ID } from '../../worker/data/payers'
import { PAYER_MATCHER } from '../../worker/data/payers/matcher'
import { PROFILES, RULES } from '../../worker/data/rules'
import { SPANISH } from '../../worker/data/rules/es'
import { composeAnswer } from '../../worker/domain/answer/compose'
import { textIn, textLocale } from '../../worker/domain/answer/text'
import { Text } from '../../worker/domain/coverage/rule-schema'
import { resolvePayer } from '../../worker/domain/payer/resolve'

/** Every shown text of the bundled data, with where it is. */
const TEXTS: [string, Text][] = [
  ...RULES.flatMap((r): [string, Text][] => [
    ...(r.notes ?? []).map((t, i): [string, Text] => [`${r.id} notes[${i}]`, t]),
    ...(r.nextSteps ?? []).map((t, i): [string, Text] => [`${r.id} nextSteps[${i}]`, t]),
    ...(r.perDiem ? [[`${r.id} perDiem.why`, r.perDiem.why] as [string, Text]] : []),
  ]),
  // A manager's name that describes (has lower-case words: "Your county’s … plan", "formerly …") is
  // text too; a bare proper name ("Optum Behavioral Health (United Behavioral Health)") is not.
  ...RULES.flatMap((r): [string, Text][] => {
    const name = r.behavioralHealthManager?.name
    const describes = name !== undefined && /\b[a-z]{3,}/.test(textIn('en', name))
    return describes ? [[`${r.id} behavioralHealthManager.name`, name]] : []
  }),
  ...PROFILES.flatMap((p): [string, Text][] => [
    [`${p.id} why`, p.why],
    [`${p.id} rangeWhy`, p.rangeWhy],
  ]),
]

/** Numbers (with their separators), dollar amounts and billing codes, in order of appearance, sorted. */
const figures = (s: string) => (s.match(/\d+(?:[.,:]\d+)*/g) ?? []).sort()

describe('rule texts in both languages', () => {
  it('the data shows many texts (the walk below is not empty)', () => {
    expect(TEXTS.length).toBeGreaterThan(150)
  })

  it.each(TEXTS)('%s: English and Spanish, and they differ', (_where, text) => {
    expect(Text.safeParse(text).success).toBe(true)
    expect(typeof text).toBe('object')
    if (typeof text === 'string') return
    expect(text.es.trim()).not.toBe(text.en.trim())
    expect(text.es).not.toBe('')
  })

  it.each(TEXTS)('%s: the Spanish keeps every number, amount and code', (_where, text) => {
    if (typeof text === 'string') throw new Error(`English only: ${text}`)
    expect(figures(text.es)).toEqual(figures(text.en))
    for (const code of text.en.match(/\b(?:[A-Z]\d{4}|1-800-[A-Z0-9-]+)\b/g) ?? []) expect(text.es).toContain(code)
  })

  it('every Spanish entry translates a text the data has (none left over from an edited English text)', () => {
    const english = new Set(TEXTS.map(([, t]) => textIn('en', t)))
    expect(Object.keys(SPANISH).filter((en) => !english.has(en))).toEqual([])
  })
})

describe('textIn', () => {
  const both = { en: 'Call the plan.', es: 'Llame al plan.' }
  it('picks the locale’s variant', () => {
    expect(textIn('es', both)).toBe('Llame al plan.')
    expect(textIn('en', both)).toBe('Call the plan.')
    expect(textLocale('es', both)).toBe('es')
  })
  it('a bare string is English only, and says so', () => {
    expect(textIn('es', 'Call the plan.')).toBe('Call the plan.')
    expect(textLocale('es', 'Call the plan.')).toBe('en')
    expect(textLocale('en', 'Call the plan.')).toBe('en')
  })
})

describe('a Spanish answer for every payer in each of its states', () => {
  // Every directory payer, in each state it lists (else Texas), on both network sides: the rules'
  // notes and next steps are in Spanish and marked so, and none is the English of a data text.
  const english = new Set(TEXTS.map(([, t]) => textIn('en', t)))
  const requests = PAYERS.flatMap((p) => (p.states?.length ? p.states : ['TX']).map((state) => ({ id: p.id, state })))
  it(`${requests.length} payer–state pairs`, () => {
    expect(requests.length).toBeGreaterThan(PAYERS.length)
    for (const { id, state } of requests)
      for (const network of ['in', 'out'] as const) {
        const payer = resolvePayer(PAYER_MATCHER, PAYERS_BY_ID, { id }, { state })!
        const a = composeAnswer({ locale: 'es', payer, state, network }, { rules: RULES, profiles: PROFILES, directory: PAYERS_BY_ID })
        expect(a.textLocales!.notes, `${id} ${state}`).toEqual(a.coverage.notes.map(() => 'es'))
        expect(a.textLocales!.nextSteps, `${id} ${state}`).toEqual(a.nextSteps.map(() => 'es'))
        const texts = [
          ...a.coverage.notes,
          ...a.nextSteps,
          ...a.coverage.conditions.map((c) => c.text),
          ...(a.estimate?.assumptions.map((x) => x.why) ?? []),
          ...(a.estimate?.range?.basis ?? []),
        ]
        for (const t of texts) for (const en of english) if (t.includes(en)) throw new Error(`${id} ${state}: English "${en}" in "${t}"`)
      }
  })
})
