import { Hono } from 'hono'
import * as z from 'zod'
import type { AppEnv } from '../env'
import { originAllowed } from '../http/origin-allowed'
import { partnerForSiteKey } from '../http/partner-cache'
import { problem } from '../http/problem'
import { validate } from '../http/validate'
import { DEFAULT_TURNSTILE_SCRIPT_URL, exactCheckFramePage, frameCsp } from '../pages/exact-check-frame'

/**
 * The pinned channels' frame (`/widget/v0.1.0/exact-check`), which loads the pinned script: a
 * pinned bundle opens its frame on its own channel. `channel` is a version (`v1.2.3`); anything
 * else is a 404.
 */
export const PINNED_FRAME_PATH = '/widget/:channel/exact-check'
export const FrameChannelParam = z.object({
  channel: z.string().regex(/^v\d+\.\d+\.\d+$/, { error: 'must be a pinned version such as v0.1.0' }),
})

/** The frame's query; exported for its OpenAPI operation. */
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
 * `GET /widget/v1/exact-check?site-key=&origin=&locale=&form=exact|callback`: the checker-origin
 * frame with the exact check or the callback form, embeddable only by the partner origin named in
 * `origin`, which must be registered for the site key.
 */
export const widgetFrame = new Hono<AppEnv>().get('/', validate('query', FrameQuery), async (c) => {
  const { 'site-key': siteKey, origin, locale, form } = c.req.valid('query')
  const channel = c.req.param('channel' as never) as string | undefined
  if (channel !== undefined && !FrameChannelParam.safeParse({ channel }).success) {
    throw problem('not_found', 'No widget channel of that name.')
  }
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
      channel: channel ?? 'v1',
    }),
  )
})
