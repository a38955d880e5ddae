/**
 * @module
 * Eligibility: the payer's own answer. Routes parse, guard and render; the services compose.
 * - `POST /v1/eligibility/x12?program=&estimate=1&network=&state=&locale=`: body is a raw 271
 *   (text/plain) → the reading, without PHI; with `estimate=1`, one answer per entry
 *   (`coverageChecks`). The body is read by the handler: it is X12 text, not JSON.
 * - `POST /v1/eligibility/checks`: a real-time 270/271 through the configured clearinghouse, plus
 *   the answer for the member (`coverageCheck`), with the partner's contract as the coverage
 *   check uses it.
 */
import { read271 } from '../domain/x12/read-271'
import { withoutControlChars } from '../domain/text/control-chars'
import type { AppEnv } from '../env'
import { contractFor } from '../http/partner-cache'
import {
  EligibilityCheckRequest,
  EligibilityX12Query,
  MAX_X12_BYTES,
  X12_MEDIA_TYPES,
  type EligibilityCheckResponse,
  type EligibilityX12Response,
} from '../http/schemas/eligibility'
import { problem } from '../http/problem'
import { getCaller } from '../http/middleware/tenant'
import { requireBodyWithin } from '../http/validate'
import { chooseLocale } from '../i18n'
import type { Locale } from '../domain/answer/types'
import type { ServiceContext } from '../services/answer-inputs'
import { answerPasted271 } from '../services/pasted-271'
import { runRealTimeCheck } from '../services/real-time-check'
import * as z from 'zod'
import { TURNSTILE_HEADER } from '../http/middleware/site-key'
import { JSON_BODY_PROBLEMS, SITE_KEY_PROBLEMS, STAFF_PROBLEMS, TURNSTILE_PROBLEMS } from '../http/openapi/problems'
import { CoverageCheckResponseSchema, RESPONSE_EXAMPLE as COVERAGE_EXAMPLE } from './coverage'
import type { Context } from 'hono'
import { defineRoute, type Documented } from '../http/route'
import { requireExactCheckEnabled } from '../http/middleware/exact-check'
import { limitByIp, limitByMemberId, limitBySiteKey } from '../http/middleware/rate-limit'
import { requireTurnstile } from '../http/middleware/turnstile'

/** The locale and the calling partner's contracts, as the answer services take them. */
const serviceContext = (c: Context<AppEnv>, locale: Locale | undefined): ServiceContext => {
  const partnerId = c.get('partner').id
  return {
    locale: chooseLocale(locale, c.req.header('Accept-Language')),
    contractFor: (payerId) => contractFor(c.env.DB, partnerId, payerId),
  }
}

const coded = z.object({ code: z.string(), meaning: z.string().nullable() })
const amounts = z.object({ total: z.number().int().nullable(), remaining: z.number().int().nullable() })
const figures = z.object({
  deductible: amounts,
  outOfPocketMax: amounts,
  coinsurance: z.number().nullable().describe('Patient share as a fraction'),
  copay: z.number().int().nullable().describe('Cents per visit or day'),
  priorAuthorization: z.enum(['required', 'not_required', 'unknown']),
  // v0.2 (x18): where each figure came from, limits, whom to ask for authorization.
  from: z
    .object({ deductible: z.string(), outOfPocketMax: z.string(), coinsurance: z.string(), copay: z.string(), priorAuthorization: z.string() })
    .partial()
    .optional()
    .describe('The EB03 service type each figure was read from (`AI`, `MH`, `30`, `96`; `30` for a line without EB03)'),
  limits: z
    .array(z.object({ quantity: z.number(), unit: z.enum(['days', 'visits', 'hours']), period: z.string().nullable(), serviceType: z.string() }))
    .optional()
    .describe('EB01 F day/visit/hour limits of the most specific service type that has any; `period` is EB06 in words'),
  authorizationContact: z.object({ name: z.string().nullable(), phone: z.string().nullable() }).nullable().optional(),
})
const contact = z.object({ name: z.string().nullable(), phone: z.string().nullable(), fax: z.string().nullable(), email: z.string().nullable(), url: z.string().nullable() })

