/**
 * @module
 * Which clearinghouse a deployment (or a partner with its own account) talks to, read from the
 * Worker's vars and secrets (docs/clearinghouses.md, "Configuring"):
 *
 * | var / secret                    | used by                     |
 * |---------------------------------|-----------------------------|
 * | `CLEARINGHOUSE_VENDOR`          | all: `sandbox` (default), `stedi`, `optum`, `caqh-core-soap` |
 * | `CLEARINGHOUSE_URL`             | sandbox, caqh-core-soap (required); stedi, optum (default: the vendor's documented URL) |
 * | `CLEARINGHOUSE_TIMEOUT_MS`      | all: 20000 (CAQH CORE's 20 s) by default, at most 60000 (payers' 60 s) |
 * | `CLEARINGHOUSE_API_KEY`         | sandbox, stedi (secret) |
 * | `CLEARINGHOUSE_CLIENT_ID` / `_CLIENT_SECRET` / `_TOKEN_URL` / `_EXTRA_HEADERS` (JSON) | optum (secrets) |
 * | `CLEARINGHOUSE_USERNAME` / `_PASSWORD` / `_SENDER_ID` / `_RECEIVER_ID` | caqh-core-soap (secrets) |
 * | `CLEARINGHOUSE_PARTNER_ACCOUNTS` | JSON `{ "<partnerId>": { "vendor": …, "apiKey": …, … } }`: a partner's own account (secret) |
 */
import { caqhCoreSoapAdapter } from './caqh-core-soap'
import { OPTUM_RAW_X12_URL, OPTUM_TOKEN_URL, optumAdapter } from './optum'
import { sandboxAdapter } from './sandbox'
import { STEDI_RAW_X12_URL, stediAdapter } from './stedi'
import { VENDORS, type ClearinghouseAdapter, type Fetcher, type Vendor } from './types'

export const DEFAULT_TIMEOUT_MS = 20_000
export const MAX_TIMEOUT_MS = 60_000

/** One account's settings, as the env vars (or a partner's JSON entry) give them. */
export type AccountSettings = {
  vendor?: string
  url?: string
  timeoutMs?: string | number
  apiKey?: string
  clientId?: string
  clientSecret?: string
  tokenUrl?: string
  extraHeaders?: Record<string, string> | string
  username?: string
  password?: string
  senderId?: string
  receiverId?: string
}

export type ConfigProblem = { kind: 'not_configured' } | { kind: 'invalid'; vendor: string | null; missing: string[] }

const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '')

/** `CLEARINGHOUSE_TIMEOUT_MS`: 20 s when unset or not a positive number, never above 60 s. */
export function timeoutOf(v: unknown): number {
  const n = Number(str(v))
  return n > 0 ? Math.min(n, MAX_TIMEOUT_MS) : DEFAULT_TIMEOUT_MS
}

