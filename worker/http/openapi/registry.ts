/**
 * @module
 * The API's operation registry. Each route module declares its operations beside the route
 * (`routes/<resource>.openapi.ts`), with the very zod schemas the route validates with;
 * `document.ts` turns the list into OpenAPI 3.1 and `pages/docs.ts` into the human docs. There
 * is no hand-maintained copy of the contract: a schema change shows up in both, and a test
 * fails when a route of the app has no operation here.
 */
import type * as z from 'zod'
import type { ProblemCode } from './problems'

/**
 * Who may call an operation: anyone; a partner page with its public site key (`X-Site-Key:
 * pk_…`); staff with a secret key (`Authorization: Bearer sk_…`); or either of the two keys.
 */
export type Access = 'public' | 'site_key' | 'staff' | 'site_key_or_staff'

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete'

/** A named example; it is validated against its schema by the tests. */
export type Example = { summary: string; value: unknown }

export type Content = {
  /** Validates the payload; for a text body (`text/plain`, `text/html`) use `z.string()`. */
  schema: z.ZodType
  /** Defaults to `application/json`. */
  contentType?: string
  examples?: Record<string, Example>
}

export type ResponseSpec = Partial<Content> & {
  description: string
  /** Response headers worth knowing, name → description. */
  headers?: Record<string, string>
}

/** A request header an operation reads (keys excepted: they are security schemes). */
export type HeaderSpec = { description: string; required?: boolean }

export type Operation = {
  method: HttpMethod
  /** The path as Hono writes it (`/v1/vobs/:id`); the document turns `:id` into `{id}`. */
  path: string
  operationId: string
  /** Groups operations in the docs (`Payers`, `Coverage`, …). */
  tag: string
  summary: string
  /** Markdown-free prose; blank lines separate paragraphs in the docs page. */
  description?: string
  access: Access
  /** Whether repeating the call has no further effect (safe to retry). Defaults to true for GET. */
  idempotent?: boolean
  /** A `z.object` of query parameters (the schema `validate('query', …)` uses). */
  query?: z.ZodType
  /** A `z.object` of path parameters. */
  params?: z.ZodType
  /** Request headers other than the keys (`X-Turnstile-Token`, …), name → spec. */
  headers?: Record<string, HeaderSpec>
  body?: Content
  /** Success responses by status code; failures are listed in `problems`. */
  responses: Record<number, ResponseSpec>
  /** Problem `code`s this operation can answer with (see `openapi/problems.ts`). */
  problems?: ProblemCode[]
}

/**
 * A request the API sends to a partner (OpenAPI `webhooks`): the partner's endpoint receives
 * `body` with `headers` and answers with one of `responses`.
 */
export type Webhook = {
  /** The event name, also the key in the document's `webhooks` (`lead.created`). */
  name: string
  operationId: string
  summary: string
  description?: string
  headers: Record<string, HeaderSpec>
  body: Content
  responses: Record<number | string, ResponseSpec>
}

/**
 * Declares the operations of one route module; identity at run time, checked at compile time.
 * @example
 * export const payersApi = defineOperations([{ method: 'get', path: '/v1/payers', … }])
 */
export const defineOperations = (operations: Operation[]): readonly Operation[] => operations
