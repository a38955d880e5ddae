// The rule data's texts in a Spanish answer (issue 12, DESIGN.md "The one answer", Language): a
// quick check with `Accept-Language: es` gets the rules' notes, next steps and reasons in Spanish,
// each marked `es` in `textLocales`; `locale: "en"` wins over that header and gets the English. The
// expected sentences are the translations written in worker/data/rules/es.ts and the English of
// the rule files.
import { describe, expect, it } from 'vitest'
import { PROFILES, RULES } from '../../worker/data/rules'
import { OTHER, staff } from '../support/tenants'
import { postJson } from '../support/worker'

type Answer = {
  locale: string
  coverage: {
    notes: string[]
    rule: { id: string }
    conditions: { text: string }[]
    behavioralHealthManager: { name: string } | null
  }
  estimate: { assumptions: { why: string }[]; range?: { basis: string[] } } | null
  nextSteps: string[]
  textLocales: { notes: string[]; nextSteps: string[] }
}

/**
 * The English of every text the rule data shows (and of the managers' names that describe, such as
 * "Your county’s Behavioral HealthChoices plan…"): none may appear in a Spanish answer.
 */
const ENGLISH = new Set(
  [
    ...RULES.flatMap((r) => [...(r.notes ?? []), ...(r.nextSteps ?? []), ...(r.perDiem ? [r.perDiem.why] : [])]),
    ...RULES.flatMap((r) => (r.behavioralHealthManager && typeof r.behavioralHealthManager.name !== 'string' ? [r.behavioralHealthManager.name] : [])),
    ...PROFILES.flatMap((p) => [p.why, p.rangeWhy]),
  ].map((t) => (typeof t === 'string' ? t : t.en)),
)

const check = async (body: Record<string, unknown>) => {
  const res = await postJson('/v1/coverage/checks', body, { headers: { ...staff(OTHER.staffKey), 'Accept-Language': 'es-US' } })
  expect(res.status).toBe(200)
  return (await res.json()) as Answer
}

type Case = {
  request: Record<string, unknown>
  rule: string
  es: string
  en: string
  /** The manager's name the rules give, when they name one: [Spanish, English]. */
  manager?: [string, string]
}

const CASES: [string, Case][] = [
  [
    'Pennsylvania Medicaid',
    {
      request: { payer: 'Pennsylvania Medicaid', state: 'PA' },
      rule: 'medicaid-pa',
      es: 'Llame al número de servicios para miembros del plan Behavioral HealthChoices de su condado (la BH-MCO, no el plan de salud física de su tarjeta) para encontrar un IOP y preguntar por la autorización.',
      en: 'Call the member services number of your county’s Behavioral HealthChoices plan (the BH-MCO, not the physical-health plan on your card) to find an IOP and ask about authorization.',
      manager: [
        'el plan Behavioral HealthChoices (BH-MCO) de su condado: Community Care Behavioral Health, Magellan Behavioral Health of Pennsylvania, Carelon Behavioral Health of Pennsylvania, PerformCare o Community Behavioral Health (Filadelfia)',
        'Your county’s Behavioral HealthChoices plan (BH-MCO): Community Care Behavioral Health, Magellan Behavioral Health of Pennsylvania, Carelon Behavioral Health of Pennsylvania, PerformCare or Community Behavioral Health (Philadelphia)',
      ],
    },
  ],
  [
    'TRICARE Prime',
    {
      request: { payer: 'TRICARE East', plan: 'TRICARE Prime', state: 'VA' },
      // The contractor's payer rule wins; the Prime rule (plan type HMO) below it adds the referral note.
      rule: 'payer-tricare-east',
      es: 'TRICARE Prime: un IOP no es una visita al consultorio, así que necesita una remisión de su administrador de atención primaria (PCM); sin ella, se aplican los cargos de punto de servicio (deducible de $300 por persona y después el 50 %).',
      en: 'TRICARE Prime: an IOP is not an office visit, so it needs a referral from your primary care manager (PCM); without one, point-of-service fees apply ($300 deductible a person, then 50 %).',
    },
  ],
  [
    'Original Medicare',
    {
      request: { payer: 'medicare' },
      rule: 'kind-medicare',
      es: 'Medicare no paga el código S9480: el IOP se factura con el código de ingresos 0905/0906 más el código HCPCS de cada servicio.',
      en: 'S9480 is not payable by Medicare: IOP is billed with revenue code 0905/0906 plus the HCPCS of each service.',
    },
  ],
  [
    'Aetna in TX',
    {
      request: { payer: 'aetna', state: 'TX' },
      rule: 'family-aetna',
      es: 'La mayoría de los planes revisan la necesidad médica del IOP antes de que empiece o poco después.',
      en: 'Most plans review IOP for medical necessity before or soon after it starts.',
    },
  ],
]

describe('rule texts in a Spanish quick check', () => {
  it.each(CASES)('%s: Accept-Language es gives the rules’ texts in Spanish, marked es', async (_name, c) => {
    const a = await check(c.request)
    expect(a.locale).toBe('es')
    expect(a.coverage.rule.id).toBe(c.rule)
    expect(a.coverage.notes.length).toBeGreaterThan(0)
    expect(a.textLocales.notes).toEqual(a.coverage.notes.map(() => 'es'))
    expect(a.textLocales.nextSteps).toEqual(a.nextSteps.map(() => 'es'))
    const texts = [
      ...a.coverage.notes,
      ...a.coverage.conditions.map((x) => x.text),
      ...a.nextSteps,
      ...(a.estimate?.assumptions.map((x) => x.why) ?? []),
      ...(a.estimate?.range?.basis ?? []),
    ]
    expect(texts).toContain(c.es)
    if (c.manager) {
      expect(a.coverage.behavioralHealthManager?.name).toBe(c.manager[0])
      expect(a.nextSteps.some((s) => s.includes(c.manager![0]))).toBe(true)
    }
    // No English-only text left: no note, step or reason is the English of a rule text, or embeds one.
    for (const t of texts) for (const en of ENGLISH) expect(t.includes(en), `${t} contains English "${en}"`).toBe(false)
  })

  it.each(CASES)('%s: locale "en" wins over the header and gives the English, marked en', async (_name, c) => {
    const a = await check({ ...c.request, locale: 'en' })
    expect(a.locale).toBe('en')
    expect(a.coverage.rule.id).toBe(c.rule)
    expect(a.textLocales.notes).toEqual(a.coverage.notes.map(() => 'en'))
    expect(a.textLocales.nextSteps).toEqual(a.nextSteps.map(() => 'en'))
    const texts = [...a.coverage.notes, ...a.nextSteps]
    expect(texts).toContain(c.en)
    expect(texts).not.toContain(c.es)
    if (c.manager) expect(a.coverage.behavioralHealthManager?.name).toBe(c.manager[1])
  })
})
