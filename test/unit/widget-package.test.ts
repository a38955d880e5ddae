// The widget as an npm package (widget/package.json): its custom-elements.json is current and
// describes the element, every `exports` target exists after `npm run build:widget-package`, and
// the React wrapper (@lit/react) renders the element and maps every event the element fires.
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { mkdirSync, mkdtempSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'

type Manifest = {
  modules: {
    path: string
    declarations?: { kind: string; name: string; tagName?: string; attributes?: { name: string }[]; events?: { name: string }[] }[]
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
    execFileSync(process.execPath, ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--quiet', '--outdir', out])
    expect(read(join(out, 'custom-elements.json'))).toEqual(manifest)
  })

  it('describes <iop-coverage-checker>: its attributes, events and definition', () => {
    expect(element?.name).toBe('IopCoverageChecker')
    expect(element?.attributes?.map((a) => a.name)).toEqual(expect.arrayContaining(['site-key', 'api-base', 'locale', 'program', 'state']))
    expect(element?.events?.map((e) => e.name)).toEqual(expect.arrayContaining(['iop-check-start', 'iop-check-complete', 'iop-check-error']))
    const definitions = manifest.modules.flatMap((m) => m.exports ?? []).filter((e) => e.kind === 'custom-element-definition')
    expect(definitions.map((d) => d.name)).toEqual(['iop-coverage-checker'])
  })
})

describe('the npm package', () => {
  beforeAll(() => {
    execFileSync(process.execPath, ['scripts/build-widget-package.mjs'], { stdio: 'pipe' })
  }, 120_000)

  it('has every exports target, types included, and names its manifest', () => {
    const targets = Object.values(pkg.exports).flatMap((t) => (typeof t === 'string' ? [t] : [t.types, t.default]))
    expect(targets.filter((t) => !existsSync(join('widget', t)))).toEqual([])
    expect(existsSync(join('widget', pkg.customElements))).toBe(true)
    // The module fetches its strings beside itself, as the CDN bundle does.
    expect(existsSync('widget/dist/i18n/en.json') && existsSync('widget/dist/i18n/es.json')).toBe(true)
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
  })
})
