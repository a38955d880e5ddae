/**
 * @module
 * Registered origins and how a browser `Origin` header is matched against them. An origin is
 * exactly `scheme://host[:port]`, as browsers send it. A trailing `:*` (any port) is accepted
 * only for loopback hosts, so that local development works on any port without ever opening a
 * production origin to every port.
 */

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]'])

/** Why a string cannot be registered as an origin, or null when it can. */
export function originProblem(pattern: string): string | null {
  const anyPort = pattern.endsWith(':*')
  const base = anyPort ? pattern.slice(0, -2) : pattern
  let url: URL
  try {
    url = new URL(base)
  } catch {
    return 'must be an origin such as https://center.example'
  }
  if (url.origin !== base) return 'must be an origin (scheme, host and port only), such as https://center.example'
  if (anyPort && url.port) return 'a ":*" origin must not also name a port'
  if (anyPort && !LOOPBACK.has(url.hostname)) return '":*" (any port) is allowed for loopback hosts only'
  if (url.protocol === 'http:' && !LOOPBACK.has(url.hostname)) return 'must use https (http is allowed for loopback only)'
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'must use https'
  return null
}

/** Whether the `Origin` header value is one of the patterns. Malformed origins never match. */
export function originMatches(origin: string, patterns: readonly string[]): boolean {
  let url: URL
  try {
    url = new URL(origin)
  } catch {
    return false
  }
  if (url.origin !== origin) return false
  return patterns.some((pattern) => {
    if (!pattern.endsWith(':*')) return pattern === origin
    try {
      const base = new URL(pattern.slice(0, -2))
      return LOOPBACK.has(base.hostname) && base.protocol === url.protocol && base.hostname === url.hostname
    } catch {
      return false
    }
  })
}

/** The hostnames of the patterns (for the Turnstile `hostname` check). */
export function originHostnames(patterns: readonly string[]): string[] {
  return patterns.flatMap((p) => {
    try {
      return [new URL(p.endsWith(':*') ? p.slice(0, -2) : p).hostname]
    } catch {
      return []
    }
  })
}
