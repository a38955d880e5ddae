// Types of scripts/widget-readme.mjs, for the tests that import it.
type ManifestLike = { modules: { declarations?: unknown[] }[] }
export declare const README: string
/** The exported type aliases of widget/index.ts, each written out in full. */
export declare function publicTypeAliases(): Record<string, string>
/** The markdown of each generated README block (`attributes`, `events`, `parts`). */
export declare function renderTables(manifest: ManifestLike, aliases?: Record<string, string>): Record<string, string>
/** The README with each generated block replaced. */
export declare function withTables(readme: string, tables: Record<string, string>): string
