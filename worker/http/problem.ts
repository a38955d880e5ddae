/**
 * @module
 * RFC 9457 problem details: the one error shape of the API. Every failure a client can see
 * goes through `ApiError` and `problemResponse`, so a 4xx always names what was wrong and a
 * 5xx never leaks what was sent.
 */
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { HTTPException } from 'hono/http-exception'
import { PROBLEMS, type ProblemCode } from './openapi/problems'

export type { ProblemCode }

/** One invalid field: a dotted path into the request (`benefits.coinsurance`) and why. */
export type FieldError = { path: string; message: string }

export type Problem = {
  type: string
  title: string
  status: number
  detail: string
  code: string
  errors?: FieldError[]
  /** Whether repeating the same request later may succeed (Stripe-like extension). */
  retryable?: boolean
  requestId?: string
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json'

/** Problem `type` URIs resolve to the API docs, one anchor per code. */
export const problemType = (code: string): string => `/docs#problem-${code}`

type ProblemExtra = { errors?: FieldError[]; headers?: Record<string, string> }

/**
 * An error a client caused or must know about, rendered as problem+json by `app.onError`.
 * Build it with `problem(code, detail)`: status, title and `retryable` come from the catalogue,
 * so no call site can restate them differently. It is Hono's `HTTPException`, so Hono's own
 * handler (and `getResponse()`) render it too.
 */
export class ApiError extends HTTPException {
  readonly code: ProblemCode
  readonly title: string
  readonly errors: FieldError[] | undefined
  readonly retryable: boolean
  readonly headers: Record<string, string>

  constructor(code: ProblemCode, detail: string, extra: ProblemExtra = {}) {
    const info = PROBLEMS[code]
    super(info.status as ContentfulStatusCode, { message: detail })
    this.name = 'ApiError'
    this.code = code
    this.title = info.title
    this.retryable = info.retryable
    this.errors = extra.errors
    this.headers = extra.headers ?? {}
  }

  toProblem(requestId?: string): Problem {
    return {
      type: problemType(this.code),
      title: this.title,
      status: this.status,
      detail: this.message,
      code: this.code,
      ...(this.errors ? { errors: this.errors } : {}),
      retryable: this.retryable,
      ...(requestId ? { requestId } : {}),
    }
  }

  /** The problem+json response, with this error's headers (`Retry-After`, `Allow`, …). */
  toResponse(requestId?: string): Response {
    return problemResponse(this.toProblem(requestId), this.headers)
  }

  override getResponse(): Response {
    return this.toResponse()
  }
}

/**
 * The error for `code`, with a `detail` written for this occurrence.
 * @example throw problem('not_found', 'There is no lead with this id.')
 */
export const problem = (code: ProblemCode, detail: string, extra?: ProblemExtra): ApiError =>
  new ApiError(code, detail, extra)

export function problemResponse(problem: Problem, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: { 'Content-Type': PROBLEM_CONTENT_TYPE, 'Cache-Control': 'no-store', ...headers },
  })
}

/** The 400 for a request that failed its schema, with one entry per bad field. */
export const validationError = (errors: FieldError[]): ApiError =>
  problem(
    'validation_failed',
    errors.length === 1
      ? `${errors[0]!.path || 'The request'}: ${errors[0]!.message}`
      : `${errors.length} fields are invalid: ${errors.map((e) => e.path || '(body)').join(', ')}`,
    { errors },
  )
