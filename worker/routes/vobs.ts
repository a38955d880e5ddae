/**
 * @module
 * `/v1/vobs` (staff): saved verifications of benefits. Every PHI write and read is audited; the
 * list is built from non-PHI columns only. A VOB of another partner is a 404, exactly like a VOB
 * that does not exist, so ids leak nothing across tenants.
 */
import { Hono } from 'hono'
import { auditStatement, recordAudit } from '../adapters/d1/audit'
import { findRetentionDays } from '../adapters/d1/partner-webhook'
import { deleteVob, findVob, insertVob, listVobs } from '../adapters/d1/vobs'
import { hmacHex } from '../adapters/crypto'
import { purgeAfter } from '../domain/retention/purge'
import { vobReference } from '../domain/vob/reference'
import { summarizeVob } from '../domain/vob/summary'
import type { AppEnv } from '../env'
import { requireStaff } from '../http/middleware/staff-auth'
import { getStaffActor } from '../http/middleware/tenant'
import { problem } from '../http/problem'
import type { VobCreated, VobListResponse, VobView } from '../http/schemas/vobs'
import { VobCreateRequest, VobIdParam, VobListQuery } from '../http/schemas/vobs'
import { requireJson, validate } from '../http/validate'

const notFound = () => problem('not_found', 'There is no VOB with this id.')

/** Member IDs are compared case- and dash-insensitively, as payers print them inconsistently. */
export const normalizeMemberId = (memberId: string) => memberId.replace(/-/g, '').toUpperCase()

export const vobs = new Hono<AppEnv>()
  .use(requireStaff())
  .post('/', requireJson(), validate('json', VobCreateRequest), async (c) => {
    const staff = getStaffActor(c)
    const body = c.req.valid('json')
    const now = new Date()
    const id = crypto.randomUUID()
    const memberHmac = await hmacHex(c.env.HASH_KEY, normalizeMemberId(body.patient.memberId))
    const retention = (await findRetentionDays(c.env.DB, staff.partnerId)) ?? 30
    const vob = {
      id,
      partnerId: staff.partnerId,
      createdBy: staff.label,
      createdAt: now,
      summary: summarizeVob(body),
      memberHmac,
      patient: body.patient,
      result: {
        coverageCheck: body.coverageCheck,
        eligibility: body.eligibility,
        notes: body.notes,
        callReference: body.callReference,
        spokeWith: body.spokeWith,
        source: body.source,
        transactionIndex: body.transactionIndex,
      },
      purgeAfter: purgeAfter(now, retention),
    }
    await insertVob(c.env.DB, c.env.PHI_ENCRYPTION_KEY, vob, [
      auditStatement(
        c.env.DB,
        { partnerId: staff.partnerId, actor: staff.actor, action: 'vob.create', subjectId: id, memberHmac, requestId: c.get('requestId') },
        now,
      ),
    ])
    c.header('Cache-Control', 'no-store')
    return c.json<VobCreated>({ id, reference: vobReference(id), createdAt: now.toISOString(), purgeAfter: vob.purgeAfter.toISOString() }, 201)
  })
  .get('/', validate('query', VobListQuery), async (c) => {
    const staff = getStaffActor(c)
    const { limit, before } = c.req.valid('query')
    const items = await listVobs(c.env.DB, staff.partnerId, { limit, before })
    await recordAudit(
      c.env.DB,
      [{ partnerId: staff.partnerId, actor: staff.actor, action: 'vob.list', subjectIds: items.map((v) => v.id), requestId: c.get('requestId') }],
      new Date(),
    )
    c.header('Cache-Control', 'no-store')
    return c.json<VobListResponse>({ vobs: items.map((v) => ({ ...v, reference: vobReference(v.id) })) })
  })
  .get('/:id', validate('param', VobIdParam), async (c) => {
    const staff = getStaffActor(c)
    const { id } = c.req.valid('param')
    const vob = await findVob(c.env.DB, c.env.PHI_ENCRYPTION_KEY, staff.partnerId, id)
    if (!vob) throw notFound()
    await recordAudit(
      c.env.DB,
      [
        {
          partnerId: staff.partnerId,
          actor: staff.actor,
          action: 'vob.read',
          subjectId: id,
          memberHmac: vob.memberHmac,
          requestId: c.get('requestId'),
        },
      ],
      new Date(),
    )
    const { memberHmac: _omit, ...view } = vob
    c.header('Cache-Control', 'no-store')
    return c.json<VobView>({ ...view, reference: vobReference(id) } as VobView)
  })
  .delete('/:id', validate('param', VobIdParam), async (c) => {
    const staff = getStaffActor(c)
    const { id } = c.req.valid('param')
    const now = new Date()
    const audit = auditStatement(
      c.env.DB,
      { partnerId: staff.partnerId, actor: staff.actor, action: 'vob.delete', subjectId: id, requestId: c.get('requestId') },
      now,
    )
    if (!(await deleteVob(c.env.DB, staff.partnerId, id, now, audit))) throw notFound()
    return c.body(null, 204)
  })
