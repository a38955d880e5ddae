export function freePort(): Promise<number>
export function runWrangler(args: string[]): Promise<{ code: number | null; output: string }>
export type LocalDatabase = { sql: (statement: string) => Promise<Record<string, unknown>[]>; close: () => Promise<void> }
export function openLocalDatabase(options?: { persistTo?: string; config?: string }): Promise<LocalDatabase>
export function prepareDatabase(options?: { persistTo?: string; quiet?: boolean; config?: string }): Promise<void>
/** A running local Worker: its origin, everything it has printed, and how to stop it. */
export type LocalWorker = { url: string; output: () => string; stop: () => Promise<void> }
/** Miniflare's: runs the Cron Trigger once (`cron` as in wrangler.toml) and gives its outcome. */
export type BundledWorker = LocalWorker & { scheduled: (cron: string) => Promise<string> }
/** `wrangler dev`'s: its process and devtools port too. */
export type DevWorker = LocalWorker & { pid: number; inspectorPort: number }
/** A deploy bundle and the Miniflare options of its configuration (`bundleWorker`). */
export type WorkerBundle = { main: string; options: Record<string, unknown> & { bindings?: Record<string, unknown> } }
export function bundleWorker(options: { outdir: string; config?: string }): Promise<WorkerBundle>
export function startBundledWorker(options: {
  bundle: WorkerBundle
  port?: number
  persistTo?: string
  vars?: Record<string, string>
  /** Appends everything the Worker prints to this file as it prints it. */
  logFile?: string
}): Promise<BundledWorker>
export function startWorker(options?: {
  port?: number
  persistTo?: string
  quiet?: boolean
  vars?: Record<string, string>
  /** Another wrangler configuration (tests' guard harness); default wrangler.toml. */
  config?: string
}): Promise<DevWorker>
