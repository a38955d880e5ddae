import type { BuildOptions } from 'esbuild'
export const VERSION: string
export const BUNDLES: { 'iop-coverage-checker.js': string; 'exact-check.js': string }
export const BUDGET_GZIP_BYTES: number
export const LOCALES: string[]
export function sha384(bytes: Uint8Array): string
export function catalogs(): Promise<Record<string, string>>
export function buildOptions(entry: string, i18n?: Record<string, string>): BuildOptions & { write: false }
