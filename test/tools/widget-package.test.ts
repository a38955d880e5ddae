// The widget as an npm package (widget/package.json): its custom-elements.json is current and
// describes the element, every `exports` target exists after `npm run build:widget-package`, its
// declarations are plain TypeScript that a partner's app compiles against with only the package,
// Lit and React (no zod), and the React wrapper (@lit/react) renders the element and maps every
// event the element fires (in a real browser: test/browser/widget-react.test.ts).
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cpSync, existsSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { widgetPackageBuilt } from '../support/widget-package-build'

type Manifest = {
  modules: {
    path: string
    declarations?: { kind: string; name: string; tagName?: string; attributes?: { name: string }[]; members?: { name: string }[]; events?: { name: string }[] }[]
    exports?: { kind: string; name: string }[]
  }[]
}
const read = (p: string) => JSON.parse(readFileSync(p, 'utf8'))
const manifest = read('widget/custom-elements.json') as Manifest
const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'iop-coverage-checker')
const pkg = read('widget/package.json') as { exports: Record<string, string | { types: string; default: string }>; customElements: string }

describe('custom-elements.json', () => {
  it('is what the analyzer writes for the current source', { timeout: 60_000 }, () => {
    // The analyzer resolves --outdir under the working directory: use the git-ignored test-results/.
    mkdirSync('test-results', { recursive: true })
    const out = mkdtempSync(join('test-results', 'cem-'))
    // The project's analyzer config, except that it leaves package.json's `customElements` alone
    // (by default the analyzer points it at --outdir, here a throw-away directory).
    const config = join(out, 'cem.config.mjs')
    writeFileSync(config, `import c from ${JSON.stringify(pathToFileURL(resolve('custom-elements-manifest.config.mjs')).href)}\nexport default { ...c, packagejson: false }\n`)
    execFileSync(process.execPath, ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--quiet', '--config', config, '--outdir', out])
    expect(read(join(out, 'custom-elements.json'))).toEqual(manifest)
  })

  it('is what widget/README.md\'s attribute, event and part tables say (npm run build:manifest writes them)', { timeout: 60_000 }, async () => {
    const { renderTables, withTables } = await import('../../scripts/widget-readme.mjs')
    const readme = readFileSync('widget/README.md', 'utf8')
    expect(withTables(readme, renderTables(manifest))).toBe(readme)
  })

  it('has no internal `_members` or state among its attributes and members', () => {
    const names = [...(element?.attributes ?? []), ...(element?.members ?? [])].map((a) => a.name)
    expect(names.filter((n) => n.startsWith('_'))).toEqual([])
    expect(names).toEqual(expect.arrayContaining(['siteKey', 'partner', 'status']))
  })

  it('describes <iop-coverage-checker>: its attributes, events and definition', () => {
    expect(element?.name).toBe('IopCoverageChecker')
    expect(element?.attributes?.map((a) => a.name)).toEqual(expect.arrayContaining(['site-key', 'api-base', 'locale', 'program', 'state']))
    expect(element?.events?.map((e) => e.name)).toEqual(expect.arrayContaining(['iop-check-start', 'iop-check-complete', 'iop-check-error']))
    const definitions = manifest.modules.flatMap((m) => m.exports ?? []).filter((e) => e.kind === 'custom-element-definition')
    expect(definitions.map((d) => d.name)).toEqual(['iop-coverage-checker'])
  })
})

// widget/dist/ is built once per run, beside the tests (test/support/widget-package-build.ts):
// every test below reads it.
beforeAll(() => widgetPackageBuilt(), 120_000)

describe('the npm package', () => {
  it('has every exports target, types included, and names its manifest', () => {
    const targets = Object.values(pkg.exports).flatMap((t) => (typeof t === 'string' ? [t] : [t.types, t.default]))
    expect(targets.filter((t) => !existsSync(join('widget', t)))).toEqual([])
    expect(existsSync(join('widget', pkg.customElements))).toBe(true)
    // The module fetches its strings and its view chunk beside itself, as the CDN bundle does,
    // the chunk pinned by the hash compiled into the element.
    expect(existsSync('widget/dist/i18n/en.json') && existsSync('widget/dist/i18n/es.json')).toBe(true)
    const view = readFileSync('widget/dist/view.js')
    const integrity = `sha384-${createHash('sha384').update(view).digest('base64')}`
    expect(readFileSync('widget/dist/index.js', 'utf8')).toContain(`{ file: "view.js", integrity: "${integrity}" }`)
  })

  it('leaves Lit and React to the host app (peer dependencies), never a second copy', () => {
    for (const file of ['widget/dist/index.js', 'widget/dist/react.js']) {
      const code = readFileSync(file, 'utf8')
      expect(code).not.toMatch(/class ReactiveElement|function createComponent/)
    }
    expect(readFileSync('widget/dist/react.js', 'utf8')).toContain('from "./index.js"')
  })

  it('React wrapper: renders the element and maps every event the element fires', async () => {
    const React = await import('react')
    const { renderToString } = await import('react-dom/server')
    const wrapper = (await import(pathToFileURL('widget/dist/react.js').href)) as {
      IopCoverageChecker: Parameters<typeof React.createElement>[0]
      EVENTS: Record<string, string>
    }
    expect(renderToString(React.createElement(wrapper.IopCoverageChecker))).toBe('<iop-coverage-checker></iop-coverage-checker>')
    const mapped = new Set(Object.values(wrapper.EVENTS))
    expect((element?.events ?? []).map((e) => e.name).filter((n) => !mapped.has(n))).toEqual([])
    // The README's callback table is the wrapper's map.
    const readme = readFileSync('widget/README.md', 'utf8')
    expect(Object.entries(wrapper.EVENTS).filter(([cb, ev]) => !readme.includes(`| \`${cb}\` | \`${ev}\` |`))).toEqual([])
  })
})

describe('the npm package\'s types', () => {
  const declarations = () => ['widget/dist/index.d.ts', 'widget/dist/react.d.ts'].map((f) => readFileSync(f, 'utf8'))
  const code = (dts: string) => dts.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '')
  const specifiers = (dts: string) => [...code(dts).matchAll(/(?:from |import\()\s*['"]([^'"]+)['"]/g)].map((m) => m[1])

  it('are two self-contained files: no zod, no worker module, only Lit, @lit/react and the entry', () => {
    const [index = '', react = ''] = declarations()
    for (const dts of [index, react]) expect(dts).not.toMatch(/zod|\bz\.|Zod[A-Z]/)
    expect(new Set(specifiers(index))).toEqual(new Set(['lit']))
    expect(new Set(specifiers(react))).toEqual(new Set(['@lit/react', './index.js']))
    // The element's public API only: internal `_members` (mangled in the bundle) are not declared.
    expect(index).not.toMatch(/^\s+(?:protected |static )?_\w+[?(:]/m)
    expect(index).toMatch(/^\s+siteKey: string;$/m)
  })

  it('compile in a partner app that has only the package, Lit and React (strict, no skipLibCheck)', { timeout: 60_000 }, () => {
    // Outside the repository, so no node_modules above it can lend a missing dependency (zod).
    const app = mkdtempSync(join(tmpdir(), 'iop-widget-consumer-'))
    try {
      const pkgDir = join(app, 'node_modules/@iop-coverage/widget')
      mkdirSync(pkgDir, { recursive: true })
      for (const f of ['package.json', 'custom-elements.json', 'dist']) cpSync(join('widget', f), join(pkgDir, f), { recursive: true })
      for (const dep of ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/react', 'react', '@types/react', '@types/trusted-types']) {
        mkdirSync(dirname(join(app, 'node_modules', dep)), { recursive: true })
        symlinkSync(resolve('node_modules', dep), join(app, 'node_modules', dep), 'dir')
      }
      writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({
        compilerOptions: {
          target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', lib: ['ES2022', 'DOM', 'DOM.Iterable'],
          jsx: 'react-jsx', strict: true, noEmit: true, skipLibCheck: false, types: [],
        },
        files: ['app.tsx'],
      }))
      writeFileSync(join(app, 'app.tsx'), CONSUMER)
      const tsc = resolve('node_modules/typescript/bin/tsc')
      let out = ''
      try {
        execFileSync(process.execPath, [tsc, '-p', app], { cwd: app, encoding: 'utf8', stdio: 'pipe' })
      } catch (e) {
        out = String((e as { stdout?: string }).stdout)
      }
      expect(out).toBe('')
    } finally {
      rmSync(app, { recursive: true, force: true })
    }
  })
})

/**
 * What a partner's app does with the package: the element, its events' `detail`, the answer's
 * shape, the React wrapper. The `@ts-expect-error` lines prove the types are not `any`.
 */
const CONSUMER = `
import { IopCoverageChecker as Element, TAG, define, type CoverageCheckResponse, type IopCheckCompleteDetail, type PartnerConfig, type WidgetStatus } from '@iop-coverage/widget'
import { IopCoverageChecker, EVENTS } from '@iop-coverage/widget/react'
import manifest from '@iop-coverage/widget/custom-elements.json' with { type: 'json' }

define(TAG)
const el: Element = document.createElement('iop-coverage-checker')
el.siteKey = 'pk_live_x'
el.program = 'mental_health'
// @ts-expect-error not a program
el.program = 'dental'
const partner: PartnerConfig = { name: 'Sunrise', phone: '+18005550100', callback: true }
el.partner = partner
const status: WidgetStatus = el.status
// @ts-expect-error internal state is not part of the public type
el._result
el.addEventListener('iop-check-complete', (e) => {
  const d: IopCheckCompleteDetail = e.detail
  const cents: number | null = d.patientPays
  // @ts-expect-error patientPays is a number or null
  const s: string = e.detail.patientPays
  void cents, s
})
el.addEventListener('iop-exact-check-complete', (e) => {
  const answer: CoverageCheckResponse = e.detail.answer
  const kinds: string[] = (answer.coverage.conditions ?? []).map((c) => c.kind)
  const left: number | null | undefined = answer.member?.figures?.deductible?.remaining
  void kinds, left
})
export const App = () => (
  <IopCoverageChecker
    siteKey="pk_live_x"
    apiBase="https://checker.example"
    partner={partner}
    onCheckComplete={(e) => console.log(e.detail.status, e.detail.kind)}
    onCheckError={(e) => console.log(e.detail.httpStatus)}
  />
)
// @ts-expect-error a number is not a site key
export const Wrong = () => <IopCoverageChecker siteKey={42} />
void status, EVENTS, manifest
`

