/**
 * @module
 * The local sandbox's own protocol (`CLEARINGHOUSE_VENDOR=sandbox`, the default for `npm start`
 * and the tests), kept from 0.1 so existing setups run unchanged. Not a vendor's contract: a
 * deployment that talks to a real clearinghouse names `stedi`, `optum` or `caqh-core-soap`.
 *
 *   POST {url}
 *   Authorization: Key {apiKey}
 *   Idempotency-Key: {hex}            same key ⇒ the sandbox answers from its first call
 *   Content-Type: application/json
 *   {"x12": "<270>"}                  →  200 {"x12": "<271>"}
 */
import { err, ok, type Result } from '../../domain/x12/result'
import { defaultFetcher, exchange, parseJson } from './http'
import type { ClearinghouseAdapter, ClearinghouseError, Fetcher, Sent } from './types'

export type SandboxConfig = { url: string; apiKey: string; timeoutMs: number }

/** Sends one 270 and returns the 271 text (every non-2xx is `http` with its status). */
export async function send270(
  config: SandboxConfig,
  x12: string,
  idempotencyKey: string,
  fetcher: Fetcher = defaultFetcher,
  now: () => number = Date.now,
): Promise<Result<Sent, ClearinghouseError>> {
  const sent = await exchange(
    fetcher,
    config.url,
    {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/json',
        Authorization: `Key ${config.apiKey}`,
        'Idempotency-Key': idempotencyKey,
      },
      body: JSON.stringify({ x12 }),
    },
    { at: now() + config.timeoutMs, now },
  )
  if (!sent.ok) return sent
  const { status, text, attempts } = sent.value
  if (status < 200 || status > 299) return err({ reason: 'http', status, attempts })
  const answer = (parseJson(text) as { x12?: unknown } | null | undefined)?.x12
  if (typeof answer !== 'string' || !answer.trim()) return err({ reason: 'bad_body', attempts })
  return ok({ x12: answer, attempts })
}

export const sandboxAdapter = (config: SandboxConfig, fetcher?: Fetcher): ClearinghouseAdapter => ({
  vendor: 'sandbox',
  send270: (x12, key) => send270(config, x12, key, fetcher),
})
