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
import { PROBLEMS } from './openapi/problems'
import { ApiError, problem, type ProblemCode } from './problem'

/** The catalogue code for each status Hono's own `HTTPException`s use. */
const HTTP_CODES: Partial<Record<number, ProblemCode>> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  408: 'timeout',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
}

function fromHttpException(err: HTTPException): ApiError {
  const code = HTTP_CODES[err.status] ?? 'http_error'
  // Hono's own messages ("Malformed JSON in request body") are fixed strings, safe to show.
  return problem(code, err.message || PROBLEMS[code].title)
}

export const onError: ErrorHandler<AppEnv> = (err, c) => {
  const requestId = c.get('requestId')
  if (err instanceof ApiError) return err.toResponse(requestId)
  if (err instanceof HTTPException && err.status < 500) {
    return fromHttpException(err).toResponse(requestId)
  }
  log({
    level: 'error',
    event: 'unhandled_error',
    requestId,
    method: c.req.method,
    route: routePattern(c),
    code: err instanceof Error ? err.name : typeof err,
  })
  return problem(
    'internal_error',
    'Something went wrong on our side. Try again; if it keeps failing, quote the request id.',
  ).toResponse(requestId)
}

export const notFound: NotFoundHandler<AppEnv> = (c: Context<AppEnv>) =>
  problem('not_found', 'There is no resource at this path. See /docs for the API.').toResponse(c.get('requestId'))

/** 405 with `Allow`, as problem+json, for a known path asked with the wrong method. */
export const methodNotAllowedProblem = (c: Context<AppEnv>, methods: string[]): Response =>
  problem('method_not_allowed', `Use ${methods.join(' or ')} for this resource.`, {
    headers: { Allow: methods.join(', ') },
  }).toResponse(c.get('requestId'))
