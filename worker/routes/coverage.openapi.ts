/** The operations of `routes/coverage.ts`, for the OpenAPI document and /docs. */
import * as z from 'zod'
import { COVERAGE_STATUSES, PRIOR_AUTHORIZATION, PROGRAMS, SourceRef } from '../domain/coverage/rule-schema'
import type { CoverageCheckResult } from '../domain/coverage/types'
import { PAYER_KINDS } from '../domain/payer/types'
import { MARKETS, METAL_TIERS, PLAN_TYPES } from '../domain/plan/types'
import { JSON_BODY_PROBLEMS, SITE_KEY_PROBLEMS } from '../http/openapi/problems'
import { defineOperations } from '../http/openapi/registry'
import { sameType } from '../http/openapi/same-type'
import { CoverageCheckRequest } from '../http/schemas/coverage'

const cents = (what: string) => z.number().int().describe(`${what}, in cents`)
const payerRef = { id: z.string(), name: z.string(), kind: z.enum(PAYER_KINDS), confidence: z.number().min(0).max(1) }

export const CoverageCheckResponseSchema = sameType<CoverageCheckResult>()(
  z.object({
    payer: z
      .object({
        ...payerRef,
        matchedBy: z.enum(['id', 'alias', 'fuzzy', 'member_id_prefix']),
        alternatives: z.array(z.object(payerRef)).describe('Other close matches, to confirm with the visitor'),
      })
      .nullable()
      .describe('Null when the payer is not recognized (then `coverage.status` is `unknown`)'),
    plan: z.object({
      type: z.enum(PLAN_TYPES).nullable(),
      market: z.enum(MARKETS).nullable(),
      metalTier: z.enum(METAL_TIERS).nullable(),
      name: z.string().nullable(),
    }),
    coverage: z.object({
      status: z.enum(COVERAGE_STATUSES),
      program: z.enum(PROGRAMS),
      priorAuthorization: z.enum(PRIOR_AUTHORIZATION),
      referralRequired: z.boolean().nullable(),
      outOfNetworkBenefits: z.boolean().nullable(),
      behavioralHealthManager: z.object({ name: z.string(), phone: z.string().nullable() }).nullable(),
      billingCodes: z.array(z.string()).describe('HCPCS and revenue codes IOP is billed with'),
      notes: z.array(z.string()),
      sources: z.array(SourceRef),
      rule: z.object({ id: z.string(), version: z.string() }),
    }),
    estimate: z.object({
      currency: z.literal('USD'),
      days: z.number().int(),
      chargeTotal: cents('What the program bills'),
      allowedTotal: cents('What the plan allows'),
      planPays: cents('The plan’s share'),
      patientPays: cents('The patient’s share, balance billing included'),
      breakdown: z.object({
        deductible: cents('Paid toward the deductible'),
        coinsurance: cents('Coinsurance'),
        copay: cents('Copays'),
        balanceBilling: cents('Charge above the allowed amount, out of network'),
      }),
      outOfPocketMaxReachedOnDay: z.number().int().nullable(),
      weeks: z.array(z.object({ week: z.number().int(), patientPays: z.number().int(), planPays: z.number().int() })),
      assumptions: z
        .array(z.object({ field: z.string(), value: z.union([z.number(), z.string(), z.boolean(), z.null()]), why: z.string() }))
        .describe('Every value the rules supplied because the request did not give it'),
      explanation: z.array(z.string()),
      range: z
        .object({ low: z.number().int(), high: z.number().int(), basis: z.array(z.string()) })
        .optional()
        .describe('Only when the benefits are unknown: patient cost under low and high typical plans'),
    }),
    nextSteps: z.array(z.string()),
  }),
)

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
  payer: { id: 'aetna', name: 'Aetna', kind: 'commercial', confidence: 1, matchedBy: 'alias', alternatives: [] },
  plan: { type: 'PPO', market: 'employer', metalTier: null, name: 'Open Access PPO' },
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
  nextSteps: ['Ask whether your plan requires prior authorization for IOP; many plans do.'],
}

export const coverageApi = defineOperations([
  {
    method: 'post',
    path: '/v1/coverage/checks',
    operationId: 'checkCoverage',
    tag: 'Coverage',
    summary: 'Will the plan pay for IOP, and what will the patient owe?',
    description:
      'Recognizes the payer and plan from free text, applies the carrier’s IOP rules and computes the cost of the course day by day, exactly (integer cents). Only `payer` is required: what is missing is filled with typical values, each listed in `estimate.assumptions`; benefits you give are applied exactly as given.\n\nAn unknown payer is not an error: `payer` is `null`, `coverage.status` is `unknown` and `nextSteps` says what to do. Member IDs are used only to recognize the payer by prefix and are never stored, logged or echoed.',
    access: 'site_key_or_staff',
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
  },
])
