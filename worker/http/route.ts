/**
 * @module
 * One declaration per route. `defineRoute` takes everything about a route in one object: method
 * and path, who may call it (`access`), the guards it adds, the zod schemas it validates with, its
 * documentation (summary, examples, problems) and its handler. From that one object:
 * - `mountRoutes` mounts the route on the app with its guard chain (`guardChain`) and the CORS of
 *   its path;
 * - `openapi/document.ts` writes its OpenAPI operation and `pages/docs.ts` its /docs entry.
 * There is no second list of routes, accesses or operations to keep in step.
 *
 * Why a thin local helper rather than `@hono/zod-openapi`: the API already has its OpenAPI 3.1
 * writer on zod 4's own `z.toJSONSchema` (openapi/document.ts), with problem+json responses from
 * one catalogue, webhooks and a script-free docs page; zod-openapi would add a second JSON Schema
 * converter (`@asteasolutions/zod-to-openapi`) and `.openapi()` metadata on every schema for the
 * same document. What it would give, route + validation + access + docs as one object with a
 * typed handler, is what this file gives with Hono and `@hono/zod-validator` alone.
 */
import type { Context, Hono, MiddlewareHandler } from 'hono'
import type * as z from 'zod'
import type { AppEnv } from '../env'
import { publicCors, siteKeyCors } from './middleware/site-key'
import { requireSiteKeyOrStaff, requireStaff } from './middleware/staff-auth'
import type { ProblemCode } from './openapi/problems'
import { requireJson, validate } from './validate'

/**
 * Who may call a route, which is also the first guard mounted for it:
 * - `public`: anyone;
 * - `site_key_or_staff`: a partner page with its public site key (`X-Site-Key: pk_…`) from one of
 *   its registered origins, or staff;
 * - `staff`: a staff key (`Authorization: Bearer sk_…`) or a console session of the partner;
 * - `staff_key`: a staff key only, checked by the route itself: signing in, which opens the session.
 */
export type Access = 'public' | 'site_key_or_staff' | 'staff' | 'staff_key'

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete'

/** A named example; the tests validate each against its schema. */
export type Example = { summary: string; value: unknown }

export type Content = {
  /** Validates the payload; for a text body (`text/plain`, `text/html`) use `z.string()`. */
  schema: z.ZodType
  /** Defaults to `application/json`. A JSON request body is checked and validated before the handler. */
  contentType?: string
  examples?: Record<string, Example>
}

export type ResponseSpec = Partial<Content> & {
  description: string
  /** Response headers worth knowing, name → description. */
  headers?: Record<string, string>
}

/** A request header a route reads (keys excepted: they are security schemes). */
export type HeaderSpec = { description: string; required?: boolean }

/** What the OpenAPI document and /docs say of a route. */
export type RouteDoc = {
  method: HttpMethod
  /** The path as Hono writes it (`/v1/vobs/:id`); the document turns `:id` into `{id}`. */
  path: string
  operationId: string
  /** Groups routes in the docs (`Payers`, `Coverage`, …). */
  tag: string
  summary: string
  /** Markdown-free prose; blank lines separate paragraphs in the docs page. */
  description?: string
  access: Access
  /** Whether repeating the call has no further effect (safe to retry). Defaults to true for GET. */
  idempotent?: boolean
  /** A `z.object` of query parameters, validated before the handler. */
  query?: z.ZodType
  /** A `z.object` of path parameters, validated before the handler. */
  params?: z.ZodType
  /** Request headers other than the keys (`X-Turnstile-Token`, …), name → spec. */
  headers?: Record<string, HeaderSpec>
  body?: Content
  /** Success responses by status code; failures are listed in `problems`. */
  responses: Record<number, ResponseSpec>
  /** Problem `code`s this route can answer with (see `openapi/problems.ts`). */
  problems?: ProblemCode[]
}

// Mutual assignability rather than identity, so `A & B` equals the same fields written out.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false

/**
 * `T`, when it is exactly what `schema` documents; `never` (a compile error at `c.json`) when a
 * field was added, removed or retyped on either side. For replies typed by a TS type:
 * `c.json<Documented<LeadView, typeof LeadViewSchema>>(lead)`.
 */
export type Documented<T, S extends z.ZodType> = Same<T, z.output<S>> extends true ? T : never

type IsJson<B> = B extends { contentType: string } ? false : B extends Content ? true : false

/** What `c.req.valid(…)` returns in the handler: the parsed query, params and JSON body. */
export type Validated<Q, P, B> = {
  in: object
  out: (Q extends z.ZodType ? { query: z.output<Q> } : object) &
    (P extends z.ZodType ? { param: z.output<P> } : object) &
    (IsJson<B> extends true ? { json: z.output<(B & Content)['schema']> } : object)
}

