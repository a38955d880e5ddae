/**
 * @module `POST /v1/coverage/checks`: parse, guard, render. The service composes the one answer
 * (the member's benefits when given > the calling partner's contract > the rules > typical values).
 */
import { JSON_BODY_PROBLEMS, SITE_KEY_PROBLEMS } from '../http/openapi/problems'
import { defineRoute, type Documented } from '../http/route'
import {
  AnswerSchema,
  CoverageCheckRequest,
  PRECEDENCE_MARKDOWN,
  type CoverageCheckResponse,
} from '../http/schemas/coverage'
import { limitByIp, limitBySiteKey } from '../http/middleware/rate-limit'
import { contractFor } from '../http/partner-cache'
import { chooseLocale } from '../i18n'
import { runCoverageCheck } from '../services/coverage-check'

/** The response is the one answer (v0.2); its schema and the precedence table live with the request schema. */
export const CoverageCheckResponseSchema = AnswerSchema

const REQUEST_EXAMPLE = {
  payer: 'aetna',
  state: 'TX',
  plan: 'Open Access PPO',
  program: 'substance_use',
  network: 'in',
  benefits: {
    deductible: { total: 150000, met: 50000 },
    outOfPocketMax: { total: 600000, met: 50000 },
    coinsurance: 0.2,
    deductibleApplies: true,
  },
  treatment: { daysPerWeek: 3, weeks: 4, chargePerDay: 60000, allowedPerDay: 40000 },
}

// Checked by hand against docs/architecture.md "The estimate algorithm": 12 days at $400; $1,000 of deductible
// left (days 1, 2 and $200 of day 3), then 20 % (day 3: $40; days 4–12: $80 each) → $1,760.
export const RESPONSE_EXAMPLE = {
  locale: 'en',
  basis: 'payer_271',
  payer: { id: 'aetna', name: 'Aetna', kind: 'commercial', confidence: 1, matchedBy: 'alias', alternatives: [] },
  plan: { type: 'PPO', market: 'employer', metalTier: null, name: 'Open Access PPO' },
  member: null,
  coverage: {
    status: 'covered_with_conditions',
    program: 'substance_use',
    priorAuthorization: 'varies',
    referralRequired: false,
    outOfNetworkBenefits: true,
    behavioralHealthManager: null,
    billingCodes: ['H0015', 'S9475', '0906'],
    notes: ['Most plans review IOP for medical necessity before or soon after it starts.'],
    sources: [{ title: 'U.S. Department of Labor: MHPAEA FAQs', url: 'https://dol.gov/agencies/ebsa/about-ebsa/our-activities/resource-center/faqs/mhpaea-1', verified: '2026-11-23' }],
    rule: { id: 'family-aetna', version: '2026-11-23' },
    conditions: [
      { kind: 'medical_necessity', text: 'IOP is reviewed for medical necessity before or soon after it starts.', origin: 'rule:kind-commercial' },
    ],
  },
  estimate: {
    currency: 'USD',
    days: 12,
    chargeTotal: 720000,
    allowedTotal: 480000,
    planPays: 304000,
    patientPays: 176000,
    breakdown: { deductible: 100000, coinsurance: 76000, copay: 0, balanceBilling: 0 },
    outOfPocketMaxReachedOnDay: null,
    weeks: [
      { week: 1, patientPays: 104000, planPays: 16000 },
      { week: 2, patientPays: 24000, planPays: 96000 },
      { week: 3, patientPays: 24000, planPays: 96000 },
      { week: 4, patientPays: 24000, planPays: 96000 },
    ],
    assumptions: [],
    explanation: ['12 IOP days (3 a week for 4 weeks) at $400 allowed per day: $4,800 of allowed charges.'],
  },
  noEstimate: null,
  nextSteps: ['Ask whether your plan requires prior authorization for IOP; many plans do.'],
  origins: {
    'plan.name': 'request',
    'coverage.status': 'rule:kind-commercial',
    'coverage.priorAuthorization': 'rule:kind-commercial',
    'coverage.referralRequired': 'rule:kind-commercial',
    'coverage.outOfNetworkBenefits': 'rule:kind-commercial-out-of-network-benefits',
    network: 'request',
    'treatment.allowedPerDay': 'request',
    'benefits.deductible': 'payer_271',
    'benefits.coinsurance': 'payer_271',
  },
}

export const coverageRoutes = [
  defineRoute({
    method: 'post',
    path: '/v1/coverage/checks',
    operationId: 'checkCoverage',
    tag: 'Coverage',
    summary: 'Will the plan pay for IOP, and what will the patient owe?',
    description:
      'Recognizes the payer and plan from free text, applies the carrier’s IOP rules and computes the cost of the course day by day, exactly (integer cents). Only `payer` is required: what is missing is filled with typical values, each listed in `estimate.assumptions`; benefits you give are applied exactly as given.\n\nAn unknown payer is not an error: `payer` is `null`, `coverage.status` is `unknown` and `nextSteps` says what to do. Member IDs are used only to recognize the payer by prefix and are never stored, logged or echoed.\n\n' +
      PRECEDENCE_MARKDOWN,
    access: 'site_key_or_staff',
    guards: [limitByIp(), limitBySiteKey()],
    idempotent: true,
    body: {
      schema: CoverageCheckRequest,
      examples: {
        quick: { summary: 'A visitor’s quick check', value: { payer: 'blue cross texas', state: 'TX', program: 'mental_health' } },
        full: { summary: 'Staff check with the member’s benefits', value: REQUEST_EXAMPLE },
      },
    },
    responses: {
      200: { description: 'The verdict and the estimate.', schema: CoverageCheckResponseSchema, examples: { full: { summary: 'Answer to the staff check', value: RESPONSE_EXAMPLE } } },
    },
    problems: [...JSON_BODY_PROBLEMS, ...SITE_KEY_PROBLEMS, 'rate_limited'],
    handler: async (c) => {
      const body = c.req.valid('json')
      const partnerId = c.get('partner').id
      const answer = await runCoverageCheck(body, {
        locale: chooseLocale(body.locale, c.req.header('Accept-Language')),
        contractFor: (payerId) => contractFor(c.env.DB, partnerId, payerId),
      })
      c.header('Cache-Control', 'no-store')
      c.header('Content-Language', answer.locale)
      c.header('Vary', 'Accept-Language', { append: true })
      return c.json<Documented<CoverageCheckResponse, typeof CoverageCheckResponseSchema>>(answer)
    },
  }),
]

