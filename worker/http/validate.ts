/**
 * @module
 * `zValidator` wrapped so that a failed parse becomes our problem+json 400 naming each bad
 * field, never zod's raw result, and so JSON bodies are checked for media type and size first.
 */
import { zValidator } from '@hono/zod-validator'
import type { HonoRequest, MiddlewareHandler, ValidationTargets } from 'hono'
import type { z } from 'zod'
import { problem, validationError, type FieldError } from './problem'

/** Largest JSON body any route accepts; X12 documents have their own, larger limit. */
export const MAX_JSON_BYTES = 64 * 1024

/** zod issues → `[{path, message}]`, paths dotted (`benefits.deductible.total`, `weeks.0`). */
export function fieldErrors(issues: readonly z.core.$ZodIssue[]): FieldError[] {
  return issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }))
}

/**
 * Validates one request part against a zod schema. The parse is synchronous (no schema of the
 * API refines asynchronously; zod would throw if one did): zValidator's default `safeParseAsync`
 * costs an extra promise chain per field on every request (issue 13, bench/in-process.ts).
 * @example
 * app.post('/', validate('json', CoverageCheckRequest), (c) => c.json(check(c.req.valid('json'))))
 */
export const validate = <T extends z.ZodType, Target extends keyof ValidationTargets>(
  target: Target,
  schema: T,
) =>
  zValidator(
    target,
    schema,
    (result) => {
      if (!result.success) throw validationError(fieldErrors(result.error.issues))
    },
    // The cast bridges zod-validator's zod 3/4 union of result types; the value is zod 4's own result.
    { validationFunction: (s, value) => s.safeParse(value) as never },
  )

/**
 * Refuses a body that is not JSON (415) or is larger than `maxBytes` (413) before it is parsed.
 * Malformed JSON itself is reported by the validator (400).
 */
export function requireJson(maxBytes = MAX_JSON_BYTES): MiddlewareHandler {
  return async function requireJson(c, next) {
    const type = (c.req.header('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase()
    if (!/^application\/([\w.-]+\+)?json$/.test(type)) {
      throw problem(
        'unsupported_media_type',
        'Send the body as JSON with Content-Type: application/json.',
      )
    }
    await requireBodyWithin(c.req, maxBytes)
    await next()
  }
}

/**
 * 413 when the declared or actual body size is over the limit. Reads through Hono's body cache,
 * so the body stays readable by later middleware and the validator, in any order.
 */
export async function requireBodyWithin(req: HonoRequest, maxBytes: number): Promise<void> {
  const declared = Number(req.header('Content-Length') ?? '0')
  const tooLarge = () =>
    problem('payload_too_large', `The body must be at most ${maxBytes} bytes.`)
  if (declared > maxBytes) throw tooLarge()
  const bytes = await req.arrayBuffer()
  if (bytes.byteLength > maxBytes) throw tooLarge()
  // Every reader after this one wants the text (`c.req.json()` parses it): decode it once into
  // Hono's body cache, as `Request.text()` would (UTF-8, BOM dropped, bad bytes replaced), instead
  // of Hono rebuilding a Response from the cached bytes for each later read (issue 13).
  // (Hono types the cache by value; it holds promises, as its own reads store them.)
  const cache = req.bodyCache as { text?: Promise<string> }
  cache.text ??= Promise.resolve(UTF8.decode(bytes))
}

const UTF8 = new TextDecoder()
