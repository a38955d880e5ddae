/**
 * @module
 * `/v1/vobs` (staff): saved verifications of benefits. Every PHI write and read is audited; the
 * list is built from non-PHI columns only. A VOB of another partner is a 404, exactly like a VOB
 * that does not exist, so ids leak nothing across tenants.
 */

import * as z from 'zod'
import { auditStatement, recordAudit } from '../adapters/d1/audit'
import { findRetentionDays } from '../adapters/d1/partner-webhook'
import { deleteVob, findVob, insertVob, listVobs } from '../adapters/d1/vobs'
import { hmacHex } from '../adapters/crypto'
import { purgeAfter } from '../domain/retention/purge'
import { vobReference } from '../domain/vob/reference'
import { summarizeVob } from '../domain/vob/summary'
import type { AppEnv } from '../env'
import { getStaffActor } from '../http/middleware/tenant'
import { problem } from '../http/problem'
import {
  type VobCreated,
  type VobListResponse,
  type VobView,
  VobCreateRequest,
  VobIdParam,
  VobListQuery,
  VOB_SOURCES,
} from '../http/schemas/vobs'
import { JSON_BODY_PROBLEMS, STAFF_PROBLEMS } from '../http/openapi/problems'
import { defineRoute, type Documented } from '../http/route'

const notFound = () => problem('not_found', 'There is no VOB with this id.')

/** Member IDs are compared case- and dash-insensitively, as payers print them inconsistently. */
export const normalizeMemberId = (memberId: string) => memberId.replace(/-/g, '').toUpperCase()

const VobCreatedSchema = z.object({ id: z.string().describe('The VOB’s id (a UUID)'), reference: z.string().describe('Short reference for the phone and the printout (`VOB-0F6D-2B8E`)'), createdAt: z.string(), purgeAfter: z.string().describe('When its PHI will be deleted') })

const listItem = {
  id: z.string(),
  reference: z.string().describe('The id’s short form for the phone and the printout (`VOB-0F6D-2B8E`)'),
  createdAt: z.string(),
  createdBy: z.string().describe('Label of the staff key that saved it'),
  payerId: z.string().nullable(),
  payerName: z.string().nullable(),
  program: z.string().nullable(),
  coverageStatus: z.string().nullable(),
  purgeAfter: z.string(),
  purgedAt: z.string().nullable().describe('Set once the PHI was deleted (by retention or DELETE)'),
}
const VobListItemSchema = z.object(listItem)
const VobListResponseSchema = z.object({ vobs: z.array(VobListItemSchema) })
const JsonObject = z.record(z.string(), z.unknown())
const VobViewSchema = z.object({
  ...listItem,
  patient: z.object({ name: z.string(), dob: z.string(), memberId: z.string() }).nullable().describe('Decrypted; `null` once purged'),
  result: z
    .object({
      coverageCheck: JsonObject.optional(),
      eligibility: JsonObject.optional(),
      notes: z.string().optional(),
      callReference: z.string().optional().describe('The payer’s call reference number'),
      spokeWith: z.string().optional().describe('Whom staff spoke with at the payer'),
      source: z.enum(VOB_SOURCES).optional(),
      transactionIndex: z.number().int().optional().describe('Which entry of `eligibility.transactions` the answer is for'),
    })
    .nullable()
    .describe('What was verified, as saved; `null` once purged'),
})

const VOB_ID = '0f6d2b8e-9a41-4c3d-b7e5-1a2b3c4d5e6f'
const LIST_ITEM = {
  id: VOB_ID,
  reference: 'VOB-0F6D-2B8E',
  createdAt: '2026-11-23T16:00:00.000Z',
  createdBy: 'Local demo key',
  payerId: 'aetna',
  payerName: 'Aetna',
  program: 'substance_use',
  coverageStatus: 'covered_with_conditions',
  purgeAfter: '2026-12-23T16:00:00.000Z',
  purgedAt: null,
}
const COVERAGE_CHECK = { payer: { id: 'aetna', name: 'Aetna' }, coverage: { status: 'covered_with_conditions' }, estimate: { patientPays: 176000 } }

