/**
 * @module
 * The human API docs: one server-rendered page built from the OpenAPI document (so it cannot say
 * something the document does not), plus the prose a partner's developer needs around it:
 * authentication, rate limits, retries and every problem code with its own anchor. No script at
 * all, one stylesheet, served under a CSP that allows nothing else.
 */
import { html } from 'hono/html'
import type { HtmlEscapedString } from 'hono/utils/html'
import type { OpenApiDocument } from '../http/openapi/document'
import type { JsonSchema } from '../http/openapi/json-schema'
import { PROBLEMS } from '../http/openapi/problems'
import { widgetSection } from './docs-widget'
import type { Problem } from '../http/problem'

type Html = HtmlEscapedString | Promise<HtmlEscapedString>

export const DOCS_CSP = [
  "default-src 'none'",
  "style-src 'self'",
  "img-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

/** The problem shown on the page as the shape of every error; the tests validate it. */
export const PROBLEM_EXAMPLE: Problem = {
  type: '/docs#problem-validation_failed',
  title: 'Invalid request',
  status: 400,
  detail: '2 fields are invalid: state, benefits.coinsurance',
  code: 'validation_failed',
  errors: [
    { path: 'state', message: 'must be a USPS state code such as TX' },
    { path: 'benefits.coinsurance', message: 'Too big: expected number to be <=1' },
  ],
  requestId: '3f1c2a9e-8d4b-4c1e-9a57-0b6e2f4d9c10',
}

type Op = {
  operationId: string
  tags: string[]
  summary: string
  description?: string
  parameters?: { name: string; in: string; required: boolean; description?: string; schema: JsonSchema }[]
  requestBody?: { content: Record<string, Media> }
  responses: Record<string, { description: string; content?: Record<string, Media>; headers?: Record<string, { description: string }> }>
  'x-access': string
  'x-idempotent': boolean
}
type Media = { schema: JsonSchema; examples?: Record<string, { summary: string; value: unknown }> }

const ACCESS_LABEL: Record<string, string> = {
  public: 'No key',
  site_key_or_staff: 'Site key or staff key',
  staff: 'Staff key or console session',
  staff_key: 'Staff key',
}

const paragraphs = (text: string | undefined): Html[] =>
  (text ?? '').split(/\n\s*\n/).filter(Boolean).map((p) => html`<p>${code(p)}</p>`)

/** `backticks` → <code>; everything else escaped. */
function code(text: string): Html {
  const parts = text.split('`')
  return html`${parts.map((p, i) => (i % 2 ? html`<code>${p}</code>` : html`${p}`))}`
}

function typeLabel(s: JsonSchema): string {
  if ('const' in s) return JSON.stringify(s.const)
  if (Array.isArray(s.enum)) return (s.enum as unknown[]).map((v) => JSON.stringify(v)).join(' | ')
  const union = (s.anyOf ?? s.oneOf) as JsonSchema[] | undefined
  if (union) return union.map(typeLabel).join(' | ')
  if (s.type === 'array') return `${typeLabel((s.items ?? {}) as JsonSchema)}[]`
  if (Array.isArray(s.type)) return s.type.join(' | ')
  return typeof s.type === 'string' ? s.type : 'any'
}

function constraints(s: JsonSchema): string {
  const union = (s.anyOf ?? s.oneOf) as JsonSchema[] | undefined
  if (union) return [...new Set(union.map(constraints).filter(Boolean))].join('; ')
  const out: string[] = []
  const add = (key: string, label: string) => key in s && out.push(`${label} ${JSON.stringify(s[key])}`)
  add('minimum', '≥')
  add('exclusiveMinimum', '>')
  add('maximum', '≤')
  add('exclusiveMaximum', '<')
  add('minLength', 'min length')
  add('maxLength', 'max length')
  add('minItems', 'min items')
  add('maxItems', 'max items')
  add('pattern', 'pattern')
  add('format', 'format')
  add('default', 'default')
  return out.join(', ')
}

type Row = { path: string; type: string; required: boolean; notes: string }

/** Flattens an object schema into dotted field rows (`benefits.deductible.total`). */
function fieldRows(s: JsonSchema, prefix = '', depth = 0): Row[] {
  if (depth > 6) return []
  const union = (s.anyOf ?? s.oneOf) as JsonSchema[] | undefined
  if (union) return union.flatMap((u) => fieldRows(u, prefix, depth + 1))
  if (s.type === 'array' && s.items) return fieldRows(s.items as JsonSchema, `${prefix}[]`, depth + 1)
  const props = s.properties as Record<string, JsonSchema> | undefined
  if (!props) return []
  const required = new Set((s.required ?? []) as string[])
  return Object.entries(props).flatMap(([name, p]) => {
    const path = prefix ? `${prefix}.${name}` : name
    const notes = [p.description as string | undefined, constraints(p)].filter(Boolean).join(' · ')
    return [{ path, type: typeLabel(p), required: required.has(name), notes }, ...fieldRows(p, path, depth + 1)]
  })
}

function fieldTable(rows: Row[]): Html {
  if (!rows.length) return html``
  return html`<table class="fields">
    <thead><tr><th scope="col">Field</th><th scope="col">Type</th><th scope="col">Notes</th></tr></thead>
    <tbody>${rows.map(
      (r) => html`<tr>
        <td><code>${r.path}</code>${r.required ? html` <span class="req">required</span>` : ''}</td>
        <td><code>${r.type}</code></td>
        <td>${code(r.notes)}</td>
      </tr>`,
    )}</tbody>
  </table>`
}

const pretty = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value, null, 2))

