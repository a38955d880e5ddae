/**
 * @module
 * The problem+json body every error response carries (RFC 9457 plus `code`, `errors`,
 * `retryable` and `requestId`), as a schema for the OpenAPI document and for clients' tests.
 */
import * as z from 'zod'
import type { Problem } from '../problem'

export const ProblemSchema = z.object({
  type: z.string().describe('`/docs#problem-<code>`: where this problem is explained'),
  title: z.string(),
  status: z.number().int().min(400).max(599),
  detail: z.string().describe('What went wrong, for a human; never echoes PHI'),
  code: z.string().describe('Stable machine-readable code; one per anchor on /docs'),
  errors: z
    .array(z.object({ path: z.string(), message: z.string() }))
    .optional()
    .describe('One entry per invalid field, with a dotted path'),
  retryable: z.boolean().optional(),
  requestId: z.string().optional().describe('Also in the `X-Request-Id` header; quote it to support'),
}) satisfies z.ZodType<Problem>
