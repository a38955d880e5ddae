/**
 * @module
 * Flags every command shares (where the API is, which key, how hard to retry, output format),
 * read with `node:util` `parseArgs` in strict mode so a mistyped flag is an error, not ignored.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { ApiClient, isLocal, LOCAL_API, LOCAL_DEMO_KEY, type RetryInfo } from './client'

export const COMMON_FLAGS = {
  api: { type: 'string' },
  key: { type: 'string' },
  json: { type: 'boolean', default: false },
  retries: { type: 'string', default: '5' },
  'retry-base-ms': { type: 'string', default: '500' },
  timeout: { type: 'string', default: '30' },
  verbose: { type: 'boolean', short: 'v', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const satisfies ParseArgsConfig['options']

export const COMMON_HELP = `Common options:
  --api URL            API base URL (default ${LOCAL_API}, a local \`npm start\`)
  --key KEY            sk_… staff key (Authorization: Bearer) or pk_… site key (X-Site-Key);
                       default: $IOP_API_KEY; against a local server only, the seed's ${LOCAL_DEMO_KEY}
  --json               machine-readable JSON on stdout
  --retries N          retries on 429, 5xx and network errors (default 5), with exponential
                       backoff and jitter, waiting Retry-After when the API sends it
  --retry-base-ms MS   first backoff step (default 500; doubles each retry, at most 30 s)
  --timeout S          seconds to wait for a response (default 30)
  -v, --verbose        say each retry on stderr
  -h, --help           this help`

/** A usage mistake: printed with the command's help hint, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}

export type Common = {
  api: string
  key: string
  json: boolean
  retries: number
  retryBaseMs: number
  timeoutMs: number
  verbose: boolean
}

export function parse<O extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, options: { ...COMMON_FLAGS, ...options }, allowPositionals: true, strict: true })
  } catch (err) {
    throw new UsageError((err as Error).message)
  }
}

export function wholeNumber(name: string, value: string | undefined, min: number, max: number): number {
  if (value === undefined || !/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max}`)
  }
  return Number(value)
}

export function common(values: Record<string, string | boolean | undefined>, env = process.env): Common {
  const api = (values.api as string | undefined) ?? env.IOP_API_URL ?? LOCAL_API
  try {
    new URL(api)
  } catch {
    throw new UsageError(`--api must be a URL such as ${LOCAL_API}`)
  }
  const key = (values.key as string | undefined) ?? env.IOP_API_KEY ?? (isLocal(api) ? LOCAL_DEMO_KEY : undefined)
  if (!key) throw new UsageError('Give a key with --key or IOP_API_KEY (the demo key works only against a local server).')
  if (!/^(sk|pk)_/.test(key)) throw new UsageError('The key must start with sk_ (staff key) or pk_ (site key).')
  return {
    api,
    key,
    json: values.json === true,
    retries: wholeNumber('retries', values.retries as string, 0, 20),
    retryBaseMs: wholeNumber('retry-base-ms', values['retry-base-ms'] as string, 0, 60_000),
    timeoutMs: wholeNumber('timeout', values.timeout as string, 1, 600) * 1000,
    verbose: values.verbose === true,
  }
}

export function client(c: Common, connections: number, onRetry?: (info: RetryInfo) => void): ApiClient {
  return new ApiClient({
    api: c.api,
    key: c.key,
    retries: c.retries,
    retryBaseMs: c.retryBaseMs,
    maxDelayMs: 30_000,
    timeoutMs: c.timeoutMs,
    connections,
    onRetry: (info) => {
      if (c.verbose) {
        process.stderr.write(
          `retry ${info.attempt}/${c.retries} in ${info.delayMs} ms (${info.reason}${info.retryAfter ? ', Retry-After' : ''})\n`,
        )
      }
      onRetry?.(info)
    },
  })
}
