export function freePort(): Promise<number>
export type LocalDatabase = { sql: (statement: string) => Promise<Record<string, unknown>[]>; close: () => Promise<void> }
export function openLocalDatabase(options?: { persistTo?: string; config?: string }): Promise<LocalDatabase>
export function prepareDatabase(options?: { persistTo?: string; quiet?: boolean; config?: string }): Promise<void>
export type LocalWorker = { url: string; pid: number; inspectorPort: number; output: () => string; stop: () => Promise<void> }
export function startWorker(options?: {
  port?: number
  persistTo?: string
  quiet?: boolean
  vars?: Record<string, string>
  /** Another wrangler configuration (tests' guard harness); default wrangler.toml. */
  config?: string
}): Promise<LocalWorker>
