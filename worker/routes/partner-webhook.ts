/**
 * @module
 * `PUT /v1/partners/me/webhook` (staff): sets where the caller's partner receives leads, with a
 * fresh signing secret shown once (every URL set rotates the secret). `{"url": null}` turns
 * delivery off. The only way to set the URL: `PATCH /v1/partners/me` refuses the field.
 */
import { Hono } from 'hono'
import { setWebhookUrl } from '../adapters/d1/partner-webhook'
import { webhookUrlProblem } from '../domain/delivery/webhook-url'
import type { AppEnv } from '../env'
import { requireStaff } from '../http/middleware/staff-auth'
import { getStaffActor } from '../http/middleware/tenant'
import { invalidatePartnerCache } from '../http/partner-cache'
import { validationError } from '../http/problem'
import type { WebhookUpdateResponse } from '../http/schemas/webhook'
import { WebhookUpdateRequest } from '../http/schemas/webhook'
import { requireJson, validate } from '../http/validate'

export const partnerWebhook = new Hono<AppEnv>().put(
  '/',
  requireStaff(),
  requireJson(),
  validate('json', WebhookUpdateRequest),
  async (c) => {
    const staff = getStaffActor(c)
    const { url } = c.req.valid('json')
    const problem = url === null ? null : webhookUrlProblem(url, c.env.ENVIRONMENT)
    if (problem) throw validationError([{ path: 'url', message: problem }])
    const secret = await setWebhookUrl(c.env.DB, c.env.PHI_ENCRYPTION_KEY, staff.partnerId, url)
    invalidatePartnerCache()
    c.header('Cache-Control', 'no-store')
    return c.json<WebhookUpdateResponse>({ url, secret })
  },
)
