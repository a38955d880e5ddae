/**
 * @module
 * The single place where failures become responses: `ApiError`s and Hono's own HTTP errors
 * become their problem; anything else is logged by class name and answered with a bare 500
 * that carries the request id and nothing of the request.
 */
import type { Context, ErrorHandler, NotFoundHandler } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { AppEnv } from '../env'
import { log } from './log'
import { routePattern } from './middleware/access-log'
import { ApiError, problemResponse, problemType } from './problem'

const HTTP_TITLES: Record<number, [string, string]> = {
  400: ['bad_request', 'Bad request'],
  401: ['unauthorized', 'Unauthorized'],
  403: ['forbidden', 'Forbidden'],
  404: ['not_found', 'Not found'],
  405: ['method_not_allowed', 'Method not allowed'],
  408: ['timeout', 'Request timeout'],
  413: ['payload_too_large', 'Request body too large'],
  415: ['unsupported_media_type', 'Unsupported media type'],
  429: ['rate_limited', 'Too many requests'],
}

function fromHttpException(err: HTTPException): ApiError {
  const [code, title] = HTTP_TITLES[err.status] ?? ['http_error', 'Request failed']
  // Hono's own messages ("Malformed JSON in request body") are fixed strings, safe to show.
  return new ApiError(err.status, code, title, err.message || title)
}

export const onError: ErrorHandler<AppEnv> = (err, c) => {
  const requestId = c.get('requestId')
  if (err instanceof ApiError) return problemResponse(err.toProblem(requestId), err.headers)
  if (err instanceof HTTPException && err.status < 500) {
    return problemResponse(fromHttpException(err).toProblem(requestId))
  }
  log({
    level: 'error',
    event: 'unhandled_error',
    requestId,
    method: c.req.method,
    route: routePattern(c),
    code: err instanceof Error ? err.name : typeof err,
  })
  return problemResponse({
    type: problemType('internal_error'),
    title: 'Internal error',
    status: 500,
    detail: 'Something went wrong on our side. Try again; if it keeps failing, quote the request id.',
    code: 'internal_error',
    requestId,
  })
}

export const notFound: NotFoundHandler<AppEnv> = (c: Context<AppEnv>) =>
  problemResponse({
    type: problemType('not_found'),
    title: 'Not found',
    status: 404,
    detail: "There is no resource at this path. See /docs for the API.",
    code: 'not_found',
    requestId: c.get('requestId'),
  })

/** 405 with `Allow`, as problem+json, for a known path asked with the wrong method. */
export const methodNotAllowedProblem = (c: Context<AppEnv>, methods: string[]): Response =>
  problemResponse(
    {
      type: problemType('method_not_allowed'),
      title: 'Method not allowed',
      status: 405,
      detail: `Use ${methods.join(' or ')} for this resource.`,
      code: 'method_not_allowed',
      requestId: c.get('requestId'),
    },
    { Allow: methods.join(', ') },
  )
