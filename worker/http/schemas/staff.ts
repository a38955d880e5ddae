/** @module `/v1/staff/sessions`: what signing in to the console answers (the cookie aside). */

/** `POST /v1/staff/sessions` → 201. The session itself travels only in the HttpOnly cookie. */
export type StaffSessionCreated = {
  staff: { label: string }
  partner: { id: string }
  expiresAt: string
}
