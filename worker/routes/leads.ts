/**
 * @module
 * `/v1/leads`: the widget posts a callback request with consent (site key); staff list and read
 * them (decrypted, audited). A new lead is stored encrypted together with its webhook outbox row,
 * answered 202, and its row id put on the `LEAD_DELIVERIES` queue, whose consumer delivers it
 * (worker/jobs/queue.ts). The lead is committed before the message is sent: if the queue refuses
 * it, the lead is still accepted and tried once in the background, and the cron sweeper retries.
 */
import { Hono } from 'hono'
import { auditStatement, recordAudit } from '../adapters/d1/audit'
import { leadWorkflows, updateLeadWorkflow, type LeadWorkflow } from '../adapters/d1/lead-workflow'
import { findLead, insertLead, listLeads } from '../adapters/d1/leads'
import { findRetentionDays, findWebhookTarget } from '../adapters/d1/partner-webhook'
import { deliverOne, deliveryOptions } from '../adapters/webhook/deliver'
import type { LeadDeliveryMessage } from '../domain/delivery/queue-message'
import { log } from '../http/log'
import { leadCreatedBody } from '../domain/delivery/payload'
import { purgeAfter } from '../domain/retention/purge'
import type { AppEnv } from '../env'
import { requireStaff, requireSiteKeyOrStaff } from '../http/middleware/staff-auth'
import { limitByIp, limitBySiteKey } from '../http/middleware/rate-limit'
import { requireTurnstile } from '../http/middleware/turnstile'
import { getPartnerId, getStaffActor } from '../http/middleware/tenant'
import { problem } from '../http/problem'
import type { LeadAccepted, LeadListResponse, LeadView, LeadWorkflowView } from '../http/schemas/leads'
import { LeadIdParam, LeadListQuery, LeadPatchRequest, LeadRequest } from '../http/schemas/leads'
import { requireJson, validate } from '../http/validate'

const NEW_LEAD: LeadWorkflow = { status: 'new', owner: null, updatedAt: null }
const withWorkflow = <T extends { id: string }>(lead: T, w: LeadWorkflow | undefined) => {
  const { status, owner, updatedAt } = w ?? NEW_LEAD
  return { ...lead, status, owner, statusUpdatedAt: updatedAt }
}

const notFound = () => problem('not_found', 'There is no lead with this id.')

export const leads = new Hono<AppEnv>()
  .post('/', requireSiteKeyOrStaff(), limitByIp(), limitBySiteKey(), requireTurnstile(), requireJson(16 * 1024), validate('json', LeadRequest), async (c) => {
    const partnerId = getPartnerId(c)
    const body = c.req.valid('json')
    const now = new Date()
    const retention = (await findRetentionDays(c.env.DB, partnerId)) ?? 30
    const webhook = await findWebhookTarget(c.env.DB, c.env.PHI_ENCRYPTION_KEY, partnerId)
    const lead = {
      id: crypto.randomUUID(),
      partnerId,
      createdAt: now,
      consentAt: now,
      consentTextVersion: body.consentTextVersion,
      contact: {
        name: body.name,
        ...(body.phone ? { phone: body.phone } : {}),
        ...(body.email ? { email: body.email } : {}),
        ...(body.preferredTime ? { preferredTime: body.preferredTime } : {}),
        ...(body.message ? { message: body.message } : {}),
      },
      context: body.context ?? {},
      purgeAfter: purgeAfter(now, retention),
    }
    const deliveryId = crypto.randomUUID()
    const outbox = webhook ? { id: deliveryId, body: leadCreatedBody(deliveryId, lead) } : null
    await insertLead(c.env.DB, c.env.PHI_ENCRYPTION_KEY, lead, outbox, [
      auditStatement(
        c.env.DB,
        { partnerId, actor: 'site', action: 'lead.create', subjectId: lead.id, requestId: c.get('requestId') },
        now,
      ),
    ])
    if (outbox) {
      const message: LeadDeliveryMessage = { outboxId: outbox.id, partnerId }
      try {
        await c.env.LEAD_DELIVERIES.send(message, { contentType: 'json' })
      } catch (e) {
        log({ level: 'warn', event: 'lead_enqueue_failed', code: e instanceof Error ? e.name : 'unknown', x_delivery: outbox.id })
        // a failure leaves the row due for the cron sweeper
        c.executionCtx.waitUntil(deliverOne(deliveryOptions(c.env), outbox.id).catch(() => undefined))
      }
    }
    c.header('Cache-Control', 'no-store')
    return c.json<LeadAccepted>({ id: lead.id, status: 'received' }, 202)
  })
  .get('/', requireStaff(), validate('query', LeadListQuery), async (c) => {
    const staff = getStaffActor(c)
    const { limit, before } = c.req.valid('query')
    const stored = await listLeads(c.env.DB, c.env.PHI_ENCRYPTION_KEY, staff.partnerId, { limit, before })
    const workflows = await leadWorkflows(c.env.DB, staff.partnerId, stored.map((r) => r.id))
    const rows = stored.map((r) => withWorkflow(r, workflows.get(r.id)))
    // One row per list read, naming every lead it showed (issue 13: one row per lead read made
    // a 50-lead page 51 rows, and audit volume the first thing to fill D1).
    await recordAudit(
      c.env.DB,
      [{ partnerId: staff.partnerId, actor: staff.actor, action: 'lead.list', subjectIds: rows.map((r) => r.id), requestId: c.get('requestId') }],
      new Date(),
    )
    c.header('Cache-Control', 'no-store')
    return c.json<LeadListResponse>({ leads: rows as LeadView[] })
  })
  .get('/:id', requireStaff(), validate('param', LeadIdParam), async (c) => {
    const staff = getStaffActor(c)
    const { id } = c.req.valid('param')
    const lead = await findLead(c.env.DB, c.env.PHI_ENCRYPTION_KEY, staff.partnerId, id)
    if (!lead) throw notFound()
    await recordAudit(
      c.env.DB,
      [{ partnerId: staff.partnerId, actor: staff.actor, action: 'lead.read', subjectId: id, requestId: c.get('requestId') }],
      new Date(),
    )
    c.header('Cache-Control', 'no-store')
    const workflow = (await leadWorkflows(c.env.DB, staff.partnerId, [id])).get(id)
    return c.json<LeadView>(withWorkflow(lead, workflow) as LeadView)
  })
  // Admissions workflow: status and owner only (no PHI is changed or returned). Audited.
  .patch('/:id', requireStaff(), validate('param', LeadIdParam), requireJson(), validate('json', LeadPatchRequest), async (c) => {
    const staff = getStaffActor(c)
    const { id } = c.req.valid('param')
    const patch = c.req.valid('json')
    const now = new Date()
    const audit = auditStatement(
      c.env.DB,
      { partnerId: staff.partnerId, actor: staff.actor, action: 'lead.update', subjectId: id, requestId: c.get('requestId') },
      now,
    )
    const workflow = await updateLeadWorkflow(c.env.DB, staff.partnerId, id, patch, now, [audit])
    if (!workflow) throw notFound()
    c.header('Cache-Control', 'no-store')
    return c.json<LeadWorkflowView>({ id, status: workflow.status, owner: workflow.owner, statusUpdatedAt: workflow.updatedAt })
  })
