// Builds the `iop-coverage` CLI (cli/src, TypeScript) into one ES module, cli/dist/main.mjs, with
// undici bundled in so the linked package needs no dependencies of its own. Run by the root
// `prepare` script (so `npm install` leaves `npx iop-coverage` working) and by `npm test`.
import { build } from 'esbuild'

const root = new URL('../cli/', import.meta.url)
await build({
  entryPoints: [new URL('src/main.ts', root).pathname],
  outfile: new URL('dist/main.mjs', root).pathname,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Bundled dependencies' license notices stay in the file, at its end.
  legalComments: 'eof',
  // undici is CommonJS; give its `require` calls of Node built-ins a real `require`.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  logLevel: 'warning',
})
console.log('cli → cli/dist/main.mjs')
