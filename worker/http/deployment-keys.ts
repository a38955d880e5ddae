/**
 * @module
 * The PHI keys must be real outside local development. `PHI_ENCRYPTION_KEY` seals leads, saved
 * verifications and webhook secrets; `HASH_KEY` keys every member-ID and credential hash. A
 * deployment without them used to fail its first lead with a 500 (the lead lost), and one with the
 * public `local.env` values would "encrypt" PHI with a key anyone can read. So outside local the
 * Worker refuses to serve at all (503 to every request, one error log per isolate) until both are
 * 32 random bytes, base64, distinct, and not a local.env value. The refusal comes before any
 * request is accepted, so no lead is half-stored: the widget keeps the visitor's callback request
 * and offers to send it again (and the admissions phone) on a 503.
 */

/** The public values in local.env (they are in the repository, so they protect nothing). */
const LOCAL_ENV_VALUES = new Set([
  'bG9jYWwtb25seS1kZW1vLWtleS0zMi1ieXRlcy0hISE=',
  'bG9jYWwtb25seS1oYXNoLWtleS0zMi1ieXRlcy0hISE=',
])

const isBase64Of32Bytes = (value: string): boolean => {
  if (!/^[A-Za-z0-9+/]{43}=$/.test(value)) return false
  try {
    return atob(value).length === 32
  } catch {
    return false
  }
}

/** What is wrong with the key configuration (names only, never values), or null when it may serve. */
export function deploymentKeyProblem(env: Pick<Env, 'ENVIRONMENT' | 'PHI_ENCRYPTION_KEY' | 'HASH_KEY'>): string | null {
  if (env.ENVIRONMENT === 'local') return null
  const problems: string[] = []
  for (const name of ['PHI_ENCRYPTION_KEY', 'HASH_KEY'] as const) {
    const value = typeof env[name] === 'string' ? env[name].trim() : ''
    if (!value) problems.push(`${name} is not set`)
    else if (LOCAL_ENV_VALUES.has(value)) problems.push(`${name} is the public local.env value`)
    else if (!isBase64Of32Bytes(value)) problems.push(`${name} is not 32 bytes in base64`)
  }
  if (problems.length === 0 && env.PHI_ENCRYPTION_KEY.trim() === env.HASH_KEY.trim()) {
    problems.push('PHI_ENCRYPTION_KEY and HASH_KEY are the same value')
  }
  return problems.length ? problems.join('; ') : null
}