function media(content: Record<string, Media> | undefined): Html {
  if (!content) return html``
  return html`${Object.entries(content).map(
    ([type, m]) => html`<p class="media">Content type <code>${type}</code></p>
      ${m.schema.$ref ? html`<p>See <a href="#errors">problem details</a>.</p>` : fieldTable(fieldRows(m.schema))}
      ${Object.values(m.examples ?? {}).map(
        (e) => html`<figure class="example">
          <figcaption>Example: ${e.summary}</figcaption>
          <pre><code>${pretty(e.value)}</code></pre>
        </figure>`,
      )}`,
  )}`
}

/** A copyable curl command: the key header the operation takes, and its first body example. */
function tryIt(method: string, path: string, op: Op, origin: string, query: string): string {
  const key = op['x-access'] === 'public' ? '' : "-H 'Authorization: Bearer sk_test_demo' "
  const [type, media] = Object.entries(op.requestBody?.content ?? {})[0] ?? []
  const example = media && Object.values(media.examples ?? {})[0]?.value
  const body = type && example !== undefined ? `-H 'Content-Type: ${type}' -d '${typeof example === 'string' ? example : JSON.stringify(example)}' ` : ''
  const verb = method === 'get' ? '' : `-X ${method.toUpperCase()} `
  return `curl ${verb}${key}${body}${origin}${path}${query}`
}

function operation(method: string, path: string, op: Op, origin: string): Html {
  const ok = Object.entries(op.responses).filter(([s]) => Number(s) < 400)
  const problems = Object.entries(op.responses).filter(([s]) => Number(s) >= 400)
  const params = op.parameters ?? []
  const query = params.some((p) => p.in === 'query') ? '?…' : ''
  return html`<section class="operation" id="op-${op.operationId}">
    <h3><span class="method method-${method}">${method.toUpperCase()}</span> <code class="path">${path}</code></h3>
    <p class="summary">${op.summary}</p>
    <p class="badges">
      <span class="badge access-${op['x-access']}">${ACCESS_LABEL[op['x-access']] ?? op['x-access']}</span>
      <span class="badge">${op['x-idempotent'] ? 'Safe to retry' : 'Not idempotent: do not blindly retry'}</span>
    </p>
    ${paragraphs(op.description)}
    ${params.length
      ? html`<h4>Parameters</h4>
          <table class="fields">
            <thead><tr><th scope="col">Name</th><th scope="col">In</th><th scope="col">Type</th><th scope="col">Notes</th></tr></thead>
            <tbody>${params.map(
              (p) => html`<tr>
                <td><code>${p.name}</code>${p.required ? html` <span class="req">required</span>` : ''}</td>
                <td>${p.in}</td>
                <td><code>${typeLabel(p.schema)}</code></td>
                <td>${code([p.description, constraints(p.schema)].filter(Boolean).join(' · '))}</td>
              </tr>`,
            )}</tbody>
          </table>`
      : ''}
    ${op.requestBody ? html`<h4>Request body</h4>${media(op.requestBody.content)}` : ''}
    <h4>Responses</h4>
    ${ok.map(
      ([status, r]) => html`<div class="response">
        <p><span class="status status-ok">${status}</span> ${code(r.description)}</p>
        ${r.headers ? html`<p>Headers: ${Object.keys(r.headers).map((h) => html`<code>${h}</code> `)}</p>` : ''}
        ${media(r.content)}
      </div>`,
    )}
    <h4>Errors</h4>
    <ul class="problems">
      ${problems.map(([status, r]) =>
        [...r.description.matchAll(/`(\w+)`/g)].map(
          (m) => html`<li><span class="status">${status}</span> <a href="#problem-${m[1]}"><code>${m[1]}</code></a></li>`,
        ),
      )}
    </ul>
    <p class="try">Try it: <code>${tryIt(method, path, op, origin, query)}</code></p>
  </section>`
}

