// Builds the widget's npm package (widget/package.json): ES modules for bundlers, with Lit and
// React left to the host app (peer dependencies, so a page never carries two Lits), declarations
// by tsc, and custom-elements.json refreshed. The CDN bundle (scripts/build-widget.mjs) is
// separate: it carries Lit inside for a plain <script type="module">.
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { buildWidgetPackage } from './widget-package.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
await buildWidgetPackage()
execFileSync(process.execPath, ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--quiet'], { cwd: root, stdio: 'inherit' })
execFileSync(process.execPath, ['scripts/widget-readme.mjs'], { cwd: root, stdio: 'inherit' })
console.log('widget package → widget/dist/ (index.js, view.js, i18n/, react.js, index.d.ts, react.d.ts), widget/custom-elements.json')
