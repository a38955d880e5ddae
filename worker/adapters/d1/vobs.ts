/**
 * @module
 * Saved verifications of benefits (VOBs) in D1. Patient identity and the verification result
 * are encrypted before they reach D1, each bound to its row and column; only the non-PHI summary
 * (payer, program, coverage status, dates, author) is stored in clear, for lists.
 */
import type { VobSummary } from '../../domain/vob/summary'
import { decryptJson, encryptJson } from '../crypto'

export type VobPatient = { name: string; dob: string; memberId: string }
export type VobResult = {
  coverageCheck?: Record<string, unknown> | undefined
  eligibility?: Record<string, unknown> | undefined
  notes?: string | undefined
  // Added by c16 (issue 16): the call record and where the benefits came from, encrypted with the rest.
  callReference?: string | undefined
  spokeWith?: string | undefined
  source?: 'real_time' | 'pasted_271' | 'staff_entry' | undefined
  transactionIndex?: number | undefined
}

export type NewVob = {
  id: string
  partnerId: string
  createdBy: string
  createdAt: Date
  summary: VobSummary
  memberHmac: string
  patient: VobPatient
  result: VobResult
  purgeAfter: Date
}

export type VobListItem = VobSummary & {
  id: string
  createdAt: string
  createdBy: string
  purgeAfter: string
  purgedAt: string | null
}

export type VobRecord = VobListItem & {
  /** Null once purged. */
  patient: VobPatient | null
  result: VobResult | null
  memberHmac: string | null
}

const patientAad = (id: string) => `vob:${id}:patient`
const resultAad = (id: string) => `vob:${id}:result`

/** Stores a VOB, encrypted, in one transaction with `also` (the audit row of the write). */
export async function insertVob(
  db: D1Database,
  phiKey: string,
  vob: NewVob,
  also: D1PreparedStatement[] = [],
): Promise<void> {
  const insert = db
    .prepare(
      `INSERT INTO vobs (id, partner_id, created_by, created_at, payer_id, payer_name, program,
         coverage_status, member_hmac, patient_enc, result_enc, purge_after)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .bind(
      vob.id,
      vob.partnerId,
      vob.createdBy,
      vob.createdAt.toISOString(),
      vob.summary.payerId,
      vob.summary.payerName,
      vob.summary.program,
      vob.summary.coverageStatus,
      vob.memberHmac,
      await encryptJson(phiKey, vob.patient, patientAad(vob.id)),
      await encryptJson(phiKey, vob.result, resultAad(vob.id)),
      vob.purgeAfter.toISOString(),
    )
  await db.batch([insert, ...also])
}

type VobRow = {
  id: string
  created_by: string
  created_at: string
  payer_id: string | null
  payer_name: string | null
  program: string | null
  coverage_status: string | null
  member_hmac: string | null
  patient_enc: string | null
  result_enc: string | null
  purge_after: string
  purged_at: string | null
}

const toListItem = (r: VobRow): VobListItem => ({
  id: r.id,
  createdAt: r.created_at,
  createdBy: r.created_by,
  payerId: r.payer_id,
  payerName: r.payer_name,
  program: r.program,
  coverageStatus: r.coverage_status,
  purgeAfter: r.purge_after,
  purgedAt: r.purged_at,
})

/** The partner's VOBs, newest first, without PHI (nothing is decrypted). */
export async function listVobs(
  db: D1Database,
  partnerId: string,
  options: { limit: number; before?: string | undefined },
): Promise<VobListItem[]> {
  const { results } = await db
    .prepare(
      `SELECT id, created_by, created_at, payer_id, payer_name, program, coverage_status, purge_after, purged_at
       FROM vobs WHERE partner_id = ? AND deleted_at IS NULL AND created_at < ?
       ORDER BY created_at DESC, id LIMIT ?`,
    )
    .bind(partnerId, options.before ?? '9999', options.limit)
    .all<VobRow>()
  return results.map(toListItem)
}

/** One VOB of the partner, decrypted; null if missing, deleted, or another partner's. */
export async function findVob(db: D1Database, phiKey: string, partnerId: string, id: string): Promise<VobRecord | null> {
  const r = await db
    .prepare('SELECT * FROM vobs WHERE partner_id = ? AND id = ? AND deleted_at IS NULL')
    .bind(partnerId, id)
    .first<VobRow>()
  if (!r) return null
  return {
    ...toListItem(r),
    memberHmac: r.member_hmac,
    patient: r.patient_enc ? await decryptJson<VobPatient>(phiKey, r.patient_enc, patientAad(r.id)) : null,
    result: r.result_enc ? await decryptJson<VobResult>(phiKey, r.result_enc, resultAad(r.id)) : null,
  }
}

/**
 * Deletes a VOB's PHI and hides it from staff, keeping a tombstone (id, dates, author) so the
 * audit trail still points at something. Returns false if there was nothing of the partner's to
 * delete. The audit row is written in the same transaction.
 */
export async function deleteVob(
  db: D1Database,
  partnerId: string,
  id: string,
  now: Date,
  audit: D1PreparedStatement,
): Promise<boolean> {
  const exists = await db
    .prepare('SELECT 1 AS x FROM vobs WHERE partner_id = ? AND id = ? AND deleted_at IS NULL')
    .bind(partnerId, id)
    .first()
  if (!exists) return false
  await db.batch([
    db
      .prepare(
        `UPDATE vobs SET patient_enc = NULL, result_enc = NULL, member_hmac = NULL, deleted_at = ?
         WHERE partner_id = ? AND id = ?`,
      )
      .bind(now.toISOString(), partnerId, id),
    audit,
  ])
  return true
}
