import { Hono } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import { createSession, deleteExpiredSessions, deleteSession, findActiveStaffKey } from '../adapters/d1/staff'
import type { AppEnv } from '../env'
import { limitByIp } from '../http/middleware/rate-limit'
import { bearerKey, requireStaff, SESSION_COOKIE, SESSION_TTL_SECONDS, unauthorized } from '../http/middleware/staff-auth'
import type { StaffSessionCreated } from '../http/schemas/staff'

/**
 * `/v1/staff/sessions`: the console exchanges a staff key (`Authorization: Bearer sk_…`) for an
 * HttpOnly, Secure, SameSite=Strict session cookie, so the key does not stay in the page; DELETE
 * signs out. Sign-in is rate-limited per IP against key guessing.
 */
export const staffSessions = new Hono<AppEnv>()
  .post('/', limitByIp('RATE_LIMIT_LOGIN'), async (c) => {
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
    c.header('Cache-Control', 'no-store')
    return c.json<StaffSessionCreated>({ staff: { label: key.label }, partner: { id: key.partnerId }, expiresAt: expiresAt.toISOString() }, 201)
  })
  .delete('/', requireStaff(), async (c) => {
    const token = getCookie(c, SESSION_COOKIE)
    if (token) await deleteSession(c.env.DB, c.env.HASH_KEY, token)
    deleteCookie(c, SESSION_COOKIE, { path: '/', secure: true })
    return c.body(null, 204)
  })
