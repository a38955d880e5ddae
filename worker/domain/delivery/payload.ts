/**
 * @module
 * The JSON a partner's webhook receives for a new lead. It is built once, when the lead is
 * stored, and kept (encrypted) in the outbox, so every retry sends the same bytes and the
 * partner can deduplicate on `id` (also sent as `X-IOP-Delivery-Id`).
 */

export type LeadContact = {
  name: string
  phone?: string | undefined
  email?: string | undefined
  preferredTime?: string | undefined
  message?: string | undefined
}

/** Non-PHI context of the coverage check the visitor made before asking to be called. */
export type LeadContext = {
  payerId?: string | undefined
  state?: string | undefined
  program?: string | undefined
  coverageStatus?: string | undefined
  patientPays?: number | undefined
}

export type LeadForDelivery = {
  id: string
  partnerId: string
  createdAt: Date
  consentAt: Date
  consentTextVersion: string
  contact: LeadContact
  context: LeadContext
}

export const LEAD_CREATED = 'lead.created'

/** The webhook body (a JSON string) for a lead, with the delivery's idempotency id. */
export function leadCreatedBody(deliveryId: string, lead: LeadForDelivery): string {
  return JSON.stringify({
    id: deliveryId,
    type: LEAD_CREATED,
    createdAt: lead.createdAt.toISOString(),
    partnerId: lead.partnerId,
    lead: {
      id: lead.id,
      createdAt: lead.createdAt.toISOString(),
      consent: { at: lead.consentAt.toISOString(), textVersion: lead.consentTextVersion },
      contact: lead.contact,
      context: lead.context,
    },
  })
}
