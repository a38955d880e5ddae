/**
 * @module
 * `/v1/staff/sessions`: the console exchanges a staff key (`Authorization: Bearer sk_…`) for an
 * HttpOnly, Secure, SameSite=Strict session cookie, so the key does not stay in the page; DELETE
 * signs out. Sign-in is rate-limited per IP against key guessing.
 */
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import * as z from 'zod'
import { createSession, deleteExpiredSessions, deleteSession, findActiveStaffKey } from '../adapters/d1/staff'
import { limitByIp } from '../http/middleware/rate-limit'
import { bearerKey, SESSION_COOKIE, SESSION_TTL_SECONDS, unauthorized } from '../http/middleware/staff-auth'
import { STAFF_PROBLEMS } from '../http/openapi/problems'
import { defineRoute, type Documented } from '../http/route'
import type { StaffSessionCreated } from '../http/schemas/staff'

const StaffSessionCreatedSchema = z.object({ staff: z.object({ label: z.string() }), partner: z.object({ id: z.string() }), expiresAt: z.string().describe('ISO 8601; 30 minutes') })

export const staffSessionRoutes = [
  defineRoute({
    method: 'post',
    path: '/v1/staff/sessions',
    operationId: 'createStaffSession',
    tag: 'Staff',
    summary: 'Sign in to the console (a staff key for a session cookie)',
    description:
      'Send the staff key as `Authorization: Bearer sk_…`; the answer sets the session cookie `__Host-iop_staff` (HttpOnly, Secure, SameSite=Strict, 30 minutes), so a page on the API’s origin need not keep the key. The console cookie is not accepted here. Rate-limited per IP against key guessing.',
    access: 'staff_key',
    // Against key guessing: its own, tighter per-IP limit.
    guards: [limitByIp('RATE_LIMIT_LOGIN')],
    idempotent: false,
    responses: {
      201: {
        description: 'Signed in.',
        headers: { 'Set-Cookie': 'The session: `__Host-iop_staff=…; Path=/; Secure; HttpOnly; SameSite=Strict; Max-Age=1800`' },
        schema: StaffSessionCreatedSchema,
        examples: { ok: { summary: 'Signed in', value: { staff: { label: 'Local demo key' }, partner: { id: 'demo' }, expiresAt: '2026-11-23T16:30:00.000Z' } } },
      },
    },
    problems: [...STAFF_PROBLEMS, 'rate_limited'],
    handler: async (c) => {
      const secret = bearerKey(c)
      if (!secret) throw unauthorized('Sign in with a staff key: Authorization: Bearer sk_…')
      const key = await findActiveStaffKey(c.env.DB, c.env.HASH_KEY, secret)
      if (!key) throw unauthorized('This staff key is unknown or revoked.')
      const now = new Date()
      const expiresAt = new Date(now.getTime() + SESSION_TTL_SECONDS * 1000)
      const token = await createSession(c.env.DB, c.env.HASH_KEY, key, expiresAt)
      c.executionCtx.waitUntil(deleteExpiredSessions(c.env.DB, now).catch(() => {}))
      setCookie(c, SESSION_COOKIE, token, {
        path: '/',
        secure: true,
        httpOnly: true,
        sameSite: 'Strict',
        maxAge: SESSION_TTL_SECONDS,
      })
      return c.json<Documented<StaffSessionCreated, typeof StaffSessionCreatedSchema>>(
        { staff: { label: key.label }, partner: { id: key.partnerId }, expiresAt: expiresAt.toISOString() },
        201,
      )
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/v1/staff/sessions',
    operationId: 'deleteStaffSession',
    tag: 'Staff',
    summary: 'Sign out of the console',
    description: 'Ends the session of the cookie sent (if any) and clears the cookie.',
    access: 'staff',
    idempotent: true,
    responses: { 204: { description: 'Signed out.', headers: { 'Set-Cookie': 'Clears `__Host-iop_staff`' } } },
    problems: [...STAFF_PROBLEMS],
    handler: async (c) => {
      const token = getCookie(c, SESSION_COOKIE)
      if (token) await deleteSession(c.env.DB, c.env.HASH_KEY, token)
      deleteCookie(c, SESSION_COOKIE, { path: '/', secure: true })
      return c.body(null, 204)
    },
  }),
]