export const EligibilityReadingSchema = z.object({
  program: z.enum(['substance_use', 'mental_health']),
  transactions: z.array(
    z.object({
      level: z.enum(['subscriber', 'dependent', 'payer', 'provider']),
      status: z.enum(['active', 'inactive', 'rejected', 'unknown']),
      payer: z.object({ name: z.string().nullable(), id: z.string().nullable() }),
      planName: z.string().nullable(),
      rejections: z.array(z.object({ code: z.string(), meaning: z.string().nullable(), followUp: coded.nullable() })),
      carveOut: z.object({ name: z.string(), phone: z.string().optional() }).nullable(),
      memberIdPresent: z.boolean(),
      dates: z
        .object({ eligibilityBegin: z.string(), eligibilityEnd: z.string(), planBegin: z.string(), planEnd: z.string() })
        .partial()
        .optional()
        .describe('ISO dates from DTP 346/347, 356/357, 291, 307 (plan and eligibility, never the person)'),
      groupNumber: z.string().nullable().optional().describe('REF*6P, else REF*18'),
      payerContacts: z.array(contact).optional().describe("The payer's PER contacts (2100A)"),
      otherPayers: z
        .array(z.object({ name: z.string().nullable(), insuranceType: z.string().nullable() }))
        .optional()
        .describe('EB01 R lines (coordination of benefits) with the organization their 2120 names'),
      benefits: z.array(
        z.object({
          info: coded,
          coverageLevel: coded.nullable(),
          serviceTypes: z.array(coded),
          insuranceType: z.string().nullable(),
          planDescription: z.string().nullable(),
          timePeriod: coded.nullable(),
          amount: z.number().int().nullable(),
          percent: z.number().nullable(),
          quantity: z.object({ qualifier: coded.nullable(), value: z.number().nullable() }).nullable(),
          authorization: z.enum(['required', 'not_required', 'unknown']).nullable(),
          network: z.enum(['in', 'out', 'both', 'unknown']).nullable(),
          procedure: z.string().nullable(),
          messages: z.array(z.string()),
          relatedEntities: z.array(
            z.object({ entity: coded, name: z.string().nullable(), id: z.object({ qualifier: z.string(), value: z.string() }).nullable(), contacts: z.array(contact) }),
          ),
        }),
      ),
      iop: z.object({ inNetwork: figures, outOfNetwork: figures }),
    }),
  ),
})

/** The reading, plus (with `?estimate=1`) a coverage check per entry. */
export const EligibilityX12ResponseSchema = EligibilityReadingSchema.extend({
  coverageChecks: z
    .array(CoverageCheckResponseSchema)
    .optional()
    .describe('With `estimate=1`: one answer per entry of `transactions`, same order; a rejected entry gets an answer without a price (`noEstimate: member_rejected`).'),
})

const FIGURES = {
  deductible: { total: 150000, remaining: 100000 },
  outOfPocketMax: { total: 600000, remaining: 550000 },
  coinsurance: 0.2,
  copay: null,
  priorAuthorization: 'required',
}
const READING_EXAMPLE = {
  program: 'substance_use',
  transactions: [
    {
      level: 'subscriber',
      status: 'active',
      payer: { name: 'AETNA', id: '60054' },
      planName: 'OPEN ACCESS PPO',
      rejections: [],
      carveOut: null,
      memberIdPresent: true,
      benefits: [],
      iop: { inNetwork: FIGURES, outOfNetwork: { ...FIGURES, coinsurance: 0.4 } },
    },
  ],
}

