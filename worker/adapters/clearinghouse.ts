/**
 * @module
 * The clearinghouse transport: one 270 out, one 271 back, over HTTPS, in a JSON envelope modeled
 * on Stedi's raw-X12 eligibility endpoint (README "Clearinghouse protocol"):
 *
 *   POST {CLEARINGHOUSE_URL}
 *   Authorization: Key {CLEARINGHOUSE_API_KEY}
 *   Idempotency-Key: {hex}            same key ⇒ the clearinghouse answers from its first call
 *   Content-Type: application/json
 *   {"x12": "<270>"}                  →  200 {"x12": "<271>"}
 *
 * Within one deadline (CAQH CORE's 20 s by default) it retries once, only when the connection
 * itself failed before any answer (refused, reset): then the payer cannot have been asked twice.
 * It never retries a timeout after sending, nor any HTTP status. Failures are values.
 */
import { err, ok, type Result } from '../domain/x12/result'

export type ClearinghouseConfig = {
  url: string
  apiKey: string
  timeoutMs: number
}

export type ClearinghouseError =
  | { reason: 'timeout'; attempts: number }
  | { reason: 'transport'; attempts: number }
  | { reason: 'http'; status: number; attempts: number }
  | { reason: 'bad_body'; attempts: number }

export type Fetcher = (input: string, init: RequestInit) => Promise<Response>

/** Sends one 270 and returns the 271 text. */
export async function send270(
  config: ClearinghouseConfig,
  x12: string,
  idempotencyKey: string,
  fetcher: Fetcher = (input, init) => fetch(input, init),
): Promise<Result<{ x12: string; attempts: number }, ClearinghouseError>> {
  const deadline = Date.now() + config.timeoutMs
  const body = JSON.stringify({ x12 })
  for (let attempt = 1; ; attempt++) {
    const left = deadline - Date.now()
    if (left <= 0) return err({ reason: 'timeout', attempts: attempt - 1 })
    const controller = new AbortController()
    const timer = setTimeout(() => controller.abort(), left)
    try {
      let res: Response
      try {
        res = await fetcher(config.url, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            Accept: 'application/json',
            Authorization: `Key ${config.apiKey}`,
            'Idempotency-Key': idempotencyKey,
          },
          body,
          signal: controller.signal,
        })
      } catch {
        if (controller.signal.aborted) return err({ reason: 'timeout', attempts: attempt })
        // Refused or reset before any answer: safe to try once more (same idempotency key).
        if (attempt < 2) continue
        return err({ reason: 'transport', attempts: attempt })
      }
      let text: string
      try {
        text = await res.text()
      } catch {
        return err(controller.signal.aborted ? { reason: 'timeout', attempts: attempt } : { reason: 'bad_body', attempts: attempt })
      }
      if (!res.ok) return err({ reason: 'http', status: res.status, attempts: attempt })
      let parsed: unknown
      try {
        parsed = JSON.parse(text)
      } catch {
        return err({ reason: 'bad_body', attempts: attempt })
      }
      const answer = (parsed as { x12?: unknown } | null)?.x12
      if (typeof answer !== 'string' || !answer.trim()) return err({ reason: 'bad_body', attempts: attempt })
      return ok({ x12: answer, attempts: attempt })
    } finally {
      clearTimeout(timer)
    }
  }
}
