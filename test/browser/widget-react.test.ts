// The npm package's React wrapper (@iop-coverage/widget/react, made by @lit/react) in a real
// React 19 app: the app is bundled by esbuild from the package as built (widget/dist/), served
// on the Worker's origin under a strict CSP, and checks against the real API. It proves React's
// props reach the element (attributes and the `partner` object property, and a prop changed by
// a re-render), and the element's events reach React's `on…` callbacks, which set React state.
import { readFile } from 'node:fs/promises'
import { build } from 'esbuild'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { STRICT_CSP, launchChromium, serveDocument, watchProblems } from '../support/browser'
import { widgetPackageBuilt } from '../support/widget-package-build'
import { workerUrl } from '../support/worker'

const BCBS_TX = 'Blue Cross and Blue Shield of Texas'

/**
 * The partner's app, as in the README's React example: the wrapper with attribute props, an
 * object prop and callbacks; each callback records its event and sets state React renders.
 */
const APP = `
import { useState } from 'react'
import { createRoot } from 'react-dom/client'
import { IopCoverageChecker } from '@iop-coverage/widget/react'

const seen = (window.__reactEvents = [])
function App() {
  const [locale, setLocale] = useState('en')
  const [verdict, setVerdict] = useState('none yet')
  const record = (name) => (e) => seen.push({ callback: name, type: e.type, detail: e.detail })
  return (
    <main>
      <h1>Partner app</h1>
      <button type="button" onClick={() => setLocale('es')}>Español</button>
      <p>React saw: <output id="react-verdict">{verdict}</output></p>
      <IopCoverageChecker
        siteKey="pk_test_demo"
        apiBase={location.origin}
        state="TX"
        headingLevel={2}
        locale={locale}
        partner={{ name: 'Sunrise Recovery', phone: '+18005550100', callback: true }}
        onCheckStart={record('onCheckStart')}
        onCheckComplete={(e) => { record('onCheckComplete')(e); setVerdict(e.detail.status) }}
        onCallbackRequest={record('onCallbackRequest')}
        onCheckError={record('onCheckError')}
      />
    </main>
  )
}
createRoot(document.getElementById('root')).render(<App />)
`

let browser: Browser
let appJs = ''

beforeAll(async () => {
  // The app bundled against the package as partners get it (widget/dist/, a build output made
  // once per run beside the tests: test/support/widget-package-build.ts).
  await widgetPackageBuilt()
  const out = await build({
    stdin: { contents: APP, loader: 'jsx', resolveDir: process.cwd(), sourcefile: 'app.jsx' },
    bundle: true,
    format: 'esm',
    jsx: 'automatic',
    write: false,
    alias: { '@iop-coverage/widget/react': './widget/dist/react.js', '@iop-coverage/widget': './widget/dist/index.js' },
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  })
  appJs = out.outputFiles[0]!.text
  browser = await launchChromium()
}, 90_000)
afterAll(async () => {
  await browser?.close()
})

/** Serves the app at /__react/ with the package's files beside its bundle (view.js, i18n/). */
async function openApp(): Promise<{ page: Page; problems: () => Promise<string[]>; events: () => Promise<{ callback: string; type: string; detail: unknown }[]> }> {
  const page = await browser.newPage({ viewport: { width: 900, height: 1000 } })
  const watched = await watchProblems(page)
  // Name the URL of a failed load (the console only says "Failed to load resource").
  const failed: string[] = []
  page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`))
  const problems = async () => [...(await watched()), ...failed]
  const base = workerUrl()
  await page.route(`${base}/__react/app.js`, (r) => r.fulfill({ status: 200, contentType: 'text/javascript', body: appJs }))
  await page.route(new RegExp(`^${base}/__react/(view\\.js|i18n/[a-z.]+\\.json)$`), async (r) => {
    const file = new URL(r.request().url()).pathname.replace('/__react/', '')
    const type = file.endsWith('.js') ? 'text/javascript' : 'application/json'
    await r.fulfill({ status: 200, contentType: type, body: await readFile(`widget/dist/${file}`) })
  })
  await serveDocument(
    page,
    `${base}/__react/`,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>React partner</title>
      <script type="module" src="/__react/app.js"></script></head><body><div id="root"></div></body></html>`,
    STRICT_CSP,
  )
  await page.goto(`${base}/__react/`)
  await page.getByRole('combobox', { name: 'Insurance company' }).waitFor()
  const events = () => page.evaluate(() => (window as unknown as { __reactEvents: { callback: string; type: string; detail: unknown }[] }).__reactEvents)
  return { page, problems, events }
}