function headersOf(v: unknown): Record<string, string> | null {
  const parsed = typeof v === 'string' ? (v.trim() ? safeJson(v) : {}) : (v ?? {})
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return null
  const out: Record<string, string> = {}
  for (const [k, value] of Object.entries(parsed as Record<string, unknown>)) {
    if (typeof value !== 'string' || !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(k)) return null
    out[k] = value
  }
  return out
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

/** The deployment's account from env vars. */
export function deploymentSettings(env: Record<string, unknown>): AccountSettings {
  return {
    vendor: str(env.CLEARINGHOUSE_VENDOR),
    url: str(env.CLEARINGHOUSE_URL),
    timeoutMs: str(env.CLEARINGHOUSE_TIMEOUT_MS),
    apiKey: str(env.CLEARINGHOUSE_API_KEY),
    clientId: str(env.CLEARINGHOUSE_CLIENT_ID),
    clientSecret: str(env.CLEARINGHOUSE_CLIENT_SECRET),
    tokenUrl: str(env.CLEARINGHOUSE_TOKEN_URL),
    extraHeaders: str(env.CLEARINGHOUSE_EXTRA_HEADERS),
    username: str(env.CLEARINGHOUSE_USERNAME),
    password: str(env.CLEARINGHOUSE_PASSWORD),
    senderId: str(env.CLEARINGHOUSE_SENDER_ID),
    receiverId: str(env.CLEARINGHOUSE_RECEIVER_ID),
  }
}

/** A partner's own account, when `CLEARINGHOUSE_PARTNER_ACCOUNTS` names it; else null. */
export function partnerSettings(env: Record<string, unknown>, partnerId: string | undefined): AccountSettings | null {
  if (!partnerId) return null
  const all = safeJson(str(env.CLEARINGHOUSE_PARTNER_ACCOUNTS))
  if (!all || typeof all !== 'object' || !Object.hasOwn(all, partnerId)) return null
  const entry = (all as Record<string, unknown>)[partnerId]
  return entry && typeof entry === 'object' ? (entry as AccountSettings) : null
}

/**
 * The adapter for one account, or why there is none: no vendor configured at all, or a vendor
 * whose required settings are missing (named, never their values).
 */
export function adapterFor(
  s: AccountSettings,
  fetcher?: Fetcher,
  now?: () => number,
): { ok: true; adapter: ClearinghouseAdapter } | { ok: false; problem: ConfigProblem } {
  const vendorText = str(s.vendor) || 'sandbox'
  if (!(VENDORS as readonly string[]).includes(vendorText)) {
    return { ok: false, problem: { kind: 'invalid', vendor: null, missing: ['CLEARINGHOUSE_VENDOR'] } }
  }
  const vendor = vendorText as Vendor
  const timeoutMs = timeoutOf(s.timeoutMs)
  const need = (pairs: [string, string][]) => pairs.filter(([, v]) => !v).map(([name]) => name)
  const invalid = (missing: string[]) => ({ ok: false as const, problem: { kind: 'invalid' as const, vendor, missing } })
  switch (vendor) {
    case 'sandbox': {
      if (!str(s.url)) return { ok: false, problem: { kind: 'not_configured' } }
      return { ok: true, adapter: sandboxAdapter({ url: str(s.url), apiKey: str(s.apiKey), timeoutMs }, fetcher) }
    }
    case 'stedi': {
      const missing = need([['CLEARINGHOUSE_API_KEY', str(s.apiKey)]])
      if (missing.length) return invalid(missing)
      return { ok: true, adapter: stediAdapter({ url: str(s.url) || STEDI_RAW_X12_URL, apiKey: str(s.apiKey), timeoutMs }, fetcher, now) }
    }
    case 'optum': {
      const extraHeaders = headersOf(s.extraHeaders)
      const missing = need([
        ['CLEARINGHOUSE_CLIENT_ID', str(s.clientId)],
        ['CLEARINGHOUSE_CLIENT_SECRET', str(s.clientSecret)],
      ])
      if (!extraHeaders) missing.push('CLEARINGHOUSE_EXTRA_HEADERS')
      if (missing.length) return invalid(missing)
      return {
        ok: true,
        adapter: optumAdapter(
          {
            url: str(s.url) || OPTUM_RAW_X12_URL,
            tokenUrl: str(s.tokenUrl) || OPTUM_TOKEN_URL,
            clientId: str(s.clientId),
            clientSecret: str(s.clientSecret),
            timeoutMs,
            extraHeaders: extraHeaders!,
          },
          fetcher,
          now,
        ),
      }
    }
    case 'caqh-core-soap': {
      const missing = need([
        ['CLEARINGHOUSE_URL', str(s.url)],
        ['CLEARINGHOUSE_USERNAME', str(s.username)],
        ['CLEARINGHOUSE_PASSWORD', str(s.password)],
        ['CLEARINGHOUSE_SENDER_ID', str(s.senderId)],
        ['CLEARINGHOUSE_RECEIVER_ID', str(s.receiverId)],
      ])
      if (missing.length) return invalid(missing)
      return {
        ok: true,
        adapter: caqhCoreSoapAdapter(
          { url: str(s.url), username: str(s.username), password: str(s.password), senderId: str(s.senderId), receiverId: str(s.receiverId), timeoutMs },
          fetcher,
          now,
        ),
      }
    }
  }
}
