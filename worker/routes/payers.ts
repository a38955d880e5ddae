/** @module `GET /v1/payers?q=&state=&limit=`: ranked payer matches for typeahead. */
import * as z from 'zod'
import { PAYERS_BY_ID } from '../data/payers'
import { PAYER_MATCHER as matcher } from '../data/payers/matcher'
import {
  ALTERNATIVE_REASONS,
  PAYER_STATUSES,
  PRODUCT_LINES,
  productLineOf,
  type PayerCandidate,
} from '../domain/payer/types'
import { defineRoute, type Documented } from '../http/route'
import { PayerSearchQuery, type PayerSearchResponse, type PayerSearchResult } from '../http/schemas/payers'

export const PayerSearchResponseSchema = z.object({
  results: z.array(
    z.object({
      id: z.string().describe('Stable payer id; send it back as `payer: {"id": …}` in a coverage check'),
      name: z.string(),
      kind: z.string().describe('commercial, medicaid, medicare, medicare_advantage, tricare, va, marketplace or other'),
      states: z.array(z.string()).describe('USPS codes where the payer sells plans (all states when national)'),
      score: z.number().min(0).max(1).describe('Match confidence, best first'),
      matchedBy: z.string().describe('How it matched: id, alias, fuzzy or member_id_prefix'),
      inState: z.boolean().nullable().describe('Whether the payer serves `state` (national payers do); null without a state'),
      reason: z
        .enum(ALTERNATIVE_REASONS)
        .optional()
        .describe('For every result but the confident best: why it is offered ("did you mean")'),
      line: z.enum(PRODUCT_LINES).describe('Product line: commercial, marketplace, medicaid_program, medicaid_mco, tpa, network, sharing_ministry…'),
      status: z.enum(PAYER_STATUSES).describe('active, defunct (no longer offers coverage) or merged_into (see mergedInto)'),
      mergedInto: z
        .object({ id: z.string(), name: z.string().nullable(), date: z.string(), whatNow: z.string() })
        .optional()
        .describe('With status merged_into: the successor record and what the member does now'),
      notInsurance: z.literal(true).optional().describe('A health-care sharing ministry: not insurance'),
    }),
  ),
  best: z.string().nullable().optional().describe('Id of the confident best match (results[0]), or null when nothing matched confidently'),
})

/** One result: the record's public fields, the match, and what the widget needs to explain it. */
function result(m: PayerCandidate): PayerSearchResult {
  const { payer } = m
  const successor = payer.mergedInto ? PAYERS_BY_ID.get(payer.mergedInto.id) : undefined
  return {
    id: payer.id,
    name: payer.name,
    kind: payer.kind,
    states: payer.states,
    score: m.confidence,
    matchedBy: m.matchedBy,
    inState: m.inState ?? null,
    ...(m.reason ? { reason: m.reason } : {}),
    line: productLineOf(payer),
    status: payer.status ?? 'active',
    ...(payer.mergedInto
      ? {
          mergedInto: {
            id: payer.mergedInto.id,
            name: successor?.name ?? null,
            date: payer.mergedInto.date,
            whatNow: payer.mergedInto.whatNow,
          },
        }
      : {}),
    ...(payer.notInsurance ? { notInsurance: true as const } : {}),
  }
}

export const payerRoutes = [
  defineRoute({
    method: 'get',
    path: '/v1/payers',
    operationId: 'searchPayers',
    tag: 'Payers',
    summary: 'Search the payer directory (typeahead)',
    description:
      'Ranked matches for what a visitor typed ("bcbs tx", "uhc", "tricare"). Matching ignores case, punctuation and common abbreviations; `state` ranks payers selling plans there first.\n\nSafe to cache: responses carry `Cache-Control: public, max-age=300`.',
    access: 'public',
    cors: 'any',
    query: PayerSearchQuery,
    responses: {
      200: {
        description: 'Matches, best first (possibly none).',
        schema: PayerSearchResponseSchema,
        examples: {
          uhc: {
            summary: 'GET /v1/payers?q=uhc&state=TX&limit=1',
            value: {
              results: [
                { id: 'unitedhealthcare', name: 'UnitedHealthcare', kind: 'commercial', states: [], score: 1, matchedBy: 'alias', inState: true, line: 'commercial', status: 'active' },
              ],
              best: 'unitedhealthcare',
            },
          },
          none: { summary: 'Nothing matched', value: { results: [], best: null } },
        },
      },
    },
    problems: ['validation_failed'],
    handler: (c) => {
      const { q, state, limit } = c.req.valid('query')
      const { best, alternatives } = matcher.match({ text: q, ...(state ? { state } : {}), limit })
      // With no confident best, the weaker candidates are still offered to pick from.
      const results = (best ? [best, ...alternatives] : alternatives).slice(0, limit).map(result)
      c.header('Cache-Control', 'public, max-age=300')
      return c.json<Documented<PayerSearchResponse, typeof PayerSearchResponseSchema>>({ results, best: best?.payer.id ?? null })
    },
  }),
]
