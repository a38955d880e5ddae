/**
 * @module
 * Optum (formerly Change Healthcare) Medical Network, raw-X12 eligibility, as documented
 * (docs/clearinghouses.md):
 *
 *   POST https://apigw.optum.com/apip/auth/v2/token
 *   {"client_id", "client_secret", "grant_type": "client_credentials"}  →  {"access_token", "expires_in": 3600, …}
 *
 *   POST https://apigw.optum.com/medicalnetwork/eligibility/v3/raw-x12
 *   Authorization: Bearer {access_token}
 *   Content-Type: application/json     (+ the per-customer headers Optum's analyst assigns)
 *   {"x12": "<270>"}  →  200 {"x12": "<271>", …}
 *
 * Optum asks clients to reuse a token for its whole lifespan (one hour) and refresh it just
 * before it expires, so the token is cached per isolate, per token URL and client id, until 60 s
 * before `expires_in` runs out. A 401 on the eligibility call means the token was revoked or
 * expired early: the token is dropped, a new one fetched, and the 270 sent once more (a 401 is
 * answered before any payer is asked, so this cannot ask the payer twice).
 */
import { err, ok, type Result } from '../../domain/x12/result'
import { defaultFetcher, exchange, parseJson, retryAfterSeconds, x12Of, type Deadline } from './http'
import type { ClearinghouseAdapter, ClearinghouseError, Fetcher, Sent } from './types'

export const OPTUM_TOKEN_URL = 'https://apigw.optum.com/apip/auth/v2/token'
export const OPTUM_RAW_X12_URL = 'https://apigw.optum.com/medicalnetwork/eligibility/v3/raw-x12'

export type OptumConfig = {
  url: string
  tokenUrl: string
  clientId: string
  clientSecret: string
  timeoutMs: number
  /** Per-customer headers from Optum's implementation analyst (names and values are secrets). */
  extraHeaders: Record<string, string>
}

/** Refresh this long before the token's own expiry. */
const EXPIRY_MARGIN_MS = 60_000

type CachedToken = { token: string; expiresAt: number }
/** Tokens in this isolate, by token URL and client id. */
const tokens = new Map<string, CachedToken>()

/** For tests: forget every cached token. */
export const clearOptumTokens = () => tokens.clear()

type TokenError = Extract<ClearinghouseError, { reason: 'timeout' | 'transport' | 'bad_body' | 'unauthorized' | 'unavailable' | 'refused' | 'rate_limited' }>

async function fetchToken(config: OptumConfig, fetcher: Fetcher, deadline: Deadline): Promise<Result<CachedToken, TokenError>> {
  const sent = await exchange(
    fetcher,
    config.tokenUrl,
    {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ client_id: config.clientId, client_secret: config.clientSecret, grant_type: 'client_credentials' }),
    },
    deadline,
  )
  // Token failures are not eligibility attempts: the 270 was never sent.
  if (!sent.ok) return err({ ...sent.error, attempts: 0 })
  const { status, headers, text } = sent.value
  if (status === 400 || status === 401 || status === 403) return err({ reason: 'unauthorized', attempts: 0, status })
  if (status === 429) return err({ reason: 'rate_limited', attempts: 0, retryAfterSeconds: retryAfterSeconds(headers) })
  if (status >= 500) return err({ reason: 'unavailable', attempts: 0, status, code: 'token' })
  const body = parseJson(text) as { access_token?: unknown; expires_in?: unknown } | undefined
  const token = body?.access_token
  const expiresIn = Number(body?.expires_in)
  if (typeof token !== 'string' || !token || !(expiresIn > 0)) return err({ reason: 'bad_body', attempts: 0 })
  return ok({ token, expiresAt: deadline.now() + expiresIn * 1000 })
}

export function optumAdapter(config: OptumConfig, fetcher: Fetcher = defaultFetcher, now: () => number = Date.now): ClearinghouseAdapter {
  const cacheKey = `${config.tokenUrl}|${config.clientId}`
  const token = async (deadline: Deadline, fresh: boolean): Promise<Result<string, TokenError>> => {
    const cached = tokens.get(cacheKey)
    if (!fresh && cached && cached.expiresAt - EXPIRY_MARGIN_MS > now()) return ok(cached.token)
    tokens.delete(cacheKey)
    const got = await fetchToken(config, fetcher, deadline)
    if (!got.ok) return got
    tokens.set(cacheKey, got.value)
    return ok(got.value.token)
  }
  return {
    vendor: 'optum',
    async send270(x12, _idempotencyKey): Promise<Result<Sent, ClearinghouseError>> {
      const deadline: Deadline = { at: now() + config.timeoutMs, now }
      let attempts = 0
      for (let round = 1; round <= 2; round++) {
        const bearer = await token(deadline, round === 2)
        if (!bearer.ok) return err({ ...bearer.error, attempts } as ClearinghouseError)
        const sent = await exchange(
          fetcher,
          config.url,
          {
            method: 'POST',
            headers: {
              ...config.extraHeaders,
              Authorization: `Bearer ${bearer.value}`,
              'Content-Type': 'application/json',
              Accept: 'application/json',
            },
            body: JSON.stringify({ x12 }),
          },
          deadline,
        )
        if (!sent.ok) return err({ ...sent.error, attempts: attempts + sent.error.attempts })
        attempts += sent.value.attempts
        const { status, headers, text } = sent.value
        if (status === 401 && round === 1) continue // revoked or expired early: new token, once
        if (status === 401 || status === 403) return err({ reason: 'unauthorized', attempts, status })
        if (status === 429) return err({ reason: 'rate_limited', attempts, retryAfterSeconds: retryAfterSeconds(headers) })
        if (status >= 500) return err({ reason: 'unavailable', attempts, status, code: null })
        if (status < 200 || status > 299) return err({ reason: 'refused', attempts, status, code: null })
        const answer = x12Of(parseJson(text))
        return answer ? ok({ x12: answer, attempts }) : err({ reason: 'bad_body', attempts })
      }
      return err({ reason: 'unauthorized', attempts, status: 401 })
    },
  }
}
