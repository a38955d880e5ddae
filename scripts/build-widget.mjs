// Builds the widget into one minified ES module served by the Worker's static assets.
import { build } from 'esbuild'
import { mkdir, readFile } from 'node:fs/promises'

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'))
const outfile = new URL('../public/widget/v1/iop-coverage-checker.js', import.meta.url).pathname
await mkdir(new URL('../public/widget/v1/', import.meta.url), { recursive: true })

await build({
  entryPoints: [new URL('../widget/index.ts', import.meta.url).pathname],
  outfile,
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  tsconfig: new URL('../widget/tsconfig.json', import.meta.url).pathname,
  define: { __IOP_VERSION__: JSON.stringify(pkg.version) },
  logLevel: 'warning',
})
console.log(`widget → ${outfile}`)
