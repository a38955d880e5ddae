/**
 * @module
 * One real-time inquiry through the configured clearinghouse: build the 270 with the payer's id
 * on that vendor's list, send it, read the 271; every failure becomes a clear problem+json
 * (`transportProblem`). PHI stays in memory: logs get ids, codes and timings only.
 */
import type { PayerRecord } from '../../domain/payer/types'
import { build270 } from '../../domain/x12/build-270'
import { read271Entries, type EntryCore } from '../../domain/x12/read-271'
import type { EligibilityCheckRequest } from '../../http/schemas/eligibility'
import { log } from '../../http/log'
import { problem, type ApiError } from '../../http/problem'
import { adapterFor, deploymentSettings, partnerSettings } from './config'
import type { ClearinghouseError, Fetcher, Vendor } from './types'

/** Who asked: staff see configuration problems as such; visitors (the widget) a plain sentence. */
export type Audience = 'staff' | 'visitor'

export type CallContext = {
  audience?: Audience
  /** The partner whose own clearinghouse account (CLEARINGHOUSE_PARTNER_ACCOUNTS) is used, if any. */
  partnerId?: string
  /** For tests. */
  fetcher?: Fetcher
}

const retryLater = (seconds: number) => ({ headers: { 'Retry-After': String(seconds) } })

export const badResponse = () =>
  problem('clearinghouse_bad_response', 'The clearinghouse answered with something that is not a readable 271. Try again; if it persists, call the payer.')

const notAvailableForVisitors = () =>
  problem('exact_check_unavailable', 'Real-time checks are not available right now. You can still see what plans like yours usually cover, or ask the center to check for you.')

/** A vendor code is quoted only when it is a short token (an AAA code, a CORE ErrorCode), never free text. */
const safeCode = (code: string | null) => (code && /^[A-Za-z0-9:_-]{1,40}$/.test(code) ? ` (${code})` : '')

/** The problem a caller gets for a failed clearinghouse call. */
export function transportProblem(e: ClearinghouseError, vendor: Vendor = 'sandbox', audience: Audience = 'staff'): ApiError {
  switch (e.reason) {
    case 'timeout':
      return problem('payer_timeout', 'The payer did not answer in time. Try again in a few minutes.', retryLater(60))
    case 'transport':
      return problem('clearinghouse_unreachable', 'The clearinghouse could not be reached. Try again in a few minutes.', retryLater(60))
    case 'rate_limited':
      return problem('clearinghouse_busy', 'The clearinghouse is answering as many checks as this account allows at once. Try again in a few seconds.', retryLater(Math.min(Math.max(e.retryAfterSeconds ?? 5, 1), 300)))
    case 'unavailable':
      return problem('clearinghouse_error', `The clearinghouse or the payer's connection is down${safeCode(e.code)}. Try again in a few minutes.`, retryLater(60))
    case 'unauthorized':
      return audience === 'visitor'
        ? notAvailableForVisitors()
        : problem('clearinghouse_misconfigured', `The clearinghouse (${vendor}) refused this deployment's credentials: an administrator must check the CLEARINGHOUSE_* secrets (docs/clearinghouses.md).`)
    case 'refused':
      return audience === 'visitor'
        ? notAvailableForVisitors()
        : problem('clearinghouse_refused', `The clearinghouse (${vendor}) refused the inquiry${e.status ? ` (HTTP ${e.status})` : ''}${safeCode(e.code)}: check the clearinghouse configuration.`)
    case 'http':
      return e.status >= 500 || e.status === 429
        ? problem('clearinghouse_error', `The clearinghouse answered with an error (HTTP ${e.status}). Try again in a few minutes.`, retryLater(60))
        : problem('clearinghouse_refused', `The clearinghouse refused the inquiry (HTTP ${e.status}): check the clearinghouse configuration.`)
    case 'bad_body':
      return badResponse()
  }
}

/** Sends the 270 for `req` and reads the 271 (see the module comment). Throws `ApiError`. */
export async function callClearinghouse(
  env: Env,
  req: EligibilityCheckRequest,
  payer: PayerRecord,
  idempotencyKey: string,
  requestId: string,
  context: CallContext = {},
): Promise<{ entries: EntryCore[]; checkedAt: string; cached: false }> {
  const vars = env as unknown as Record<string, unknown>
  const settings = partnerSettings(vars, context.partnerId) ?? deploymentSettings(vars)
  const chosen = adapterFor(settings, context.fetcher)
  if (!chosen.ok) {
    if (chosen.problem.kind === 'not_configured') {
      throw problem('clearinghouse_not_configured', 'No clearinghouse is configured: paste a 271 instead.')
    }
    log({ level: 'error', event: 'clearinghouse_misconfigured', requestId, code: 'missing_settings', x_missing: chosen.problem.missing.join(',') })
    if (context.audience === 'visitor') throw notAvailableForVisitors()
    throw problem('clearinghouse_misconfigured', `The clearinghouse configuration is incomplete: set ${chosen.problem.missing.join(', ')} (docs/clearinghouses.md).`)
  }
  const { adapter } = chosen
  const now = new Date()
  const started = Date.now()
  const payerId = (adapter.vendor !== 'sandbox' ? payer.payerIdsByVendor?.[adapter.vendor] : undefined) ?? payer.payerIds![0]!
  const x12 = build270({
    provider: { npi: String(env.PROVIDER_NPI), name: String(env.PROVIDER_NAME) },
    payer: { id: payerId, name: payer.name },
    subscriber: { memberId: req.memberId, firstName: req.firstName, lastName: req.lastName, dateOfBirth: req.dateOfBirth },
    program: req.program,
    serviceDate: now.toISOString().slice(0, 10),
    now,
    controlNumber: (parseInt(idempotencyKey.slice(0, 8), 16) % 999_999_999) + 1,
    reference: idempotencyKey.slice(0, 30),
  })
  const sent = await adapter.send270(x12, idempotencyKey)
  const e = sent.ok ? null : sent.error
  log({
    level: sent.ok ? 'info' : 'warn',
    event: 'clearinghouse_call',
    requestId,
    ms: Date.now() - started,
    code: e ? e.reason : 'ok',
    x_vendor: adapter.vendor,
    x_attempts: sent.ok ? sent.value.attempts : sent.error.attempts,
    ...(sent.ok && sent.value.mode ? { x_mode: sent.value.mode } : {}),
    x_payer: payer.id,
    ...(e && 'status' in e && e.status ? { x_upstream_status: e.status } : {}),
  })
  if (!sent.ok) throw transportProblem(sent.error, adapter.vendor, context.audience)
  const read = read271Entries(sent.value.x12)
  if (!read.ok || read.value.length === 0) {
    log({ level: 'warn', event: 'clearinghouse_unreadable_271', requestId, code: read.ok ? 'no_entries' : read.error.reason })
    throw badResponse()
  }
  return { entries: read.value, checkedAt: now.toISOString(), cached: false }
}
