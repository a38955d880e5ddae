/**
 * @module
 * The widget's API client: two calls, each with a timeout and an abort signal, and one error
 * type. Failures become an `ApiProblem` carrying problem+json fields when the API sent them,
 * so the element can show `detail`, mark bad fields from `errors` and offer a retry.
 */
import type {
  CoverageCheckRequest,
  CoverageCheckResponse,
  PayerSearchResponse,
  PayerSearchResult,
  Problem,
} from './types'

/** How long a coverage check may take before the visitor is offered a retry. */
export const CHECK_TIMEOUT_MS = 20_000

/** A failed call; `status` 0 means the service was not reached, `code` `timeout` that it was slow. */
export class ApiProblem extends Error implements Problem {
  readonly status: number
  readonly code: string
  readonly detail: string | undefined
  readonly errors: { path: string; message: string }[]
  readonly retryable: boolean

  constructor(p: Problem) {
    super(p.detail ?? p.code)
    this.status = p.status
    this.code = p.code
    this.detail = p.detail
    this.errors = p.errors ?? []
    this.retryable = p.retryable ?? (p.status === 0 || p.status === 429 || p.status >= 500)
  }
}

type CallOptions = {
  base: string
  siteKey: string
  /** The visitor's language, so the API can word `nextSteps` and notes in it when it can. */
  lang?: string
  signal?: AbortSignal
  timeoutMs?: number
}

async function call<T>(path: string, init: RequestInit, o: CallOptions): Promise<T> {
  // One controller for the caller's abort and the timeout (AbortSignal.any is too new for
  // some visitors' browsers).
  const ctl = new AbortController()
  let timedOut = false
  const timer = setTimeout(() => ((timedOut = true), ctl.abort()), o.timeoutMs ?? CHECK_TIMEOUT_MS)
  o.signal?.addEventListener('abort', () => ctl.abort())
  let res: Response
  try {
    res = await fetch(new URL(path, o.base), {
      ...init,
      signal: ctl.signal,
      headers: { Accept: 'application/json', 'Accept-Language': o.lang ?? 'en', 'X-Site-Key': o.siteKey, ...init.headers },
    })
  } catch (e) {
    if (o.signal?.aborted) throw e
    throw new ApiProblem({ status: 0, code: timedOut ? 'timeout' : 'network' })
  } finally {
    clearTimeout(timer)
  }
  if (res.ok) return (await res.json()) as T
  let problem: Partial<Problem> = {}
  if (/json/.test(res.headers.get('Content-Type') ?? '')) problem = await res.json().catch(() => ({}))
  throw new ApiProblem({ ...problem, status: res.status, code: problem.code ?? 'http_error' })
}

/** `GET /v1/payers`: ranked matches for the typeahead. */
export const searchPayers = (
  q: string,
  state: string,
  o: CallOptions,
): Promise<PayerSearchResult[]> => {
  const params = new URLSearchParams({ q, limit: '8' })
  if (state) params.set('state', state)
  return call<PayerSearchResponse>(`/v1/payers?${params}`, {}, { timeoutMs: 8000, ...o }).then(
    (r) => r.results,
  )
}

/** `POST /v1/coverage/checks`: the quick check (no PHI). */
export const checkCoverage = (body: CoverageCheckRequest, o: CallOptions) =>
  call<CoverageCheckResponse>(
    '/v1/coverage/checks',
    { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } },
    o,
  )
