/**
 * @module
 * RFC 9457 problem details: the one error shape of the API. Every failure a client can see
 * goes through `ApiError` and `problemResponse`, so a 4xx always names what was wrong and a
 * 5xx never leaks what was sent.
 */

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

/** An error a client caused or must know about, rendered as problem+json by `app.onError`. */
export class ApiError extends Error {
  readonly status: number
  readonly code: string
  readonly title: string
  readonly errors: FieldError[] | undefined
  readonly retryable: boolean | undefined
  readonly headers: Record<string, string>

  constructor(
    status: number,
    code: string,
    title: string,
    detail: string,
    extra: { errors?: FieldError[]; retryable?: boolean; headers?: Record<string, string> } = {},
  ) {
    super(detail)
    this.name = 'ApiError'
    this.status = status
    this.code = code
    this.title = title
    this.errors = extra.errors
    this.retryable = extra.retryable
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
      ...(this.retryable === undefined ? {} : { retryable: this.retryable }),
      ...(requestId ? { requestId } : {}),
    }
  }
}

export function problemResponse(problem: Problem, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: { 'Content-Type': PROBLEM_CONTENT_TYPE, 'Cache-Control': 'no-store', ...headers },
  })
}

/** The 400 for a request that failed its schema, with one entry per bad field. */
export const validationError = (errors: FieldError[]): ApiError =>
  new ApiError(
    400,
    'validation_failed',
    'Invalid request',
    errors.length === 1
      ? `${errors[0]!.path || 'The request'}: ${errors[0]!.message}`
      : `${errors.length} fields are invalid: ${errors.map((e) => e.path || '(body)').join(', ')}`,
    { errors },
  )
