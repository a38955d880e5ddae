import { Hono, type Context } from 'hono'
import { listContracts, replaceContracts } from '../adapters/d1/contracts'
import { rotateWebhookSecret } from '../adapters/d1/partner-webhook'
import { updatePartner, type Partner } from '../adapters/d1/partners'
import { createStaffKey, listStaffKeys, revokeStaffKey } from '../adapters/d1/staff'
import type { AppEnv } from '../env'
import { requireStaff } from '../http/middleware/staff-auth'
import { invalidatePartnerCache } from '../http/partner-cache'
import { problem } from '../http/problem'
import { ContractsBody, PartnerPatch, StaffKeyCreate, type PartnerConfig } from '../http/schemas/partners'
import { requireJson, validate } from '../http/validate'

const toConfig = (partner: Partner, c: Context<AppEnv>): PartnerConfig => {
  const staff = c.get('staff')!
  return {
    id: partner.id,
    name: partner.name,
    siteKey: partner.siteKey,
    allowedOrigins: partner.allowedOrigins,
    admissionsPhone: partner.admissionsPhone,
    programs: partner.programs,
    branding: partner.branding,
    leadWebhookUrl: partner.leadWebhookUrl,
    webhookSecretSet: partner.hasWebhookSecret,
    exactCheckEnabled: partner.exactCheckEnabled,
    phiRetentionDays: partner.phiRetentionDays,
    turnstileSiteKey: partner.turnstileSiteKey,
    createdAt: partner.createdAt,
    updatedAt: partner.updatedAt,
    staff: { label: staff.label, via: staff.via },
  }
}

/**
 * `/v1/partners/me…`: the signed-in partner's own configuration, contracts, staff keys and webhook
 * secret. Staff only; every query is scoped by the partner the credential belongs to.
 */
export const partners = new Hono<AppEnv>()
  .use(requireStaff())
  .use(async (c, next) => {
    await next()
    c.header('Cache-Control', 'no-store')
  })
  .get('/me', (c) => c.json(toConfig(c.get('partner'), c)))
  .patch('/me', requireJson(), validate('json', PartnerPatch), async (c) => {
    const patch = c.req.valid('json')
    const updated = await updatePartner(c.env.DB, c.get('partner').id, patch)
    invalidatePartnerCache()
    return c.json(toConfig(updated!, c))
  })
  .get('/me/contracts', async (c) => c.json({ contracts: await listContracts(c.env.DB, c.get('partner').id) }))
  .put('/me/contracts', requireJson(), validate('json', ContractsBody), async (c) => {
    const { contracts } = c.req.valid('json')
    await replaceContracts(c.env.DB, c.get('partner').id, contracts)
    invalidatePartnerCache()
    return c.json({ contracts: await listContracts(c.env.DB, c.get('partner').id) })
  })
  .get('/me/staff-keys', async (c) => c.json({ keys: await listStaffKeys(c.env.DB, c.get('partner').id) }))
  .post('/me/staff-keys', requireJson(), validate('json', StaffKeyCreate), async (c) => {
    const { key, secret } = await createStaffKey(c.env.DB, c.env.HASH_KEY, c.get('partner').id, c.req.valid('json').label)
    // The only time the secret exists outside the caller: it is stored as a keyed hash.
    return c.json({ key, secret }, 201)
  })
  .delete('/me/staff-keys/:id', async (c) => {
    const id = c.req.param('id')
    const revoked = /^key_[A-Za-z0-9_-]{1,40}$/.test(id) && (await revokeStaffKey(c.env.DB, c.get('partner').id, id, new Date()))
    if (!revoked) throw problem('not_found', 'There is no active staff key with this id.')
    return c.body(null, 204)
  })
  .post('/me/webhook-secret', async (c) => {
    // The same rotation as `PUT /webhook` (one sealing format): deliveries sign with it at once.
    const secret = await rotateWebhookSecret(c.env.DB, c.env.PHI_ENCRYPTION_KEY, c.get('partner').id)
    invalidatePartnerCache()
    return c.json({ secret }, 201)
  })
