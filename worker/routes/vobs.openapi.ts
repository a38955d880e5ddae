/** The operations of `routes/vobs.ts`, for the OpenAPI document and /docs. */
import * as z from 'zod'
import { JSON_BODY_PROBLEMS, STAFF_PROBLEMS } from '../http/openapi/problems'
import { defineOperations } from '../http/openapi/registry'
import { sameType } from '../http/openapi/same-type'
import {
  VOB_SOURCES,
  VobCreateRequest,
  VobIdParam,
  VobListQuery,
  type VobCreated,
  type VobListItemView,
  type VobListResponse,
  type VobView,
} from '../http/schemas/vobs'

const VobCreatedSchema = sameType<VobCreated>()(
  z.object({ id: z.string().describe('The VOB’s id (a UUID)'), reference: z.string().describe('Short reference for the phone and the printout (`VOB-0F6D-2B8E`)'), createdAt: z.string(), purgeAfter: z.string().describe('When its PHI will be deleted') }),
)

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
const VobListItemSchema = sameType<VobListItemView>()(z.object(listItem))
const VobListResponseSchema = sameType<VobListResponse>()(z.object({ vobs: z.array(VobListItemSchema) }))
const JsonObject = z.record(z.string(), z.unknown())
const VobViewSchema = sameType<VobView>()(
  z.object({
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
  }),
)

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

export const vobsApi = defineOperations([
  {
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
  },
  {
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
  },
  {
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
  },
  {
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
  },
])
