/**
 * @module
 * Abuse limits on the Workers Rate Limiting binding (wrangler.toml `[[ratelimits]]`). The exact
 * check is a membership oracle and costs money per call, so it is limited per client IP, per
 * site key and per member ID; leads per IP and site key; staff sign-in per IP. Member IDs are
 * HMAC-hashed (HASH_KEY) before they become part of a limiter key, so no limiter, log or metric
 * ever holds one. The binding's counts are per location and approximate, and its window is
 * 10 or 60 s; it reports no reset time, so `Retry-After` is the binding's period.
 */
import type { Context, MiddlewareHandler } from 'hono'
import { hmacHex } from '../../adapters/crypto'
import type { AppEnv } from '../../env'
import { problem } from '../problem'
import { clientIpKey } from './client-ip'

type LimiterName = 'RATE_LIMIT_IP' | 'RATE_LIMIT_SITE_KEY' | 'RATE_LIMIT_MEMBER' | 'RATE_LIMIT_LOGIN' | 'RATE_LIMIT_AUTH'

/** The period of each binding, as configured in wrangler.toml (seconds). */
export const LIMIT_PERIOD_SECONDS: Record<LimiterName, number> = {
  RATE_LIMIT_IP: 60,
  RATE_LIMIT_SITE_KEY: 60,
  RATE_LIMIT_MEMBER: 60,
  RATE_LIMIT_LOGIN: 60,
  RATE_LIMIT_AUTH: 60,
}

const tooMany = (limiter: LimiterName, what: string) =>
  problem('rate_limited', `Too many requests ${what}. Wait a minute and try again.`, { headers: { 'Retry-After': String(LIMIT_PERIOD_SECONDS[limiter]) },
  })

/** Counts one request against `limiter` under `key`; throws the 429 when over the limit. */
export async function enforceLimit(env: Env, limiter: LimiterName, key: string, what: string): Promise<void> {
  const { success } = await env[limiter].limit({ key })
  if (!success) throw tooMany(limiter, what)
}

/** Member IDs as people type them: case, spaces and dashes do not make a new member. */
export const normalizeMemberId = (memberId: string): string => memberId.replace(/[\s-]/g, '').toUpperCase()

/**
 * Counts one exact check against the member ID (hashed first). Call it from the handler once
 * the body is validated.
 * @example await limitMemberId(c.env, body.memberId)
 */
export async function limitMemberId(env: Env, memberId: string): Promise<void> {
  const hashed = await hmacHex(env.HASH_KEY, `member:${normalizeMemberId(memberId)}`)
  await enforceLimit(env, 'RATE_LIMIT_MEMBER', `member:${hashed}`, 'for this member ID')
}

const ipOf = (c: Context<AppEnv>) => clientIpKey(c.req.header('CF-Connecting-IP'))

/**
 * Counts one credential that no cache recognized (an unknown or not yet cached site key, staff
 * key or session token) against the client IP, before D1 is asked: guessing keys costs a 429
 * after a few dozen tries, not one D1 read each. Known credentials answered from a cache are
 * never counted, so real traffic does not reach this limit.
 */
export const limitUnrecognizedCredential = (c: Context<AppEnv>): Promise<void> =>
  enforceLimit(c.env, 'RATE_LIMIT_AUTH', `ip:${ipOf(c)}`, 'with unrecognized credentials from this network')

/**
 * Per client IP (IPv6 per /64). Authenticated staff calls (an admissions office behind one
 * address) are not counted; the sign-in limiter runs before authentication and counts everyone.
 */
export function limitByIp(limiter: 'RATE_LIMIT_IP' | 'RATE_LIMIT_LOGIN' = 'RATE_LIMIT_IP'): MiddlewareHandler<AppEnv> {
  return async function limitByIp(c, next) {
    if (limiter === 'RATE_LIMIT_IP' && c.get('staff')) return next()
    await enforceLimit(c.env, limiter, `ip:${ipOf(c)}`, 'from this network')
    await next()
  }
}

/** Per partner (after `requireSiteKey`/`requireSiteKeyOrStaff`); staff calls are not limited here. */
export function limitBySiteKey(): MiddlewareHandler<AppEnv> {
  return async function limitBySiteKey(c, next) {
    if (!c.get('staff')) await enforceLimit(c.env, 'RATE_LIMIT_SITE_KEY', `partner:${c.get('partner').id}`, 'for this site')
    await next()
  }
}

/**
 * Per member ID, read from the JSON body's `memberId` (string) before the route validates it;
 * a body that is not JSON or has no member ID is left to the route's validation.
 */
export function limitByMemberId(field = 'memberId'): MiddlewareHandler<AppEnv> {
  return async function limitByMemberId(c, next) {
    let memberId: unknown
    try {
      // Through Hono's body cache, so the route's size check and validation read it again.
      memberId = ((await c.req.json()) as Record<string, unknown> | null)?.[field]
    } catch {
      memberId = undefined
    }
    if (typeof memberId === 'string' && memberId.trim() !== '') await limitMemberId(c.env, memberId)
    await next()
  }
}
