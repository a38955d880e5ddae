/**
 * @module
 * Builds the OpenAPI 3.1 document from the route declarations (`http/route.ts`): paths and
 * operations, query and path parameters, request bodies and responses from the zod schemas, every problem an operation
 * can answer with (problem+json, linked to its anchor on /docs), and the two key schemes.
 */
import { SESSION_COOKIE } from '../middleware/staff-auth'
import { ProblemSchema } from '../schemas/problem'
import { COMMON_PROBLEMS, PROBLEMS, type ProblemCode } from './problems'
import { toJsonSchema, type JsonSchema } from './json-schema'
import type { Access, Content, HeaderSpec, ResponseSpec, RouteDoc, Webhook } from '../route'

export type OpenApiDocument = {
  openapi: '3.1.0'
  info: { title: string; version: string; description: string }
  servers?: { url: string }[]
  tags: { name: string }[]
  paths: Record<string, Record<string, unknown>>
  webhooks?: Record<string, Record<string, unknown>>
  components: {
    schemas: Record<string, JsonSchema>
    securitySchemes: Record<string, unknown>
  }
}

export const JSON_TYPE = 'application/json'

/** `/v1/vobs/:id` → `/v1/vobs/{id}`; a Hono pattern (`:channel{v\\d+…}`) keeps only its name. */
export const openApiPath = (honoPath: string): string => honoPath.replace(/:(\w+)(\{[^}]*\})?/g, '{$1}')

const SECURITY: Record<Access, Record<string, string[]>[] | undefined> = {
  public: undefined,
  site_key_or_staff: [{ siteKey: [] }, { staffKey: [] }, { staffSession: [] }],
  staff: [{ staffKey: [] }, { staffSession: [] }],
  staff_key: [{ staffKey: [] }],
}

function content(spec: Content, io: 'input' | 'output') {
  const examples = spec.examples
    ? Object.fromEntries(Object.entries(spec.examples).map(([k, e]) => [k, { summary: e.summary, value: e.value }]))
    : undefined
  return {
    [spec.contentType ?? JSON_TYPE]: {
      schema: toJsonSchema(spec.schema, io),
      ...(examples ? { examples } : {}),
    },
  }
}

function parameters(schema: RouteDoc['query'], where: 'query' | 'path') {
  if (!schema) return []
  const json = toJsonSchema(schema, 'input')
  const props = (json.properties ?? {}) as Record<string, JsonSchema>
  const required = new Set((json.required ?? []) as string[])
  return Object.entries(props).map(([name, s]) => {
    const { description, ...rest } = s
    return {
      name,
      in: where,
      required: where === 'path' || required.has(name),
      ...(description ? { description } : {}),
      schema: rest,
    }
  })
}

function headerParameters(headers: Record<string, HeaderSpec> | undefined) {
  return Object.entries(headers ?? {}).map(([name, h]) => ({
    name,
    in: 'header',
    required: h.required ?? false,
    description: h.description,
    schema: { type: 'string' },
  }))
}

function successResponses(responses: Record<string, ResponseSpec>) {
  return Object.fromEntries(
    Object.entries(responses).map(([status, r]) => [
      status,
      {
        description: r.description,
        ...(r.headers
          ? { headers: Object.fromEntries(Object.entries(r.headers).map(([h, d]) => [h, { description: d, schema: { type: 'string' } }])) }
          : {}),
        ...(r.schema ? { content: content(r as Content, 'output') } : {}),
      },
    ]),
  )
}

/** Problem responses grouped by status: `{ '400': {description, content} }`. */
function problemResponses(codes: readonly ProblemCode[]) {
  const byStatus = new Map<number, ProblemCode[]>()
  for (const code of new Set([...codes, ...COMMON_PROBLEMS])) {
    // The type already refuses an unknown code; this catches one smuggled in through a cast.
    const info = (PROBLEMS as Record<string, (typeof PROBLEMS)[ProblemCode] | undefined>)[code]
    if (!info) throw new Error(`problem code ${code} is not in openapi/problems.ts`)
    byStatus.set(info.status, [...(byStatus.get(info.status) ?? []), code])
  }
  return Object.fromEntries(
    [...byStatus].map(([status, list]) => [
      String(status),
      {
        description: list.map((c) => `\`${c}\`: ${PROBLEMS[c].title} (/docs#problem-${c})`).join('; '),
        ...(status === 429 ? { headers: { 'Retry-After': { description: 'Seconds to wait', schema: { type: 'integer' } } } } : {}),
        content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
      },
    ]),
  )
}

function operationObject(op: RouteDoc) {
  const security = SECURITY[op.access]
  const params = [...parameters(op.params, 'path'), ...parameters(op.query, 'query'), ...headerParameters(op.headers)]
  const responses = successResponses(op.responses)
  return {
    operationId: op.operationId,
    tags: [op.tag],
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    ...(security ? { security } : { security: [] }),
    ...(params.length ? { parameters: params } : {}),
    ...(op.body ? { requestBody: { required: true, content: content(op.body, 'input') } } : {}),
    responses: { ...responses, ...problemResponses(op.problems ?? []) },
    'x-access': op.access,
    'x-idempotent': op.idempotent ?? op.method === 'get',
  }
}

/** A webhook as an OpenAPI path item: the request we send, the answers we expect. */
function webhookItem(w: Webhook) {
  return {
    post: {
      operationId: w.operationId,
      tags: ['Webhooks'],
      summary: w.summary,
      ...(w.description ? { description: w.description } : {}),
      parameters: headerParameters(w.headers),
      // What we send is our output; describe it as such.
      requestBody: { required: true, content: content(w.body, 'output') },
      responses: successResponses(w.responses),
    },
  }
}

/**
 * The whole document. `version` is the deployment's `APP_VERSION`; `webhooks` are the requests
 * the API sends to partners.
 */
export function buildDocument(operations: readonly RouteDoc[], version: string, webhooks: readonly Webhook[] = []): OpenApiDocument {
  const paths: OpenApiDocument['paths'] = {}
  for (const op of operations) {
    const path = openApiPath(op.path)
    const item = (paths[path] ??= {})
    if (item[op.method]) throw new Error(`${op.method.toUpperCase()} ${path} is registered twice`)
    item[op.method] = operationObject(op)
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'IOP Coverage Checker API',
      version,
      description:
        'Will insurance pay for an Intensive Outpatient Program, and what will the patient owe? JSON in and out; money in integer cents; errors as RFC 9457 problem+json. Human docs: /docs.',
    },
    tags: [...new Set(operations.map((o) => o.tag))].map((name) => ({ name })),
    paths,
    ...(webhooks.length ? { webhooks: Object.fromEntries(webhooks.map((w) => [w.name, webhookItem(w)])) } : {}),
    components: {
      schemas: { Problem: toJsonSchema(ProblemSchema, 'output') },
      securitySchemes: {
        siteKey: {
          type: 'apiKey',
          in: 'header',
          name: 'X-Site-Key',
          description: 'A partner site key (`pk_…`): public, bound to the partner’s registered origins.',
        },
        staffKey: {
          type: 'http',
          scheme: 'bearer',
          description: 'A staff secret key (`sk_…`): for servers and the CLI, never in a browser.',
        },
        staffSession: {
          type: 'apiKey',
          in: 'cookie',
          name: SESSION_COOKIE,
          description:
            'The console session (HttpOnly, Secure, SameSite=Strict, 30 minutes), opened with `POST /v1/staff/sessions` and a staff key, for pages on the API’s own origin: calls that change something with it must come from that origin.',
        },
      },
    },
  }
}
