/**
 * @module
 * Stedi's raw-X12 real-time eligibility endpoint, as documented (docs/clearinghouses.md):
 *
 *   POST https://healthcare.us.stedi.com/2024-04-01/change/medicalnetwork/eligibility/v3/raw-x12
 *   Authorization: {api key}          the key itself, no scheme
 *   Idempotency-Key: {key}            Stedi honours the IETF draft header
 *   Content-Type: application/json
 *   {"x12": "<270>"}  →  200 {"meta": {…, "applicationMode": "production"|"test"}, …, "x12": "<271>"}
 *
 * Limits: 5 concurrent requests per account by default, beyond which Stedi answers 429 until one
 * finishes; payers may take up to 60 s. A test API key runs Stedi's mock payers (test mode).
 */
import { err, ok, type Result } from '../../domain/x12/result'
import { defaultFetcher, exchange, parseJson, retryAfterSeconds, x12Of } from './http'
import type { ClearinghouseAdapter, ClearinghouseError, Fetcher, Sent } from './types'

export const STEDI_RAW_X12_URL = 'https://healthcare.us.stedi.com/2024-04-01/change/medicalnetwork/eligibility/v3/raw-x12'

export type StediConfig = { url: string; apiKey: string; timeoutMs: number }

/** Stedi's JSON `errors[]` (payer AAA mirrored, or Stedi's own), reduced to one code. */
function firstErrorCode(body: unknown): string | null {
  const errors = (body as { errors?: unknown } | null | undefined)?.errors
  if (!Array.isArray(errors) || errors.length === 0) return null
  const code = (errors[0] as { code?: unknown } | null)?.code
  return typeof code === 'string' ? code : null
}

export function stediAdapter(config: StediConfig, fetcher: Fetcher = defaultFetcher, now: () => number = Date.now): ClearinghouseAdapter {
  return {
    vendor: 'stedi',
    async send270(x12, idempotencyKey): Promise<Result<Sent, ClearinghouseError>> {
      const sent = await exchange(
        fetcher,
        config.url,
        {
          method: 'POST',
          headers: {
            Authorization: config.apiKey,
            'Content-Type': 'application/json',
            Accept: 'application/json',
            'Idempotency-Key': idempotencyKey,
          },
          body: JSON.stringify({ x12 }),
        },
        { at: now() + config.timeoutMs, now },
      )
      if (!sent.ok) return sent
      const { status, headers, text, attempts } = sent.value
      const body = parseJson(text)
      if (status === 429) return err({ reason: 'rate_limited', attempts, retryAfterSeconds: retryAfterSeconds(headers) })
      if (status === 401 || status === 403) return err({ reason: 'unauthorized', attempts, status })
      if (status >= 500) return err({ reason: 'unavailable', attempts, status, code: firstErrorCode(body) })
      if (status < 200 || status > 299) return err({ reason: 'refused', attempts, status, code: firstErrorCode(body) })
      const answer = x12Of(body)
      const mode = (body as { meta?: { applicationMode?: unknown } } | undefined)?.meta?.applicationMode
      if (answer) return ok(typeof mode === 'string' && /^\w{1,20}$/.test(mode) ? { x12: answer, attempts, mode } : { x12: answer, attempts })
      // 200 without a 271: the payer could not be reached (AAA 42/80 mirrored), or Stedi refused it.
      const code = firstErrorCode(body)
      if (code === '42' || code === '80') return err({ reason: 'unavailable', attempts, status, code })
      return err(code ? { reason: 'refused', attempts, status, code } : { reason: 'bad_body', attempts })
    },
  }
}
