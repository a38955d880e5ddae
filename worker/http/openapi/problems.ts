/**
 * @module
 * The catalogue of problem `code`s a client can receive. Each becomes an anchor on the docs page
 * (`/docs#problem-<code>`, the problem's `type` URI) and a response in the OpenAPI document.
 * It is the one source of each code's status, title and `retryable`: `problem(code, detail)`
 * (http/problem.ts) reads them from here, and `ProblemCode` makes an unknown code a type error.
 */

export type ProblemInfo = {
  status: number
  title: string
  /** What it means and what the client should do about it. */
  meaning: string
  /** Whether repeating the same request later may succeed. */
  retryable: boolean
}

export const PROBLEMS = {
  validation_failed: {
    status: 400,
    title: 'Invalid request',
    meaning:
      'The query or body does not match the schema. `errors` names each bad field with a dotted path (`benefits.coinsurance`) and a message. Fix the fields and send again.',
    retryable: false,
  },
  bad_request: {
    status: 400,
    title: 'Bad request',
    meaning: 'The request could not be read, for example malformed JSON. `detail` says why.',
    retryable: false,
  },
  unauthorized: {
    status: 401,
    title: 'Unauthorized',
    meaning: 'No key, or a key that is not valid. Send `X-Site-Key: pk_…` (partner pages) or `Authorization: Bearer sk_…` (staff).',
    retryable: false,
  },
  forbidden: {
    status: 403,
    title: 'Forbidden',
    meaning: 'The key is valid but may not do this: a site key on a staff route, a browser origin not registered for the site key, or another partner’s resource.',
    retryable: false,
  },
  not_found: {
    status: 404,
    title: 'Not found',
    meaning: 'There is no resource at this path (or it belongs to another partner).',
    retryable: false,
  },
  method_not_allowed: {
    status: 405,
    title: 'Method not allowed',
    meaning: 'The path exists but not with this method; the `Allow` header lists the methods that work.',
    retryable: false,
  },
  timeout: {
    status: 408,
    title: 'Request timeout',
    meaning: 'The request took too long to arrive. Send it again.',
    retryable: true,
  },
  payload_too_large: {
    status: 413,
    title: 'Request body too large',
    meaning: 'JSON bodies are limited to 64 KiB. `detail` gives the limit of this route.',
    retryable: false,
  },
  unsupported_media_type: {
    status: 415,
    title: 'Unsupported media type',
    meaning: 'The body was not sent with the media type the route reads (`application/json`, or `text/plain` for X12).',
    retryable: false,
  },
  rate_limited: {
    status: 429,
    title: 'Too many requests',
    meaning: 'A rate limit was reached. Wait the number of seconds in `Retry-After`, then send the same request again.',
    retryable: true,
  },
  internal_error: {
    status: 500,
    title: 'Internal error',
    meaning: 'Something failed on our side; nothing of the request is kept or shown. Retry with backoff; if it persists, quote `requestId`.',
    retryable: true,
  },
  x12_unreadable: {
    status: 422,
    title: 'The 271 could not be read',
    meaning: 'The body is not a readable X12 271; `detail` and `errors` name the segment and element (`segment 15 (EB): EB07 ...`).',
    retryable: false,
  },
  x12_too_large: {
    status: 413,
    title: 'The 271 holds too much to read at once',
    meaning: 'A readable 271 above the per-document limits (250 subscriber or dependent readings, 5,000 benefit lines): send the 271s one by one.',
    retryable: false,
  },
  eligibility_rejected: {
    status: 422,
    title: 'The payer rejected the inquiry',
    meaning: 'The payer answered with an AAA rejection; `errors[].path` names what to check (`memberId`, `firstName`, `lastName`, `dateOfBirth`, `payer`).',
    retryable: false,
  },
  clearinghouse_unreachable: { status: 503, title: 'Clearinghouse unreachable', meaning: 'The clearinghouse could not be reached, even after one retry. Try again later.', retryable: true },
  payer_timeout: { status: 503, title: 'The payer did not answer in time', meaning: 'No answer within the deadline (20 s). Try again later.', retryable: true },
  payer_unavailable: { status: 503, title: 'The payer is unavailable', meaning: 'The payer reported it cannot answer now (AAA 42 or 80). Try again later.', retryable: true },
  clearinghouse_error: { status: 503, title: 'Clearinghouse error', meaning: 'The clearinghouse answered with an error. Try again later.', retryable: true },
  clearinghouse_bad_response: { status: 502, title: 'Unreadable clearinghouse answer', meaning: 'The clearinghouse answered something that is not a 271. Try again; if it persists, call the payer.', retryable: true },
  phi_in_query: { status: 400, title: 'Health information in the URL', meaning: 'A query parameter is named like a member ID, a name, a date of birth or contact details; `errors[].path` names it. Send personal details in the JSON body, never in a URL.', retryable: false },
  service_misconfigured: { status: 503, title: 'Service not configured', meaning: 'This deployment has no proper PHI keys yet (`PHI_ENCRYPTION_KEY`, `HASH_KEY`), so it serves nothing; nothing was stored. The widget keeps a callback request to send again.', retryable: true },
  clearinghouse_not_configured: { status: 503, title: 'Real-time checks not configured', meaning: 'This deployment has no clearinghouse (`CLEARINGHOUSE_URL`); paste a 271 instead.', retryable: false },
  payer_unknown: { status: 422, title: 'Payer not recognized', meaning: 'The payer could not be identified for a real-time check: pick it from `GET /v1/payers` and send its id.', retryable: false },
  clearinghouse_busy: { status: 429, title: 'Too many real-time checks at once', meaning: 'The clearinghouse account’s concurrency limit was reached (Stedi: 5 at once by default). Wait `Retry-After` seconds and send the same request again.', retryable: true },
  clearinghouse_misconfigured: { status: 503, title: 'The clearinghouse refused our credentials', meaning: 'Staff only: the deployment’s clearinghouse credentials or settings are wrong or missing (docs/clearinghouses.md). An administrator must fix them; retrying does not help.', retryable: false },
  exact_check_unavailable: { status: 503, title: 'Real-time checks are not available now', meaning: 'Shown to visitors when the real-time check cannot run for a reason on our side; the quick check still works.', retryable: false },
  clearinghouse_refused: { status: 502, title: 'The clearinghouse refused the inquiry', meaning: 'The clearinghouse refused the request (a 4xx): the deployment’s clearinghouse configuration needs checking.', retryable: false },
  invalid_site_key: {
    status: 401,
    title: 'Unknown site key',
    meaning: 'The `X-Site-Key` header is missing, malformed or names no partner. Send the site key (`pk_…`) from your embed snippet.',
    retryable: false,
  },
  origin_not_allowed: {
    status: 403,
    title: 'Origin not allowed',
    meaning: 'The browser page’s origin is not registered for this site key (for the exact-check frame: the `origin` parameter). The partner adds the origin with `PATCH /v1/partners/me` (`allowedOrigins`).',
    retryable: false,
  },
  cross_origin_session: {
    status: 403,
    title: 'Cross-origin request refused',
    meaning: 'A call that changes something was made with the console session cookie from another origin. Console sessions only work from the console; servers use `Authorization: Bearer sk_…`.',
    retryable: false,
  },
  exact_check_disabled: {
    status: 403,
    title: 'Exact check not offered',
    meaning: 'The partner has not enabled the exact (270/271) check for its site (`exactCheckEnabled`). Use the quick coverage check, or call the admissions team. Staff may always run it.',
    retryable: false,
  },
  turnstile_required: {
    status: 403,
    title: 'Human check required',
    meaning: 'Site-key callers of the exact check and of leads must send a Cloudflare Turnstile token in `X-Turnstile-Token`. Render the Turnstile widget with the partner’s `turnstileSiteKey` (from `GET /v1/site-config`) and send its token.',
    retryable: false,
  },
  turnstile_expired: {
    status: 403,
    title: 'Human check expired',
    meaning: 'The Turnstile token was already used or is older than five minutes. Each token is good for one request: reset the Turnstile widget and send the new token.',
    retryable: false,
  },
  turnstile_failed: {
    status: 403,
    title: 'Human check failed',
    meaning: 'Turnstile did not accept the token (invalid, or issued for another site). Complete the check again.',
    retryable: false,
  },
  turnstile_unavailable: {
    status: 503,
    title: 'Verification unavailable',
    meaning: 'The human check could not be verified (Turnstile did not answer, or this deployment has no Turnstile secret). Try again in a moment.',
    retryable: true,
  },
  payer_not_supported: {
    status: 422,
    title: 'No real-time check for this payer',
    meaning: 'The payer is known but has no clearinghouse payer ID, so it cannot be asked in real time. Call the payer, or paste the 271 you have into `POST /v1/eligibility/x12`.',
    retryable: false,
  },
  http_error: {
    status: 400,
    title: 'Request failed',
    meaning: 'A client error without a more specific code; the response’s `status` and `detail` say what went wrong. Fix the request before sending it again.',
    retryable: false,
  },
  demo_not_seeded: {
    status: 503,
    title: 'Demo partner missing',
    meaning: 'Local only: the database has no demo partner. Run `npm start`, which seeds it.',
    retryable: false,
  },
} satisfies Record<string, ProblemInfo>

/** A code from the catalogue; the type refuses one that is not there. */
export type ProblemCode = keyof typeof PROBLEMS

/** Every operation can fail with these, whatever it declares. */
export const COMMON_PROBLEMS = ['internal_error'] as const

/** What a route behind `requireStaff()` can answer before its handler runs. */
export const STAFF_PROBLEMS = ['unauthorized', 'cross_origin_session'] as const

/** What a route behind `requireSiteKeyOrStaff()` can answer before its handler runs. */
export const SITE_KEY_PROBLEMS = ['invalid_site_key', 'origin_not_allowed', ...STAFF_PROBLEMS] as const

/** What `requireTurnstile()` can answer to a site-key caller. */
export const TURNSTILE_PROBLEMS = ['turnstile_required', 'turnstile_expired', 'turnstile_failed', 'turnstile_unavailable'] as const

/** What `requireJson()` + `validate('json', …)` can answer. */
export const JSON_BODY_PROBLEMS = ['validation_failed', 'bad_request', 'unsupported_media_type', 'payload_too_large'] as const
