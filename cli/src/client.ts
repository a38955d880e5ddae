/**
 * @module
 * The API client: one keep-alive connection pool (undici), the key in the header its prefix
 * calls for, and retries with exponential backoff and jitter on 429, 5xx and transport errors,
 * honoring `Retry-After`. Nothing here prints request or response bodies.
 */
import { Agent, request } from 'undici'

export const LOCAL_API = 'http://127.0.0.1:8787'
/** The local seed's staff key: valid only against a local Worker, never in a deployment. */
export const LOCAL_DEMO_KEY = 'sk_test_demo'

export type ClientOptions = {
  api: string
  key: string
  /** Attempts after the first one. */
  retries: number
  /** First backoff step; doubles each attempt, capped at `maxDelayMs`. */
  retryBaseMs: number
  maxDelayMs: number
  timeoutMs: number
  connections: number
  /** Told about each retry before its wait (for progress output and counters). */
  onRetry?: (info: RetryInfo) => void
  random?: () => number
}

export type RetryInfo = { attempt: number; delayMs: number; reason: string; retryAfter: boolean }

export type ApiResponse = { status: number; headers: Record<string, string>; body: unknown; text: string }

export type Problem = {
  type?: string
  title?: string
  status?: number
  detail?: string
  code?: string
  errors?: { path: string; message: string }[]
  requestId?: string
}

/** A request that failed for good: a non-retryable status, or retries exhausted. */
export class ApiFailure extends Error {
  constructor(
    message: string,
    readonly status: number | null,
    readonly problem: Problem | null,
    readonly transient: boolean,
  ) {
    super(message)
    this.name = 'ApiFailure'
  }
}

/** Which header carries the key: `sk_…` → `Authorization: Bearer`, `pk_…` → `X-Site-Key`. */
export function authHeaders(key: string): Record<string, string> {
  if (key.startsWith('sk_')) return { authorization: `Bearer ${key}` }
  if (key.startsWith('pk_')) return { 'x-site-key': key }
  throw new Error('The key must start with sk_ (staff key) or pk_ (site key).')
}

/** Whether the API URL points at this machine (where the local demo key may be used). */
export function isLocal(api: string): boolean {
  const host = new URL(api).hostname
  return host === '127.0.0.1' || host === 'localhost' || host === '[::1]'
}

/** `Retry-After` as milliseconds: delta-seconds or an HTTP date; null when absent or unreadable. */
export function retryAfterMs(value: string | undefined, now = Date.now()): number | null {
  if (value === undefined || value.trim() === '') return null
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000
  const date = Date.parse(value)
  return Number.isNaN(date) ? null : Math.max(0, date - now)
}

/** Backoff before retry `attempt` (1-based): base·2^(attempt−1), capped, with "equal jitter" (half fixed, half random). */
export function backoffMs(attempt: number, base: number, max: number, random: () => number): number {
  const step = Math.min(max, base * 2 ** (attempt - 1))
  return Math.round(step / 2 + random() * (step / 2))
}

const RETRYABLE_STATUS = (status: number) => status === 408 || status === 429 || status >= 500

export class ApiClient {
  readonly #agent: Agent
  readonly #options: ClientOptions
  readonly #auth: Record<string, string>

  constructor(options: ClientOptions) {
    this.#options = options
    this.#auth = authHeaders(options.key)
    this.#agent = new Agent({
      connections: options.connections,
      headersTimeout: options.timeoutMs,
      bodyTimeout: options.timeoutMs,
      keepAliveTimeout: 10_000,
    })
  }

  getJson(path: string, query: Record<string, string> = {}, signal?: AbortSignal): Promise<ApiResponse> {
    const qs = new URLSearchParams(query).toString()
    return this.send('GET', qs ? `${path}?${qs}` : path, undefined, undefined, signal)
  }

  postJson(path: string, body: unknown, signal?: AbortSignal): Promise<ApiResponse> {
    return this.send('POST', path, JSON.stringify(body), 'application/json', signal)
  }

  postText(path: string, body: string, signal?: AbortSignal): Promise<ApiResponse> {
    return this.send('POST', path, body, 'text/plain; charset=utf-8', signal)
  }

  /**
   * Sends one request, retrying what may succeed later. Resolves with any 2xx; rejects with
   * `ApiFailure` for a 4xx (with its problem) or when retries run out.
   */
  async send(method: string, path: string, body?: string, contentType?: string, signal?: AbortSignal): Promise<ApiResponse> {
    const { retries, retryBaseMs, maxDelayMs } = this.#options
    const random = this.#options.random ?? Math.random
    const url = new URL(path, this.#options.api.endsWith('/') ? this.#options.api : this.#options.api + '/')
    for (let attempt = 0; ; attempt++) {
      let outcome: { response: ApiResponse } | { reason: string; wait: number | null; status: number | null; problem: Problem | null }
      try {
        const res = await request(url, {
          method,
          dispatcher: this.#agent,
          headers: {
            accept: 'application/json, application/problem+json',
            'user-agent': 'iop-coverage-cli/0.1',
            ...this.#auth,
            ...(contentType ? { 'content-type': contentType } : {}),
          },
          ...(body !== undefined ? { body } : {}),
          ...(signal ? { signal } : {}),
        })
        const text = await res.body.text()
        const headers = Object.fromEntries(
          Object.entries(res.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')]),
        )
        const parsed = parseJson(text)
        const response = { status: res.statusCode, headers, body: parsed, text }
        if (res.statusCode < 400) return response
        const problem = isProblem(parsed) ? parsed : null
        if (!RETRYABLE_STATUS(res.statusCode)) {
          throw new ApiFailure(describeProblem(res.statusCode, problem), res.statusCode, problem, false)
        }
        outcome = { reason: `HTTP ${res.statusCode}`, wait: retryAfterMs(headers['retry-after']), status: res.statusCode, problem }
      } catch (err) {
        if (err instanceof ApiFailure) throw err
        if (signal?.aborted) throw err
        outcome = { reason: transportReason(err), wait: null, status: null, problem: null }
      }
      if (attempt >= retries) {
        const detail = outcome.status !== null ? describeProblem(outcome.status, outcome.problem) : outcome.reason
        throw new ApiFailure(`gave up after ${attempt + 1} attempts: ${detail}`, outcome.status, outcome.problem, true)
      }
      const delayMs = outcome.wait !== null ? Math.min(outcome.wait, 5 * 60_000) : backoffMs(attempt + 1, retryBaseMs, maxDelayMs, random)
      this.#options.onRetry?.({ attempt: attempt + 1, delayMs, reason: outcome.reason, retryAfter: outcome.wait !== null })
      await sleep(delayMs, signal)
    }
  }

  close(): Promise<void> {
    return this.#agent.close()
  }
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : null
  } catch {
    return null
  }
}

const isProblem = (v: unknown): v is Problem => typeof v === 'object' && v !== null && 'status' in v && 'title' in v

/** "HTTP 400 validation_failed: state: must be a USPS state code; weeks: …". */
export function describeProblem(status: number, problem: Problem | null): string {
  if (!problem) return `HTTP ${status}`
  const fields = problem.errors?.length
    ? problem.errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join('; ')
    : (problem.detail ?? problem.title ?? '')
  return `HTTP ${status} ${problem.code ?? ''}: ${fields}`.replace(' :', ':')
}

function transportReason(err: unknown): string {
  const e = err as { code?: string; name?: string; cause?: { code?: string } }
  return e.code ?? e.cause?.code ?? e.name ?? 'network error'
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason)
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    const onAbort = () => {
      clearTimeout(timer)
      reject(signal!.reason)
    }
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}
