/**
 * @module
 * Server-side Cloudflare Turnstile verification (Siteverify). The widget's token proves nothing
 * until Siteverify says so: tokens can be forged, expire after 300 s and are single-use (a
 * replay fails with `timeout-or-duplicate`). Besides `success`, the hostname the challenge was
 * solved on must be one of the partner's, or a token solved on another site would pass.
 * https://developers.cloudflare.com/turnstile/get-started/server-side-validation/
 */

export const DEFAULT_SITEVERIFY_URL = 'https://challenges.cloudflare.com/turnstile/v0/siteverify'

/** Cloudflare's documented test secrets; they accept any token and report `example.com`. */
export const TEST_SECRETS = [
  '1x0000000000000000000000000000000AA',
  '2x0000000000000000000000000000000AA',
  '3x0000000000000000000000000000000AA',
] as const
/** The hostname Siteverify reports for tokens checked with a test secret. */
export const TEST_HOSTNAME = 'example.com'

/** Largest token Turnstile issues. */
export const MAX_TOKEN_LENGTH = 2048

export type TurnstileVerifyOptions = {
  secret: string
  token: string
  /** Hostnames the challenge may have been solved on (the partner's origins, our own host). */
  allowedHostnames: string[]
  remoteIp?: string
  /** A UUID, so that a retried Siteverify call is not counted as a replay. */
  idempotencyKey?: string
  verifyUrl?: string
  fetcher?: typeof fetch
}

export type TurnstileOutcome =
  | { ok: true; hostname: string }
  | { ok: false; reason: 'missing' | 'rejected' | 'hostname_mismatch' | 'unavailable'; errorCodes: string[] }

type SiteverifyResponse = { success?: unknown; 'error-codes'?: unknown; hostname?: unknown }

/**
 * Verifies one token. Never throws: network failures come back as `unavailable`.
 * @example
 * const outcome = await verifyTurnstile({ secret, token, allowedHostnames: ['center.example'] })
 */
export async function verifyTurnstile(options: TurnstileVerifyOptions): Promise<TurnstileOutcome> {
  const { secret, token } = options
  if (!token || token.length > MAX_TOKEN_LENGTH) return { ok: false, reason: 'missing', errorCodes: [] }
  const form = new URLSearchParams({ secret, response: token })
  if (options.remoteIp) form.set('remoteip', options.remoteIp)
  if (options.idempotencyKey) form.set('idempotency_key', options.idempotencyKey)

  let body: SiteverifyResponse
  try {
    const res = await (options.fetcher ?? fetch)(options.verifyUrl ?? DEFAULT_SITEVERIFY_URL, {
      method: 'POST',
      body: form,
      signal: AbortSignal.timeout(10_000),
    })
    if (!res.ok) return { ok: false, reason: 'unavailable', errorCodes: [`http_${res.status}`] }
    body = (await res.json()) as SiteverifyResponse
  } catch {
    return { ok: false, reason: 'unavailable', errorCodes: [] }
  }
  const errorCodes = Array.isArray(body['error-codes']) ? body['error-codes'].map(String) : []
  if (body.success !== true) return { ok: false, reason: 'rejected', errorCodes }

  const hostname = typeof body.hostname === 'string' ? body.hostname.toLowerCase() : ''
  const allowed = new Set(options.allowedHostnames.map((h) => h.toLowerCase()))
  // Test secrets always report example.com; accept it only for them (and they are refused
  // outside local development by the middleware).
  if (isTestSecret(secret)) allowed.add(TEST_HOSTNAME)
  if (!allowed.has(hostname)) return { ok: false, reason: 'hostname_mismatch', errorCodes }
  return { ok: true, hostname }
}

export const isTestSecret = (secret: string): boolean => (TEST_SECRETS as readonly string[]).includes(secret)
