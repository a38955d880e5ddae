export const SANDBOX_API_KEY: string
export const SANDBOX_OPTUM: { clientId: string; clientSecret: string }
export const SANDBOX_CORE: { username: string; password: string; receiverId: string }
export const PATHS: Record<'sandbox' | 'stedi' | 'optumToken' | 'optum' | 'core', string>
export const SANDBOX_MEMBERS: [prefix: string, description: string, behaviour: object][]
export type SandboxStats = {
  requests: number
  payerCalls: number
  replays: number
  tokens: number
  rejected: number
  byMember: Record<string, { requests: number; payerCalls: number; replays: number }>
  byMode: Record<string, number>
}
export type SandboxClearinghouse = {
  url: string
  /** The sandbox-protocol endpoint (`CLEARINGHOUSE_VENDOR=sandbox`). */
  endpoint: string
  endpoints: Record<'sandbox' | 'stedi' | 'optumToken' | 'optum' | 'core', string>
  stats: () => SandboxStats
  /** Invalidates every Optum token issued so far (a token revoked before its expiry). */
  expireTokens: () => void
  stop: () => Promise<void>
}
export function startSandboxClearinghouse(options?: {
  port?: number
  apiKey?: string
  optum?: { clientId: string; clientSecret: string }
  core?: { username: string; password: string; receiverId: string }
  tokenTtlSeconds?: number
  concurrencyLimit?: number
  /** How long the SLOW member takes (default 25 s). */
  slowMs?: number
  quiet?: boolean
}): Promise<SandboxClearinghouse>
