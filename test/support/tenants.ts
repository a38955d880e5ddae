// The two seeded tenants (seed/local.sql) and helpers for tests of access control and abuse
// limits: a fresh client IP per test, so per-IP limits of one test never reach another.
import { lane } from './lane'

export const DEMO = {
  id: 'demo',
  siteKey: 'pk_test_demo',
  staffKey: 'sk_test_demo',
  staffKeyId: 'key_demo_local',
  origin: 'http://127.0.0.1:5173',
}
export const OTHER = {
  id: 'other',
  siteKey: 'pk_test_other',
  staffKey: 'sk_test_other',
  staffKeyId: 'key_other_local',
  origin: 'https://other.example',
}

/**
 * A third tenant, in the guard harness's database only (test/support/global-setup.ts adds it):
 * it offers the exact check, and only the per-site-key limit test spends its budget.
 */
export const LIMITS = {
  id: 'limits',
  siteKey: 'pk_test_limits',
  origin: 'https://limits.example',
}

const IP_COUNTER = Symbol.for('iop.uniqueIp')
/**
 * A client address no other test of the lane uses, so no file inherits the rate-limit counts of
 * another. The count lives on globalThis: a lane's worker process runs file after file, each with
 * fresh modules (vitest.config.ts), and a module-level counter started again at the same address
 * in every file. 198.51.x.y, leaving out 198.51.100.0/24 (TEST-NET-2, which widget-budget's
 * visitors use). Local workerd keeps a client-sent `CF-Connecting-IP`; Cloudflare's edge replaces it.
 */
export function uniqueIp(): string {
  const g = globalThis as { [IP_COUNTER]?: number }
  const n = (g[IP_COUNTER] = (g[IP_COUNTER] ?? 0) + 1)
  const block = Math.floor(n / 250) % 249
  return `198.51.${block >= 100 ? block + 1 : block}.${(n % 250) + 1}`
}

/** `fetch` against the guard harness Worker (test/guards/). */
export const guardsApi = (path: string, init?: RequestInit): Promise<Response> =>
  fetch(new URL(path, lane().guardsUrl), init)

export const bearer = (key: string) => ({ Authorization: `Bearer ${key}` })

/**
 * Waits, when needed, so that the next few seconds fall in one window of the local rate limiter
 * (miniflare counts in fixed windows aligned to the epoch, 60 s here): a test that counts up to a
 * limit must not straddle a reset. Waits at most 15 s; asserts nothing about time.
 */
export async function freshLimiterWindow(periodMs = 60_000, needMs = 15_000): Promise<void> {
  const into = Date.now() % periodMs
  if (into > periodMs - needMs) await new Promise((r) => setTimeout(r, periodMs - into + 100))
}

/** Headers for a staff call with a secret key. */
export const staff = (key: string): Record<string, string> => ({ Authorization: `Bearer ${key}` })
/** Headers for a widget call with a publishable site key. */
export const site = (key: string): Record<string, string> => ({ 'X-Site-Key': key })
/**
 * Headers for a widget call that needs Turnstile (leads, the exact check). Locally the Worker
 * verifies against scripts/fake-turnstile.mjs with Cloudflare's always-pass test secret, which,
 * like the real one, accepts any token.
 */
export const widget = (key: string): Record<string, string> => ({
  'X-Site-Key': key,
  'X-Turnstile-Token': 'XXXX.DUMMY.TOKEN.XXXX',
})
