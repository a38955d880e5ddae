/**
 * @module
 * `PUT /v1/partners/me/webhook` (staff): sets where the caller's partner receives leads, with a
 * fresh signing secret shown once. `{"url": null}` turns delivery off. (Branch `leads`; the lead
 * reconciles it with the partners engineer's `/v1/partners/me` routes.)
 */
import { invalidatePartnerCache } from '../http/partner-cache'
import { Hono } from 'hono'
import { saveWebhookTarget } from '../adapters/d1/partner-webhook'
import { newWebhookSecret } from '../adapters/webhook/signature'
import type { AppEnv } from '../env'
import { requireStaff } from '../http/middleware/staff-auth'
import { getStaffActor } from '../http/middleware/tenant'
import { validationError } from '../http/problem'
import type { WebhookUpdateResponse } from '../http/schemas/webhook'
import { WebhookUpdateRequest, isAllowedWebhookUrl } from '../http/schemas/webhook'
import { requireJson, validate } from '../http/validate'

export const partnerWebhook = new Hono<AppEnv>().put(
  '/',
  requireStaff(),
  requireJson(),
  validate('json', WebhookUpdateRequest),
  async (c) => {
    const staff = getStaffActor(c)
    const { url } = c.req.valid('json')
    if (url !== null && !isAllowedWebhookUrl(new URL(url), c.env.ENVIRONMENT)) {
      throw validationError([{ path: 'url', message: 'must be an https:// URL without credentials' }])
    }
    const secret = url === null ? null : newWebhookSecret()
    await saveWebhookTarget(
      c.env.DB,
      c.env.PHI_ENCRYPTION_KEY,
      staff.partnerId,
      url === null || secret === null ? null : { url, secret },
    )
    invalidatePartnerCache()
    c.header('Cache-Control', 'no-store')
    return c.json<WebhookUpdateResponse>({ url, secret })
  },
)