export const eligibilityRoutes = [
  defineRoute({
    method: 'post',
    path: '/v1/eligibility/x12',
    operationId: 'readX12',
    tag: 'Eligibility',
    summary: 'Read an X12 271 eligibility response',
    description:
      'Send a raw 271 (004010 or 005010, any delimiters, one or many transactions) as the body. The answer has one entry per subscriber or dependent, every EB line decoded, and the `iop` summary for `program`, which feeds a coverage check’s `benefits` directly. With `estimate=1` it also answers `coverageChecks`: per entry, the coverage check computed with that entry’s figures (`network` side, `state` for state rules; the payer from the 271’s payer id or name). The reading has no field for a name, member ID or date of birth.',
    access: 'staff',
    idempotent: true,
    query: EligibilityX12Query,
    body: { schema: z.string(), contentType: 'text/plain', examples: { isa: { summary: 'A 271 (shortened)', value: 'ISA*00*          *00*          *ZZ*AETNA…~' } } },
    responses: {
      200: {
        description: 'The reading; with `estimate=1`, also `coverageChecks`.',
        schema: EligibilityX12ResponseSchema,
        examples: {
          active: { summary: 'Active, SUD benefits in and out of network', value: READING_EXAMPLE },
          estimate: { summary: 'With estimate=1: a coverage check per entry', value: { ...READING_EXAMPLE, coverageChecks: [COVERAGE_EXAMPLE] } },
        },
      },
    },
    problems: ['validation_failed', 'unsupported_media_type', 'payload_too_large', 'x12_unreadable', 'x12_too_large', ...STAFF_PROBLEMS],
    handler: async (c) => {
      const type = (c.req.header('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase()
      if (!(X12_MEDIA_TYPES as readonly string[]).includes(type)) {
        throw problem(
          'unsupported_media_type',
          'Send the raw 271 as the body with Content-Type: text/plain.',
        )
      }
      await requireBodyWithin(c.req, MAX_X12_BYTES)
      const query = c.req.valid('query')
      const reading = read271(await c.req.text(), query.program)
      if (!reading.ok && reading.error.reason === 'too_large') {
        // x18: a readable 271 above the per-document limits (domain/x12/read-271.ts) is a 413.
        throw problem('x12_too_large', reading.error.message, {
          errors: [{ path: 'body', message: reading.error.message }],
        })
      }
      if (!reading.ok) {
        throw problem('x12_unreadable', reading.error.message, {
          errors: [{ path: 'body', message: reading.error.message }],
        })
      }
      const ctx = serviceContext(c, query.locale)
      // Payer free text is echoed: no control characters in it (issue 13, h13).
      const body = await answerPasted271(withoutControlChars(reading.value), query, ctx)
      c.header('Cache-Control', 'no-store')
      if (query.estimate === '1') {
        c.header('Content-Language', ctx.locale)
        c.header('Vary', 'Accept-Language', { append: true })
      }
      return c.json<Documented<EligibilityX12Response, typeof EligibilityX12ResponseSchema>>(body)
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/eligibility/checks',
    operationId: 'checkEligibility',
    tag: 'Eligibility',
    summary: 'Real-time 270/271 check through the clearinghouse',
    description:
      'Asks the payer, through the configured clearinghouse, for the member’s benefits. Answers the reading plus `benefits` and `benefitsOutOfNetwork` in the shape of a coverage check’s `benefits`, and `coverageCheck`: the coverage check computed with the member’s figures for `network` (default in), the plan name of the 271 unless `plan` is given, and the payer’s word on the coverage (inactive, prior authorization). Repeated checks within a day are answered from an encrypted cache.\n\nThe widget calls it from the exact-check frame with the site key, only where the partner enabled the exact check, and with a Turnstile token in `X-Turnstile-Token`; staff skip both. Limited per IP, per site key and per member ID (hashed).',
    access: 'site_key_or_staff',
    // It handles PHI and costs a clearinghouse call: every guard applies (staff skip the
    // exact-check switch and Turnstile), and the member ID has its own limit, read from the body.
    guards: [requireExactCheckEnabled(), limitByIp(), limitBySiteKey(), requireTurnstile()],
    bodyGuards: [limitByMemberId()],
    headers: {
      [TURNSTILE_HEADER]: { description: 'Turnstile token (single use). Required for site-key callers; staff skip it.' },
    },
    idempotent: true,
    body: {
      schema: EligibilityCheckRequest,
      examples: { sandbox: { summary: 'A sandbox member (local only)', value: { payer: 'aetna', memberId: 'ACTIVE001', firstName: 'Jane', lastName: 'Doe', dateOfBirth: '1985-02-14', program: 'substance_use' } } },
    },
    responses: {
      200: {
        description: 'The payer’s answer, without PHI.',
        schema: z.looseObject({ payerId: z.string(), program: z.string(), transactions: z.array(z.unknown()), coverageCheck: CoverageCheckResponseSchema }),
        examples: {
          active: {
            summary: 'Active member, benefits ready for a coverage check',
            value: {
              ...READING_EXAMPLE,
              payerId: 'aetna',
              benefits: { deductible: { total: 150000, met: 50000 }, outOfPocketMax: { total: 600000, met: 50000 }, coinsurance: 0.2 },
              benefitsOutOfNetwork: { deductible: { total: 150000, met: 50000 }, outOfPocketMax: { total: 600000, met: 50000 }, coinsurance: 0.4 },
              source: { cached: false, checkedAt: '2026-11-23T12:00:00.000Z' },
              coverageCheck: COVERAGE_EXAMPLE,
            },
          },
        },
      },
    },
    problems: [...JSON_BODY_PROBLEMS, ...SITE_KEY_PROBLEMS, 'exact_check_disabled', ...TURNSTILE_PROBLEMS, 'payer_unknown', 'payer_not_supported', 'eligibility_rejected', 'clearinghouse_refused', 'clearinghouse_unreachable', 'payer_timeout', 'payer_unavailable', 'clearinghouse_error', 'clearinghouse_bad_response', 'clearinghouse_not_configured', 'clearinghouse_busy', 'clearinghouse_misconfigured', 'exact_check_unavailable', 'rate_limited'],
    handler: async (c) => {
      const req = c.req.valid('json')
      const ctx = serviceContext(c, req.locale)
      const body = await runRealTimeCheck(c.env, req, c.get('requestId'), ctx, getCaller(c))
      c.header('Cache-Control', 'no-store')
      c.header('Content-Language', ctx.locale)
      c.header('Vary', 'Accept-Language', { append: true })
      return c.json<EligibilityCheckResponse>(body)
    },
  }),
]

