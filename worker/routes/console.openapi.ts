/**
 * The pages of `routes/console.ts` and `routes/widget-frame.ts` (the staff console and the
 * exact-check frame), for the OpenAPI document and /docs.
 */
import * as z from 'zod'
import { defineOperations } from '../http/openapi/registry'
import { FrameChannelParam, FrameQuery } from './widget-frame'

export const consoleApi = defineOperations([
  {
    method: 'get',
    path: '/console',
    operationId: 'getConsole',
    tag: 'Pages',
    summary: 'The admissions console (staff sign in inside it)',
    description:
      'The page is public; everything it shows comes from staff routes, after signing in with a staff key, which stays in the tab’s memory. Strict CSP, never cached, no referrer.',
    access: 'public',
    responses: { 200: { description: 'An HTML page.', schema: z.string(), contentType: 'text/html' } },
  },
  {
    method: 'get',
    path: '/widget/v1/exact-check',
    operationId: 'getExactCheckFrame',
    tag: 'Pages',
    summary: 'The exact-check frame the widget embeds',
    description:
      'The widget opens it in an iframe so member IDs, names and dates of birth are typed on the API’s origin, never the partner page’s. Its CSP lets only `origin` frame it, and only when `origin` is registered for the site key; it posts the answer back to that origin only.',
    access: 'public',
    query: FrameQuery,
    responses: { 200: { description: 'An HTML page for an iframe.', schema: z.string(), contentType: 'text/html' } },
    problems: ['validation_failed', 'origin_not_allowed'],
  },
  {
    method: 'get',
    path: '/widget/:channel/exact-check',
    operationId: 'getPinnedExactCheckFrame',
    tag: 'Pages',
    summary: 'The exact-check frame of a pinned widget version',
    description:
      'The same frame as `/widget/v1/exact-check`, opened by a pinned bundle (`/widget/v0.1.0/…`) on its own channel; it loads that version’s frame script.',
    access: 'public',
    params: FrameChannelParam,
    query: FrameQuery,
    responses: { 200: { description: 'An HTML page for an iframe.', schema: z.string(), contentType: 'text/html' } },
    problems: ['validation_failed', 'origin_not_allowed', 'not_found'],
  },
])
