/**
 * @module
 * Schemas shared by every resource. Each resource's request and response schemas live beside
 * this file (`payers.ts`, `health.ts`, …): together they are the API contract the routes
 * validate with, the widget's types come from (`import type` only) and the OpenAPI document
 * is generated from.
 */
import * as z from 'zod'

/** USPS state and territory codes accepted wherever a `state` is asked. */
export const US_STATES = [
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA',
  'KS', 'KY', 'LA', 'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM',
  'NY', 'NC', 'ND', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA',
  'WV', 'WI', 'WY', 'PR', 'GU', 'VI', 'AS', 'MP',
] as const

export const StateCode = z
  .string()
  .transform((s) => s.trim().toUpperCase())
  .pipe(z.enum(US_STATES, { error: 'must be a USPS state code such as TX' }))

/** Printable text without control characters (C0, DEL, C1) or bidi overrides. */
export const safeText = (max: number) =>
  z
    .string()
    .max(max, { error: `must be at most ${max} characters` })
    .refine((s) => !/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(s), {
      error: 'must not contain control or bidi-override characters',
    })