export type RouteContext<Q = undefined, P = undefined, B = undefined> = Context<AppEnv, string, Validated<Q, P, B>>

type Guard = MiddlewareHandler<AppEnv>

export type RouteSpec<Q, P, B> = Omit<RouteDoc, 'query' | 'params' | 'body'> & {
  query?: Q
  params?: P
  body?: B
  /**
   * Guards after the access check and before anything is parsed: rate limits, Turnstile,
   * switches. Mounted only for this method and path.
   */
  guards?: Guard[]
  /** Guards that read the JSON body: after its media type and size are checked, before it is validated. */
  bodyGuards?: Guard[]
  /** Largest JSON body accepted, in bytes (`MAX_JSON_BYTES` unless said). */
  maxBodyBytes?: number
  /** `any`: other origins may read this public route (CORS `*`). Site-key routes get their partner's origins. */
  cors?: 'any'
  handler: (c: RouteContext<Q, P, B>) => Response | Promise<Response>
}

/** A declared route, as `mountRoutes` and the document take it. */
export type Route = RouteDoc & {
  guards: readonly Guard[]
  bodyGuards: readonly Guard[]
  maxBodyBytes?: number
  cors?: 'any'
  handler: (c: Context<AppEnv>) => Response | Promise<Response>
}

/**
 * Declares a route.
 * @example
 * export const healthRoutes = [defineRoute({ method: 'get', path: '/health', access: 'public', …, handler: (c) => c.json(…) })]
 */
export function defineRoute<
  Q extends z.ZodType | undefined = undefined,
  P extends z.ZodType | undefined = undefined,
  B extends Content | undefined = undefined,
>(spec: RouteSpec<Q, P, B>): Route {
  return { ...spec, guards: spec.guards ?? [], bodyGuards: spec.bodyGuards ?? [], handler: spec.handler as Route['handler'] } as Route
}

/** Staff answers are one partner's own data, often PHI: never stored by a cache. */
const noStore: Guard = async function noStore(c, next) {
  await next()
  c.header('Cache-Control', 'no-store')
}

const ACCESS_GUARDS: Record<Access, () => Guard[]> = {
  public: () => [],
  site_key_or_staff: () => [requireSiteKeyOrStaff()],
  staff: () => [requireStaff(), noStore],
  staff_key: () => [noStore],
}

const isJsonBody = (route: RouteDoc): boolean => route.body !== undefined && route.body.contentType === undefined

/**
 * Everything a request passes through before the route's handler, in order: the access guard,
 * the route's guards, query and path validation, then for a JSON body its media type and size,
 * the guards that read it, and its validation.
 */
export function guardChain(route: Route): Guard[] {
  const json = isJsonBody(route)
  return [
    ...ACCESS_GUARDS[route.access](),
    ...route.guards,
    ...(route.query ? [validate('query', route.query) as unknown as Guard] : []),
    ...(route.params ? [validate('param', route.params) as unknown as Guard] : []),
    ...(json ? [requireJson(route.maxBodyBytes) as Guard] : []),
    ...route.bodyGuards,
    ...(json ? [validate('json', route.body!.schema) as unknown as Guard] : []),
  ]
}

/**
 * The CORS of one path, for every method (the preflight is an OPTIONS request no route declares):
 * the partner's registered origins for the methods site keys may call, `*` for public reads that
 * ask for it, none otherwise (staff and pages are same-origin or server-to-server).
 */
function corsFor(routes: readonly Route[]): Guard | undefined {
  const siteKeyMethods = routes.filter((r) => r.access === 'site_key_or_staff').map((r) => r.method.toUpperCase() as 'GET' | 'POST')
  if (siteKeyMethods.length > 0) return siteKeyCors(siteKeyMethods)
  if (routes.some((r) => r.cors === 'any')) return publicCors()
  return undefined
}

/** Mounts each route with its guard chain, and each path's CORS before them. */
export function mountRoutes(app: Hono<AppEnv>, routes: readonly Route[]): void {
  const paths = [...new Set(routes.map((r) => r.path))]
  for (const path of paths) {
    const cors = corsFor(routes.filter((r) => r.path === path))
    if (cors) app.use(path, cors)
  }
  for (const route of routes) {
    const handlers: MiddlewareHandler<AppEnv>[] = [...guardChain(route), route.handler as MiddlewareHandler<AppEnv>]
    app.on(route.method.toUpperCase(), [route.path], ...(handlers as [MiddlewareHandler<AppEnv>]))
  }
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
