/**
 * @module
 * One interface for every clearinghouse: a 270 goes out, the payer's 271 comes back, or a typed
 * failure says why not. Each vendor's adapter speaks that vendor's documented contract exactly
 * (docs/clearinghouses.md); the caller never sees a vendor's URL, header or envelope.
 */
import type { Result } from '../../domain/x12/result'

export const VENDORS = ['sandbox', 'stedi', 'optum', 'caqh-core-soap'] as const
export type Vendor = (typeof VENDORS)[number]

/**
 * Why no 271 came back. `attempts` counts HTTP exchanges with the eligibility endpoint.
 * - `timeout`: no answer within the deadline (the payer may still have been asked);
 * - `transport`: the connection failed before any answer, twice;
 * - `rate_limited`: the vendor's concurrency or rate limit (HTTP 429);
 * - `unauthorized`: our credentials were refused (a configuration error, never the visitor's);
 * - `refused`: the vendor refused this request (HTTP 4xx, a CORE envelope error, a SOAP Sender fault);
 * - `unavailable`: the vendor or the payer's connection is down (HTTP 5xx, SOAP Receiver fault);
 * - `http`: the sandbox protocol's raw status (kept for its own, older contract);
 * - `bad_body`: an answer that is not the vendor's documented shape, or holds no 271.
 */
export type ClearinghouseError =
  | { reason: 'timeout'; attempts: number }
  | { reason: 'transport'; attempts: number }
  | { reason: 'rate_limited'; attempts: number; retryAfterSeconds: number | null }
  | { reason: 'unauthorized'; attempts: number; status: number | null }
  | { reason: 'refused'; attempts: number; status: number | null; code: string | null }
  | { reason: 'unavailable'; attempts: number; status: number | null; code: string | null }
  | { reason: 'http'; status: number; attempts: number }
  | { reason: 'bad_body'; attempts: number }

export type Sent = {
  x12: string
  attempts: number
  /** The vendor's own word on the environment, when it gives one (Stedi `meta.applicationMode`: `test` for a test key). */
  mode?: string
}

export type Fetcher = (input: string, init: RequestInit) => Promise<Response>

export interface ClearinghouseAdapter {
  readonly vendor: Vendor
  /**
   * Sends one 270. The same `idempotencyKey` is sent again on a retry (as the vendor's
   * idempotency header, or CORE's PayloadID), so the payer is asked once.
   */
  send270(x12: string, idempotencyKey: string): Promise<Result<Sent, ClearinghouseError>>
}
