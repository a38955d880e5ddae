import type { Context } from 'hono'
import * as z from 'zod'
import type { AppEnv } from '../env'
import { originAllowed } from '../http/origin-allowed'
import { partnerForSiteKey } from '../http/partner-cache'
import { problem } from '../http/problem'
import { defineRoute } from '../http/route'
import { DEFAULT_TURNSTILE_SCRIPT_URL, exactCheckFramePage, frameCsp } from '../pages/exact-check-frame'

/** A pinned version (`v1.2.3`); another channel name matches no route, so it is a 404. */
const PINNED_CHANNEL = 'v\\d+\\.\\d+\\.\\d+'
const FrameChannelParam = z.object({
  channel: z.string().regex(new RegExp(`^${PINNED_CHANNEL}$`)).describe('A pinned widget version such as v0.1.0'),
})

/** The frame's query. */
export const FrameQuery = z.object({
  'site-key': z.string().regex(/^pk_\w{1,64}$/, { error: 'must be a publishable key (pk_…)' }),
  origin: z
    .string()
    .max(200)
    .refine((s) => URL.canParse(s) && new URL(s).origin === s && /^https?:$/.test(new URL(s).protocol), {
      error: 'must be an http(s) origin such as https://example.org',
    }),
  locale: z.enum(['en', 'es']).default('en'),
  /** Which form: the exact check (member ID) or the callback request (contact details). */
  form: z.enum(['exact', 'callback']).default('exact'),
})

/** `TURNSTILE_SCRIPT_URL` when it is an http(s) URL, else Cloudflare's. */
const turnstileScriptUrl = (configured: string | undefined): string =>
  configured && URL.canParse(configured) && /^https?:$/.test(new URL(configured).protocol)
    ? configured
    : DEFAULT_TURNSTILE_SCRIPT_URL

/**
 * The checker-origin frame with the exact check or the callback form, embeddable only by the
 * partner origin named in `origin`, which must be registered for the site key. `channel` is the
 * bundle's: `v1`, or a pinned version whose frame loads that version's script.
 */
async function frame(c: Context<AppEnv>, query: z.output<typeof FrameQuery>, channel: string): Promise<Response> {
  const { 'site-key': siteKey, origin, locale, form } = query
  const partner = await partnerForSiteKey(c.env.DB, siteKey)
  if (!partner || !originAllowed(origin, partner.allowedOrigins)) {
    throw problem('origin_not_allowed', 'This site key may not embed the exact check on that origin.')
  }
  const scriptUrl = turnstileScriptUrl(c.env.TURNSTILE_SCRIPT_URL)
  c.header('Content-Security-Policy', frameCsp(origin, scriptUrl))
  c.header('Cache-Control', 'no-store')
  c.header('Referrer-Policy', 'no-referrer')
  return c.html(
    exactCheckFramePage({
      hostOrigin: origin,
      siteKey,
      locale,
      form,
      turnstileSiteKey: partner.turnstileSiteKey,
      turnstileScriptUrl: scriptUrl,
      channel,
    }),
  )
}

const FRAME_HTML = { 200: { description: 'An HTML page for an iframe.', schema: z.string(), contentType: 'text/html' } }

export const widgetFrameRoutes = [
  defineRoute({
    method: 'get',
    path: '/widget/v1/exact-check',
    operationId: 'getExactCheckFrame',
    tag: 'Pages',
    summary: 'The exact-check frame the widget embeds',
    description:
      'The widget opens it in an iframe so member IDs, names and dates of birth are typed on the API’s origin, never the partner page’s. Its CSP lets only `origin` frame it, and only when `origin` is registered for the site key; it posts the answer back to that origin only.',
    access: 'public',
    query: FrameQuery,
    responses: FRAME_HTML,
    problems: ['validation_failed', 'origin_not_allowed'],
    handler: (c) => frame(c, c.req.valid('query'), 'v1'),
  }),
  defineRoute({
    method: 'get',
    path: `/widget/:channel{${PINNED_CHANNEL}}/exact-check`,
    operationId: 'getPinnedExactCheckFrame',
    tag: 'Pages',
    summary: 'The exact-check frame of a pinned widget version',
    description:
      'The same frame as `/widget/v1/exact-check`, opened by a pinned bundle (`/widget/v0.1.0/…`) on its own channel; it loads that version’s frame script. Another channel name is a 404.',
    access: 'public',
    params: FrameChannelParam,
    query: FrameQuery,
    responses: FRAME_HTML,
    problems: ['validation_failed', 'origin_not_allowed', 'not_found'],
    handler: (c) => frame(c, c.req.valid('query'), c.req.valid('param').channel),
  }),
]