export const vobRoutes = [
  defineRoute({
    method: 'post',
    path: '/v1/vobs',
    operationId: 'createVob',
    tag: 'Verifications (VOBs)',
    summary: 'Save a verification of benefits',
    description:
      'Who the patient is (name, date of birth, member ID) and what was verified: a coverage check response and/or a 271 reading, with notes. The patient and the result are stored encrypted and deleted after the partner’s retention; the save is audited (`vob.create`). Each call saves a new VOB.',
    access: 'staff',
    idempotent: false,
    body: {
      schema: VobCreateRequest,
      examples: {
        check: {
          summary: 'A coverage check with the member’s benefits',
          value: {
            patient: { name: 'Jane Roe', dob: '1985-02-14', memberId: 'W123-456-789' },
            payer: { id: 'aetna', name: 'Aetna' },
            program: 'substance_use',
            coverageStatus: 'covered_with_conditions',
            coverageCheck: COVERAGE_CHECK,
            notes: 'Prior auth requested 11/23, ref 55512.',
            callReference: '55512',
            spokeWith: 'Dana, provider services',
            source: 'staff_entry',
          },
        },
      },
    },
    responses: {
      201: {
        description: 'Saved.',
        schema: VobCreatedSchema,
        examples: { created: { summary: 'Saved', value: { id: VOB_ID, reference: LIST_ITEM.reference, createdAt: LIST_ITEM.createdAt, purgeAfter: LIST_ITEM.purgeAfter } } },
      },
    },
    problems: [...JSON_BODY_PROBLEMS, ...STAFF_PROBLEMS],
    handler: async (c) => {
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
      return c.json<Documented<VobCreated, typeof VobCreatedSchema>>({ id, reference: vobReference(id), createdAt: now.toISOString(), purgeAfter: vob.purgeAfter.toISOString() }, 201)
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/vobs',
    operationId: 'listVobs',
    tag: 'Verifications (VOBs)',
    summary: 'Saved VOBs, newest first (no PHI)',
    description: 'Built from non-PHI columns only. Page with `before`: the `createdAt` of the last item of a page. Audited (`vob.list`).',
    access: 'staff',
    query: VobListQuery,
    responses: {
      200: { description: 'Up to `limit` VOBs.', schema: VobListResponseSchema, examples: { one: { summary: 'One VOB', value: { vobs: [LIST_ITEM] } } } },
    },
    problems: ['validation_failed', ...STAFF_PROBLEMS],
    handler: async (c) => {
      const staff = getStaffActor(c)
      const { limit, before } = c.req.valid('query')
      const items = await listVobs(c.env.DB, staff.partnerId, { limit, before })
      await recordAudit(
        c.env.DB,
        [{ partnerId: staff.partnerId, actor: staff.actor, action: 'vob.list', subjectIds: items.map((v) => v.id), requestId: c.get('requestId') }],
        new Date(),
      )
      c.header('Cache-Control', 'no-store')
      return c.json<Documented<VobListResponse, typeof VobListResponseSchema>>({ vobs: items.map((v) => ({ ...v, reference: vobReference(v.id) })) })
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/vobs/:id',
    operationId: 'getVob',
    tag: 'Verifications (VOBs)',
    summary: 'One VOB, decrypted',
    description: 'Audited (`vob.read`); `Cache-Control: no-store`. Another partner’s VOB is a 404, exactly like one that does not exist.',
    access: 'staff',
    params: VobIdParam,
    responses: {
      200: {
        description: 'The VOB.',
        schema: VobViewSchema,
        examples: {
          vob: {
            summary: 'A saved coverage check',
            value: {
              ...LIST_ITEM,
              patient: { name: 'Jane Roe', dob: '1985-02-14', memberId: 'W123-456-789' },
              result: { coverageCheck: COVERAGE_CHECK, notes: 'Prior auth requested 11/23, ref 55512.' },
            },
          },
        },
      },
    },
    problems: ['validation_failed', 'not_found', ...STAFF_PROBLEMS],
    handler: async (c) => {
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
      return c.json<Documented<VobView, typeof VobViewSchema>>({ ...view, reference: vobReference(id) } as VobView)
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/v1/vobs/:id',
    operationId: 'deleteVob',
    tag: 'Verifications (VOBs)',
    summary: 'Delete a VOB’s PHI',
    description: 'Deletes the patient and the result now; a tombstone without PHI stays in the list (`purgedAt`). Audited (`vob.delete`). Repeating it changes nothing more and answers 404.',
    access: 'staff',
    idempotent: true,
    params: VobIdParam,
    responses: { 204: { description: 'Deleted.' } },
    problems: ['validation_failed', 'not_found', ...STAFF_PROBLEMS],
    handler: async (c) => {
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
    },
  }),
]

