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

// The admissions console (widget/console/): a separate bundle for /console, never loaded by
// partner pages, so staff-only code does not ship in the public widget.
async function buildConsole() {
  const out = new URL('../public/console/console.js', import.meta.url).pathname
  await mkdir(new URL('../public/console/', import.meta.url), { recursive: true })
  await build({
    entryPoints: [new URL('../widget/console/index.ts', import.meta.url).pathname],
    outfile: out,
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    tsconfig: new URL('../widget/tsconfig.json', import.meta.url).pathname,
    logLevel: 'warning',
  })
  console.log(`console → ${out}`)
}
await buildConsole()
