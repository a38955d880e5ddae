/**
 * @module
 * Leads in D1. Contact details are encrypted before they reach D1 and decrypted only here, for
 * staff reads the route audits; the outbox row that delivers a lead is written in the same
 * batch (one transaction), so a stored lead always has its delivery pending or done.
 */
import type { LeadContact, LeadContext } from '../../domain/delivery/payload'
import type { DeliveryResult } from '../../domain/delivery/webhook-url'
import { decryptJson, encryptJson, encryptString } from '../crypto'

export type DeliveryStatus = 'pending' | 'delivered' | 'failed' | 'no_webhook'

export type NewLead = {
  id: string
  partnerId: string
  createdAt: Date
  consentAt: Date
  consentTextVersion: string
  contact: LeadContact
  context: LeadContext
  purgeAfter: Date
}

export type StoredLead = {
  id: string
  createdAt: string
  consent: { at: string; textVersion: string }
  /** Null once purged. */
  contact: LeadContact | null
  context: LeadContext
  delivery: { status: DeliveryStatus; deliveredAt: string | null; attempts: number; lastStatus: DeliveryResult | null }
  purgeAfter: string
  purgedAt: string | null
}

export const contactAad = (leadId: string) => `lead:${leadId}:contact`
export const outboxBodyAad = (outboxId: string) => `outbox:${outboxId}:body`

/**
 * Stores a lead and, when the partner has a webhook, its outbox row, atomically, together with
 * `also` (the audit row of the write).
 */
export async function insertLead(
  db: D1Database,
  phiKey: string,
  lead: NewLead,
  outbox: { id: string; body: string } | null,
  also: D1PreparedStatement[] = [],
): Promise<void> {
  const contactEnc = await encryptJson(phiKey, lead.contact, contactAad(lead.id))
  const created = lead.createdAt.toISOString()
  const statements = [
    db
      .prepare(
        `INSERT INTO leads (id, partner_id, created_at, consent_at, consent_text_version, contact_enc,
           payer_id, state, program, coverage_status, estimate_patient_pays, delivery_status, purge_after)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .bind(
        lead.id,
        lead.partnerId,
        created,
        lead.consentAt.toISOString(),
        lead.consentTextVersion,
        contactEnc,
        lead.context.payerId ?? null,
        lead.context.state ?? null,
        lead.context.program ?? null,
        lead.context.coverageStatus ?? null,
        lead.context.patientPays ?? null,
        outbox ? 'pending' : 'no_webhook',
        lead.purgeAfter.toISOString(),
      ),
  ]
  if (outbox) {
    const bodyEnc = await encryptString(phiKey, outbox.body, outboxBodyAad(outbox.id))
    statements.push(
      db
        .prepare(
          `INSERT INTO webhook_outbox (id, partner_id, lead_id, body_enc, created_at, next_attempt_at)
           VALUES (?, ?, ?, ?, ?, ?)`,
        )
        .bind(outbox.id, lead.partnerId, lead.id, bodyEnc, created, created),
    )
  }
  await db.batch([...statements, ...also])
}

type LeadRow = {
  id: string
  created_at: string
  consent_at: string
  consent_text_version: string
  contact_enc: string | null
  payer_id: string | null
  state: string | null
  program: string | null
  coverage_status: string | null
  estimate_patient_pays: number | null
  delivery_status: DeliveryStatus
  delivered_at: string | null
  purge_after: string
  purged_at: string | null
  attempts: number | null
  last_result: DeliveryResult | null
}

const SELECT_LEAD = `SELECT l.*, o.attempts, o.last_result FROM leads l
  LEFT JOIN webhook_outbox o ON o.lead_id = l.id`

async function toStoredLead(phiKey: string, r: LeadRow): Promise<StoredLead> {
  const context: LeadContext = {}
  if (r.payer_id !== null) context.payerId = r.payer_id
  if (r.state !== null) context.state = r.state
  if (r.program !== null) context.program = r.program
  if (r.coverage_status !== null) context.coverageStatus = r.coverage_status
  if (r.estimate_patient_pays !== null) context.patientPays = r.estimate_patient_pays
  return {
    id: r.id,
    createdAt: r.created_at,
    consent: { at: r.consent_at, textVersion: r.consent_text_version },
    contact: r.contact_enc ? await decryptJson<LeadContact>(phiKey, r.contact_enc, contactAad(r.id)) : null,
    context,
    delivery: {
      status: r.delivery_status,
      deliveredAt: r.delivered_at,
      attempts: r.attempts ?? 0,
      lastStatus: r.last_result,
    },
    purgeAfter: r.purge_after,
    purgedAt: r.purged_at,
  }
}

/** The partner's leads, newest first, decrypted. `before` (a createdAt) pages further back. */
export async function listLeads(
  db: D1Database,
  phiKey: string,
  partnerId: string,
  options: { limit: number; before?: string | undefined },
): Promise<StoredLead[]> {
  const { results } = await db
    .prepare(`${SELECT_LEAD} WHERE l.partner_id = ? AND l.created_at < ? ORDER BY l.created_at DESC, l.id LIMIT ?`)
    .bind(partnerId, options.before ?? '9999', options.limit)
    .all<LeadRow>()
  return Promise.all(results.map((r) => toStoredLead(phiKey, r)))
}

/** One lead of the partner, decrypted; null when it does not exist or belongs to another partner. */
export async function findLead(
  db: D1Database,
  phiKey: string,
  partnerId: string,
  id: string,
): Promise<StoredLead | null> {
  const row = await db
    .prepare(`${SELECT_LEAD} WHERE l.partner_id = ? AND l.id = ?`)
    .bind(partnerId, id)
    .first<LeadRow>()
  return row ? toStoredLead(phiKey, row) : null
}
