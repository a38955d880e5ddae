/**
 * @module
 * One HTTP exchange within a deadline, shared by the adapters. It retries once, only when the
 * connection itself failed before any answer (refused, reset): then the payer cannot have been
 * asked twice. It never retries a timeout after sending, nor any HTTP status.
 */
import { err, ok, type Result } from '../../domain/x12/result'
import type { Fetcher } from './types'

export type Exchanged = { status: number; headers: Headers; text: string; attempts: number }
export type ExchangeError = { reason: 'timeout' | 'transport' | 'bad_body'; attempts: number }

export const defaultFetcher: Fetcher = (input, init) => fetch(input, init)

/** A deadline as an absolute time, so several exchanges (token, then 270) share one budget. */
export type Deadline = { at: number; now: () => number }

export async function exchange(
  fetcher: Fetcher,
  url: string,
  init: RequestInit,
  deadline: Deadline,
): Promise<Result<Exchanged, ExchangeError>> {
  for (let attempt = 1; ; attempt++) {
    const left = deadline.at - deadline.now()
    if (left <= 0) return err({ reason: 'timeout', attempts: attempt - 1 })
    const controller = new AbortController()
    const timer = setTimeout(() => controller.abort(), left)
    try {
      let res: Response
      try {
        res = await fetcher(url, { ...init, signal: controller.signal })
      } catch {
        if (controller.signal.aborted) return err({ reason: 'timeout', attempts: attempt })
        if (attempt < 2) continue
        return err({ reason: 'transport', attempts: attempt })
      }
      try {
        return ok({ status: res.status, headers: res.headers, text: await res.text(), attempts: attempt })
      } catch {
        return err({ reason: controller.signal.aborted ? 'timeout' : 'bad_body', attempts: attempt })
      }
    } finally {
      clearTimeout(timer)
    }
  }
}

/** `Retry-After` in seconds (delta form only; an HTTP date is read as unknown). */
export function retryAfterSeconds(headers: Headers): number | null {
  const v = headers.get('retry-after')
  return v && /^\d{1,5}$/.test(v.trim()) ? Number(v.trim()) : null
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

/** A JSON body's `x12` when it holds an interchange. */
export function x12Of(body: unknown): string | null {
  const x12 = (body as { x12?: unknown } | null | undefined)?.x12
  return typeof x12 === 'string' && x12.trim().startsWith('ISA') ? x12 : null
}