const CONTEXT = { payerId: 'bcbs-texas', payerName: BCBS_TX, state: 'TX', program: 'substance_use' }

describe('the React wrapper in a React app (real Chromium, real API)', () => {
  it('passes props to the element and calls onCheckStart / onCheckComplete with the typed detail', async () => {
    const { page, problems, events } = await openApp()
    const el = page.locator('iop-coverage-checker')
    // Props → element: attributes and properties as set by React.
    await expect(
      el.evaluate((n: HTMLElement & { siteKey: string; apiBase: string; state: string; headingLevel: number; partner: unknown }) => ({
        siteKey: n.siteKey,
        apiBase: n.apiBase,
        state: n.state,
        headingLevel: n.headingLevel,
        partner: n.partner,
      })),
    ).resolves.toEqual({
      siteKey: 'pk_test_demo',
      apiBase: workerUrl(),
      state: 'TX',
      headingLevel: 2,
      partner: { name: 'Sunrise Recovery', phone: '+18005550100', callback: true },
    })
    await expect(page.getByRole('heading', { name: 'Check your IOP coverage', level: 2 }).isVisible()).resolves.toBe(true)
    await expect(page.getByLabel('State', { exact: true }).inputValue()).resolves.toBe('TX')
    await expect(page.locator('#react-verdict').textContent()).resolves.toBe('none yet')

    const payer = page.getByRole('combobox', { name: 'Insurance company' })
    await payer.fill('bcbs')
    await page.getByRole('option', { name: `${BCBS_TX} TX`, exact: true }).click()
    await page.getByRole('button', { name: 'Check my coverage' }).click()
    await page.getByRole('heading', { name: 'Covered, with conditions' }).waitFor()

    // Element events → React callbacks → React state, rendered by React outside the element.
    await expect(page.locator('#react-verdict').textContent()).resolves.toBe('covered_with_conditions')
    expect(await events()).toEqual([
      { callback: 'onCheckStart', type: 'iop-check-start', detail: CONTEXT },
      { callback: 'onCheckComplete', type: 'iop-check-complete', detail: { ...CONTEXT, kind: 'quick', status: 'covered_with_conditions', patientPays: 408000 } },
    ])
    // The object prop drives the call to action.
    await expect(page.getByRole('link', { name: /Call Sunrise Recovery/ }).isVisible()).resolves.toBe(true)
    await page.getByRole('button', { name: 'Request a callback' }).click()
    await expect.poll(async () => (await events()).map((e) => e.callback)).toContain('onCallbackRequest')
    // The callback form opens in the checker's frame on `apiBase`, this version's channel.
    const frame = page.locator('iop-coverage-checker iframe')
    await expect.poll(() => frame.getAttribute('src')).toMatch(new RegExp(`^${workerUrl()}/widget/v[0-9.]+/exact-check\\?`))
    await page.frameLocator('iop-coverage-checker iframe').getByRole('button', { name: 'Request my callback' }).waitFor()
    expect(await problems()).toEqual([])
    await page.close()
  })

  it('a prop changed by a React re-render reaches the element (locale → Spanish)', async () => {
    const { page, problems } = await openApp()
    await page.getByRole('button', { name: 'Español' }).click()
    await page.getByRole('heading', { name: 'Revisa tu cobertura de IOP', level: 2 }).waitFor()
    await expect(page.locator('iop-coverage-checker').evaluate((n: HTMLElement & { locale: string }) => n.locale)).resolves.toBe('es')
    expect(await problems()).toEqual([])
    await page.close()
  })
})