type Hook = Pick<Op, 'operationId' | 'summary' | 'description' | 'parameters' | 'requestBody' | 'responses'>

/**
 * How a receiver checks the Standard Webhooks signature by hand (Node; the body must be the raw
 * bytes). The `standardwebhooks` package does the same in one call.
 */
export const VERIFY_EXAMPLE = `import { createHmac, timingSafeEqual } from 'node:crypto'

// Or: new Webhook(secret).verify(rawBody, headers) with the standardwebhooks package.
// headers: the request's headers (lower-case names); rawBody: the body exactly as received
export function verifyIopWebhook(rawBody, headers, secret, toleranceSeconds = 300) {
  const id = headers['webhook-id']
  const t = Number(headers['webhook-timestamp'])
  if (!id || !Number.isInteger(t) || Math.abs(Date.now() / 1000 - t) > toleranceSeconds) return false
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64')
  const expected = createHmac('sha256', key).update(\`\${id}.\${t}.\`).update(rawBody).digest()
  // The header may carry several space-separated signatures (during a secret rotation).
  return String(headers['webhook-signature'] ?? '').split(' ').some((sig) => {
    const given = Buffer.from(sig.replace(/^v1,/, ''), 'base64')
    return sig.startsWith('v1,') && given.length === expected.length && timingSafeEqual(given, expected)
  })
}`

/** A request the API sends (OpenAPI `webhooks`): its headers, body and the answers it expects. */
function webhook(name: string, op: Hook): Html {
  return html`<section class="operation" id="webhook-${op.operationId}">
    <h3><span class="method method-post">POST</span> <code class="path">your URL</code> · <code>${name}</code></h3>
    <p class="summary">${op.summary}</p>
    ${paragraphs(op.description)}
    <h4>Headers</h4>
    <table class="fields">
      <thead><tr><th scope="col">Header</th><th scope="col">Notes</th></tr></thead>
      <tbody>${(op.parameters ?? []).map(
        (p) => html`<tr><td><code>${p.name}</code>${p.required ? html` <span class="req">always</span>` : ''}</td><td>${code(p.description ?? '')}</td></tr>`,
      )}</tbody>
    </table>
    ${op.requestBody ? html`<h4>Body</h4>${media(op.requestBody.content)}` : ''}
    <h4>Your answer</h4>
    <ul>${Object.entries(op.responses).map(([status, r]) => html`<li><span class="status">${status}</span> ${code(r.description)}</li>`)}</ul>
  </section>`
}

