import { Hono } from 'hono'
import * as z from 'zod'
import { findOriginsBySiteKey } from '../adapters/d1/partner-origins'
import type { AppEnv } from '../env'
import { originAllowed } from '../http/origin-allowed'
import { ApiError } from '../http/problem'
import { validate } from '../http/validate'
import { exactCheckFramePage, frameCsp } from '../pages/exact-check-frame'

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
})

/**
 * `GET /widget/v1/exact-check?site-key=&origin=&locale=`: the exact-check frame, embeddable only
 * by the partner origin named in `origin`, which must be registered for the site key.
 */
export const widgetFrame = new Hono<AppEnv>().get('/', validate('query', FrameQuery), async (c) => {
  const { 'site-key': siteKey, origin, locale } = c.req.valid('query')
  const origins = await findOriginsBySiteKey(c.env.DB, siteKey)
  if (!origins || !originAllowed(origin, origins)) {
    throw new ApiError(403, 'origin_not_allowed', 'Origin not allowed', 'This site key may not embed the exact check on that origin.')
  }
  c.header('Content-Security-Policy', frameCsp(origin))
  c.header('Cache-Control', 'no-store')
  c.header('Referrer-Policy', 'no-referrer')
  return c.html(exactCheckFramePage({ hostOrigin: origin, siteKey, locale }))
})
