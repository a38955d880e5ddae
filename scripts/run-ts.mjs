// Runs a TypeScript entry point (benchmarks, the CLI during development) on Node 20, which
// cannot strip types itself: esbuild bundles it to a temporary ES module, then it is imported.
// Usage: node scripts/run-ts.mjs bench/payer-matcher.ts [args…]
import { build } from 'esbuild'
import { mkdir } from 'node:fs/promises'
import { basename, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

const [entry, ...args] = process.argv.slice(2)
if (!entry) throw new Error('usage: node scripts/run-ts.mjs <file.ts> [args…]')
// Inside the repo, so that external packages resolve from node_modules.
const outDir = resolve('node_modules/.cache/run-ts')
await mkdir(outDir, { recursive: true })
const outfile = join(outDir, `${basename(entry, '.ts')}-${process.pid}.mjs`)
await build({
  entryPoints: [resolve(entry)],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'inline',
  logLevel: 'warning',
  absWorkingDir: process.cwd(),
  // Plain .mjs modules (the local-worker harness) locate files from their own URL: import them
  // in place instead of bundling them.
  plugins: [
    {
      name: 'mjs-in-place',
      setup(b) {
        b.onResolve({ filter: /\.mjs$/ }, (args) => ({
          path: pathToFileURL(resolve(args.resolveDir, args.path)).href,
          external: true,
        }))
      },
    },
  ],
})
process.argv = [process.argv[0], resolve(entry), ...args]
await import(pathToFileURL(outfile).href)