/** The whole page. `origin` is where this deployment answers (for copyable examples). */
export function docsPage(doc: OpenApiDocument, origin: string): Html {
  const ops = Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => ({ method, path, op: op as Op })),
  )
  const tags = doc.tags.map((t) => t.name)
  const webhooks = Object.entries(doc.webhooks ?? {}).map(([name, item]) => ({ name, op: (item as { post: Hook }).post }))
  return html`<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>API docs · IOP Coverage Checker</title>
    <link rel="icon" href="/demo/favicon.svg" type="image/svg+xml" />
    <link rel="stylesheet" href="/docs/docs.css" />
  </head>
  <body>
    <nav class="toc" aria-label="Contents">
      <p class="toc-title">IOP Coverage Checker API <span class="version">v${doc.info.version}</span></p>
      <ul>
        <li><a href="#overview">Overview</a></li>
        <li><a href="#authentication">Authentication</a></li>
        <li><a href="#rate-limits">Rate limits</a></li>
        <li><a href="#idempotency">Retries and idempotency</a></li>
        <li><a href="#errors">Errors</a></li>
        <li><a href="#widget">Embed the widget</a></li>
        ${webhooks.length ? html`<li><a href="#webhooks">Webhooks</a></li>` : ''}
        ${tags.map(
          (tag) => html`<li><span class="toc-group">${tag}</span><ul>${ops
            .filter((o) => o.op.tags[0] === tag)
            .map((o) => html`<li><a href="#op-${o.op.operationId}"><span class="method method-${o.method}">${o.method.toUpperCase()}</span> ${o.path}</a></li>`)}</ul></li>`,
        )}
        <li><a href="#problem-codes">Problem codes</a></li>
      </ul>
    </nav>
    <main>
      <header>
        <h1>IOP Coverage Checker API</h1>
        <p class="lead">${doc.info.description.replace(' Human docs: /docs.', '')}</p>
        <p>Machine-readable: <a href="/openapi.json"><code>/openapi.json</code></a> (OpenAPI 3.1, generated from the schemas the API validates with). Command line: <code>npx iop-coverage --help</code>.</p>
      </header>

      <section id="overview">
        <h2>Overview</h2>
        <ul>
          <li>JSON in and out (X12 271 documents are sent as <code>text/plain</code>).</li>
          <li>Money is always <strong>integer cents</strong> (<code>150000</code> is $1,500.00); fractions such as coinsurance are numbers between 0 and 1; states are USPS codes.</li>
          <li>Member IDs, names and dates of birth only ever travel in POST bodies, never in a URL, and are never logged.</li>
          <li>Every response carries <code>X-Request-Id</code>; quote it when asking for help.</li>
        </ul>
      </section>

      <section id="authentication">
        <h2>Authentication</h2>
        <p>Each operation below says which key it takes.</p>
        <dl>
          <dt>Site key: <code>X-Site-Key: pk_…</code></dt>
          <dd>Public, safe in a web page. It identifies the partner's site and only works from the browser origins registered for it (requests from a browser must send a matching <code>Origin</code>). Used by the widget.</dd>
          <dt>Staff key: <code>Authorization: Bearer sk_…</code></dt>
          <dd>Secret. For admissions staff, servers and the CLI; never put it in a page. Staff routes answer <a href="#problem-unauthorized"><code>unauthorized</code></a> to anything else (a site key included), and a staff key only ever sees its own partner: another partner's lead or VOB is <a href="#problem-not_found"><code>not_found</code></a>.</dd>
          <dt>Console session: cookie <code>__Host-iop_staff</code></dt>
          <dd><code>POST /v1/staff/sessions</code> exchanges a staff key for this cookie (HttpOnly, Secure, SameSite=Strict, 30 minutes) and signs out with <code>DELETE /v1/staff/sessions</code>. It is accepted wherever a staff key is, but calls that change something must come from the API's own origin (<a href="#problem-cross_origin_session"><code>cross_origin_session</code></a>). Servers use the key.</dd>
          <dt>Human check: <code>X-Turnstile-Token: …</code></dt>
          <dd>Site-key callers of <code>POST /v1/leads</code> and <code>POST /v1/eligibility/checks</code> also send a Cloudflare Turnstile token, rendered with the <code>turnstileSiteKey</code> of <code>GET /v1/site-config</code>. Each token is good for one request (<a href="#problem-turnstile_required"><code>turnstile_required</code></a>, <a href="#problem-turnstile_expired"><code>turnstile_expired</code></a>). Staff calls skip it.</dd>
        </dl>
        <p>A site key works from a browser only on the origins registered for it (<a href="#problem-origin_not_allowed"><code>origin_not_allowed</code></a>); an unknown key is <a href="#problem-invalid_site_key"><code>invalid_site_key</code></a>. Operations marked <em>Site key or staff key</em> take either; the exact check is offered to site keys only where the partner enabled it (<a href="#problem-exact_check_disabled"><code>exact_check_disabled</code></a>).</p>
        <p>Requests without an <code>Origin</code> header (servers, the CLI) are accepted with a valid key. The local seed has <code>pk_test_demo</code> and <code>sk_test_demo</code>: local-only test values, never valid in a deployment.</p>
        <pre><code>curl -H 'Authorization: Bearer sk_test_demo' -H 'Content-Type: application/json' \\
  -d '{"payer":"aetna","state":"TX","program":"substance_use"}' ${origin}/v1/coverage/checks</code></pre>
      </section>

      <section id="rate-limits">
        <h2>Rate limits</h2>
        <p>Coverage checks, exact checks and callback requests made with a site key are limited per client IP and per site key; the exact check also per member ID (hashed before counting). Staff calls are not counted, except signing in (<code>POST /v1/staff/sessions</code>), which is limited per IP. Over a limit the API answers <code>429</code> with the <a href="#problem-rate_limited"><code>rate_limited</code></a> problem and a <code>Retry-After</code> header in seconds. Wait at least that long before sending the same request again; do not retry sooner or in a tight loop.</p>
      </section>

      <section id="idempotency">
        <h2>Retries and idempotency</h2>
        <p>Each operation is marked <em>Safe to retry</em> or not. Reads, coverage checks and X12 parsing have no side effects: repeat them freely. Retry on <code>429</code> (after <code>Retry-After</code>), on <code>5xx</code> and on network errors, with exponential backoff and jitter (for example 0.5 s, 1 s, 2 s… plus a random part, at most 5 attempts). Never retry a <code>4xx</code> other than 408 and 429 unchanged: it will fail the same way. Problems say so in <code>retryable</code> when they know.</p>
        <p>Operations that create something (a lead, a saved VOB, a staff key, a secret) are not idempotent: retry them only when the first attempt surely did not arrive. The API does not read an <code>Idempotency-Key</code> header: browsers may send one (CORS allows it), but a repeated request is a new request.</p>
      </section>

      <section id="errors">
        <h2>Errors</h2>
        <p>Every error is <code>application/problem+json</code> (RFC 9457). <code>type</code> links to the problem's entry below; <code>code</code> is stable for programs; <code>errors</code> names each invalid field with a dotted path.</p>
        ${media({ 'application/problem+json': { schema: doc.components.schemas.Problem!, examples: { invalid: { summary: 'A coverage check with a bad state and coinsurance 1.5', value: PROBLEM_EXAMPLE } } } })}
      </section>

      ${widgetSection(origin, doc.info.version)}

      ${webhooks.length
        ? html`<section id="webhooks">
            <h2>Webhooks</h2>
            <p>The API calls you: when a visitor asks to be called back, the partner's webhook URL receives the lead. Set the URL with <code>PUT /v1/partners/me/webhook</code>, which shows the signing secret (<code>whsec_…</code>) once. Deliveries carry PHI: receive them over HTTPS only and keep them out of your logs.</p>
            <p>Verify every delivery before parsing it, with the raw body as received:</p>
            <pre><code>${VERIFY_EXAMPLE}</code></pre>
            ${webhooks.map((w) => webhook(w.name, w.op))}
          </section>`
        : ''}

      ${tags.map(
        (tag) => html`<section class="tag" id="tag-${tag.toLowerCase()}">
          <h2>${tag}</h2>
          ${ops.filter((o) => o.op.tags[0] === tag).map((o) => operation(o.method, o.path, o.op, origin))}
        </section>`,
      )}

      <section id="problem-codes">
        <h2>Problem codes</h2>
        <dl class="problem-list">
          ${Object.entries(PROBLEMS).map(
            ([c, p]) => html`<div class="problem" id="problem-${c}">
              <dt><code>${c}</code> <span class="status">${p.status}</span> ${p.title}</dt>
              <dd>${code(p.meaning)} ${p.retryable ? html`<span class="badge">Retryable</span>` : ''}</dd>
            </div>`,
          )}
        </dl>
      </section>
    </main>
  </body>
</html>`
}
