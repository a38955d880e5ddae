export const SANDBOX_API_KEY: string
export const SANDBOX_MEMBERS: [prefix: string, description: string, behaviour: object][]
export type SandboxClearinghouse = {
  url: string
  endpoint: string
  stats: () => {
    requests: number
    payerCalls: number
    replays: number
    byMember: Record<string, { requests: number; payerCalls: number; replays: number }>
  }
  stop: () => Promise<void>
}
export function startSandboxClearinghouse(options?: {
  port?: number
  apiKey?: string
  quiet?: boolean
}): Promise<SandboxClearinghouse>
