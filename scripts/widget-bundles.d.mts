import type { BuildOptions } from 'esbuild'
export const VERSION: string
export const BUNDLES: { 'iop-coverage-checker.js': string; 'view.js': string; 'exact-check.js': string }
export const BUDGET_GZIP_BYTES: number
export const PATH_BUDGET_GZIP_BYTES: number
export const LOCALES: string[]
export function sha384(bytes: Uint8Array): string
export function catalogs(): Promise<Record<string, string>>
export function buildOptions(
  entry: string,
  i18n?: Record<string, string>,
  view?: { file: string; integrity: string },
  mangleCache?: Record<string, string | false>,
): BuildOptions & { write: false }
type Built = { js: Uint8Array; legal: Uint8Array | null; mangleCache: Record<string, string | false> }
export function buildBundle(
  entry: string,
  i18n?: Record<string, string>,
  view?: { file: string; integrity: string },
  mangleCache?: Record<string, string | false>,
): Promise<Built>
export function buildWidget(i18n: Record<string, string>): Promise<{ element: Built; view: Built; viewIntegrity: string }>
export function writeIfChanged(url: URL, bytes: Uint8Array | string): Promise<void>
