/** The operations of `routes/payers.ts`, for the OpenAPI document and /docs. */
import * as z from 'zod'
import { defineOperations } from '../http/openapi/registry'
import { sameType } from '../http/openapi/same-type'
import { PayerSearchQuery, type PayerSearchResponse } from '../http/schemas/payers'

export const PayerSearchResponseSchema = sameType<PayerSearchResponse>()(
  z.object({
    results: z.array(
      z.object({
        id: z.string().describe('Stable payer id; send it back as `payer: {"id": …}` in a coverage check'),
        name: z.string(),
        kind: z.string().describe('commercial, medicaid, medicare, medicare_advantage, tricare, va, marketplace or other'),
        states: z.array(z.string()).describe('USPS codes where the payer sells plans (all states when national)'),
        score: z.number().min(0).max(1).describe('Match confidence, best first'),
        matchedBy: z.string().describe('How it matched: id, alias, fuzzy or member_id_prefix'),
      }),
    ),
  }),
)

export const payersApi = defineOperations([
  {
    method: 'get',
    path: '/v1/payers',
    operationId: 'searchPayers',
    tag: 'Payers',
    summary: 'Search the payer directory (typeahead)',
    description:
      'Ranked matches for what a visitor typed ("bcbs tx", "uhc", "tricare"). Matching ignores case, punctuation and common abbreviations; `state` ranks payers selling plans there first.\n\nSafe to cache: responses carry `Cache-Control: public, max-age=300`.',
    access: 'public',
    query: PayerSearchQuery,
    responses: {
      200: {
        description: 'Matches, best first (possibly none).',
        schema: PayerSearchResponseSchema,
        examples: {
          uhc: {
            summary: 'GET /v1/payers?q=uhc&state=TX&limit=1',
            value: {
              results: [{ id: 'unitedhealthcare', name: 'UnitedHealthcare', kind: 'commercial', states: [], score: 1, matchedBy: 'alias' }],
            },
          },
          none: { summary: 'Nothing matched', value: { results: [] } },
        },
      },
    },
    problems: ['validation_failed'],
  },
])
