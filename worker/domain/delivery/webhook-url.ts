/**
 * @module
 * Where a partner's leads may be sent: the one validator for every way of setting a webhook URL.
 * The full lead (PHI) goes there, so outside local development it must be HTTPS to a public DNS
 * name: no IP literal in any spelling (the URL parser turns `0x7f000001`, `2130706433` and
 * `0177.0.0.1` into `127.0.0.1`, and `[::ffff:127.0.0.1]` stays an IPv6 literal, so both are
 * caught after parsing), no single-label or internal names (`localhost`, `*.internal` such as
 * `metadata.google.internal`, `*.local`, …), no credentials, no fragment, no privileged port but
 * 443. A name that resolves to a private address is not caught here (Workers cannot resolve
 * names); Cloudflare's network does not route Worker subrequests to private ranges.
 * Locally, plain http to a loopback host is allowed too (the tests' receiver).
 */

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]'])

/** Suffixes (and names) that never name a public host: RFC 6761/6762/8375, RFC 6762 appendix G, cloud metadata. */
const INTERNAL_SUFFIXES = [
  'localhost',
  'local',
  'internal',
  'intranet',
  'localdomain',
  'lan',
  'home',
  'corp',
  'private',
  'home.arpa',
  'arpa',
]

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/

/** Why `raw` cannot receive leads in `environment`, or null when it can. */
export function webhookUrlProblem(raw: string, environment: string | undefined): string | null {
  if (!URL.canParse(raw)) return 'must be an absolute URL'
  if (raw.includes('#')) return 'must not have a fragment (#…)'
  const url = new URL(raw)
  if (url.username || url.password) return 'must not contain credentials'
  const local = environment === 'local'
  if (local && url.protocol === 'http:' && LOOPBACK.has(url.hostname)) return null
  if (url.protocol !== 'https:') return local ? 'must be https (or http to a loopback host locally)' : 'must be https'
  const host = url.hostname.toLowerCase().replace(/\.$/, '')
  if (local && LOOPBACK.has(host)) return null
  if (host.startsWith('[') || /^[0-9.]+$/.test(host)) return 'must be a DNS name, not an IP address'
  const labels = host.split('.')
  if (labels.length < 2) return 'must be a fully qualified public host name'
  if (!labels.every((l) => LABEL.test(l)) || /^[0-9]+$/.test(labels.at(-1)!)) return 'must be a public DNS host name'
  if (INTERNAL_SUFFIXES.some((s) => host === s || host.endsWith(`.${s}`))) return 'must be a public host, not an internal or reserved name'
  if (url.port && url.port !== '443' && Number(url.port) < 1024) return 'must use port 443 or a port from 1024 up'
  return null
}

/** What a delivery attempt came to, as partners see it: never a raw status (it would map their network). */
export type DeliveryResult = 'delivered' | 'failed_4xx' | 'failed_5xx' | 'timeout' | 'unreachable'

/**
 * Buckets one attempt. `status` is the HTTP status, or null when no response came (`timedOut`
 * then says why). A redirect or other non-2xx below 500 counts as 4xx: it was refused.
 */
export function deliveryResult(status: number | null, timedOut: boolean): DeliveryResult {
  if (status === null) return timedOut ? 'timeout' : 'unreachable'
  if (status >= 200 && status < 300) return 'delivered'
  return status >= 500 ? 'failed_5xx' : 'failed_4xx'
}
