/**
 * @module
 * Matching a browser `Origin` against a partner's registered origins. Pure, so the tests (and
 * any route that checks origins) can use it without the Worker's bindings.
 */

/**
 * Whether `origin` is one of `patterns`; a trailing `:*` allows any port (local development).
 * Exact comparison otherwise: no suffix, subdomain or scheme wildcards.
 * @example originAllowed('http://127.0.0.1:8787', ['http://127.0.0.1:*']) // true
 */
export function originAllowed(origin: string, patterns: readonly string[]): boolean {
  return patterns.some((p) =>
    p.endsWith(':*')
      ? origin.startsWith(p.slice(0, -1)) && /^\d{1,5}$/.test(origin.slice(p.length - 1))
      : p === origin,
  )
}
