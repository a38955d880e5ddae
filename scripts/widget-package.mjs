// The widget's npm package as partners get it (widget/package.json `exports`): widget/dist/ with
// the ES modules for bundlers, the strings and view chunk beside them, and the declarations.
// Used by scripts/build-widget-package.mjs (which also refreshes custom-elements.json and the
// README tables) and by the tests' global setup (test/support/widget-package-setup.ts), which
// builds dist/ once per run for every test that reads it.
import { build } from 'esbuild'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { VERSION, catalogs, sha384 } from './widget-bundles.mjs'
import { buildWidgetTypes } from './widget-types.mjs'

const widget = (p) => fileURLToPath(new URL(`../widget/${p}`, import.meta.url))

/** Writes widget/dist/ from scratch (index.js, view.js, i18n/, react.js, index.d.ts, react.d.ts). */
export async function buildWidgetPackage() {
  await rm(widget('dist'), { recursive: true, force: true })

  // The strings are fetched beside the module and checked against hashes compiled in, as in the
  // CDN bundle (widget/i18n/index.ts): write them into dist/i18n/ and compile their hashes in.
  await mkdir(widget('dist/i18n'), { recursive: true })
  const i18n = {}
  for (const [locale, json] of Object.entries(await catalogs())) {
    await writeFile(widget(`dist/i18n/${locale}.json`), json)
    i18n[locale] = sha384(Buffer.from(json))
  }

  const common = {
    bundle: true,
    format: 'esm',
    target: 'es2022',
    external: ['lit', 'lit/*', '@lit/react', 'react'],
    // Lit's licence notice and ours stay with the code (issue 19: notices are not stripped).
    legalComments: 'eof',
    tsconfig: widget('tsconfig.json'),
    define: {
      __IOP_VERSION__: JSON.stringify(VERSION),
      __IOP_I18N__: JSON.stringify(i18n),
      // The checker-origin frame of this version (`/widget/v<version>/exact-check` on `api-base`):
      // bundled into a partner's app, the module's own URL names no channel.
      __IOP_FRAME_PATH__: JSON.stringify(`/widget/v${VERSION}/exact-check`),
    },
    logLevel: 'warning',
  }
  // The answer view chunk, fetched by the element on first focus or submit and pinned by the hash
  // compiled into it (widget/view-loader.ts), as in the CDN bundle. Neither file is mangled here,
  // so the chunk reads the element's fields by their own names; it takes Lit from the element.
  const view = await build({ ...common, entryPoints: [widget('view/index.ts')], outfile: widget('dist/view.js'), write: false })
  const viewJs = view.outputFiles.find((f) => f.path.endsWith('.js'))
  await writeFile(widget('dist/view.js'), viewJs.contents)
  const viewPin = { file: 'view.js', integrity: `sha384-${sha384(viewJs.contents)}` }
  await build({
    ...common,
    define: { ...common.define, __IOP_VIEW__: JSON.stringify(viewPin) },
    entryPoints: [widget('index.ts')],
    outfile: widget('dist/index.js'),
  })
  await build({
    ...common,
    entryPoints: [widget('react/index.ts')],
    outfile: widget('dist/react.js'),
    // The wrapper imports the element from the package's own entry, not a second copy of it.
    define: { ...common.define, __IOP_VIEW__: JSON.stringify(viewPin) },
    plugins: [{ name: 'own-entry', setup: (b) => b.onResolve({ filter: /^\.\.\/index$/ }, () => ({ path: './index.js', external: true })) }],
  })
  // Plain, self-contained declarations (no zod): scripts/widget-types.mjs.
  await buildWidgetTypes()
}
