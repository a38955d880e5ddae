export function freePort(): Promise<number>
export function executeSql(sql: string, options?: { persistTo?: string }): Promise<Record<string, unknown>[]>
export function prepareDatabase(options?: { persistTo?: string; quiet?: boolean; config?: string }): Promise<void>
export type LocalWorker = { url: string; pid: number; output: () => string; stop: () => Promise<void> }
export function startWorker(options?: {
  port?: number
  persistTo?: string
  quiet?: boolean
  vars?: Record<string, string>
  /** Another wrangler configuration (tests' guard harness); default wrangler.toml. */
  config?: string
}): Promise<LocalWorker>
