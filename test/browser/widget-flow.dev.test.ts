// DEV-ONLY: `POST /v1/coverage/checks` is not on this branch yet, so these tests answer it with a
// hand-computed fixture through page.route() (test/fixtures/widget/coverage-aetna-tx.json:
// Aetna PPO, 3 days × 12 weeks at $400 allowed, $1,500 deductible, 20 % coinsurance → the
// visitor pays $1,200 in week 1, $480 in week 2, $240 a week after: $4,080 in all). Everything
// else (page, CSP, bundle, payer typeahead) is the real Worker. Replace the fulfilment with the
// real API once main has the coverage route (see widget-flow.test.ts).
import { mkdir, readFile } from 'node:fs/promises'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axe, launchChromium, serveDocument, watchProblems } from '../support/browser'
import { workerUrl } from '../support/worker'

let browser: Browser
let fixture: string

beforeAll(async () => {
  browser = await launchChromium()
  await mkdir('test-results', { recursive: true })
  fixture = await readFile('test/fixtures/widget/coverage-aetna-tx.json', 'utf8')
})
afterAll(async () => {
  await browser?.close()
})

type Captured = { body: unknown; siteKey: string | null }

/** Answers coverage checks with the fixture and records what the widget sent. */
async function fakeCoverage(page: Page): Promise<Captured[]> {
  const seen: Captured[] = []
  await page.route('**/v1/coverage/checks', async (route) => {
    const req = route.request()
    seen.push({ body: req.postDataJSON(), siteKey: await req.headerValue('x-site-key') })
    await route.fulfill({ status: 200, contentType: 'application/json', body: fixture })
  })
  return seen
}

async function openDemo(opts: { width?: number; height?: number; lang?: string; dark?: boolean } = {}) {
  const page = await browser.newPage({
    viewport: { width: opts.width ?? 1100, height: opts.height ?? 900 },
    colorScheme: opts.dark ? 'dark' : 'light',
  })
  const problems = await watchProblems(page)
  const seen = await fakeCoverage(page)
  await page.goto(workerUrl() + '/')
  if (opts.lang) await page.evaluate((l) => document.querySelector('iop-coverage-checker')!.setAttribute('locale', l), opts.lang)
  return { page, problems, seen }
}

describe('quick check on the demo page (coverage API faked: dev only)', () => {
  it('finds Aetna by typing, picks Texas, and shows the verdict, estimate and chart', async () => {
    const { page, problems, seen } = await openDemo()
    const events: string[] = []
    await page.exposeFunction('__event', (e: string) => events.push(e))
    await page.evaluate(() => {
      for (const n of ['iop-check-start', 'iop-check-complete', 'iop-callback-request']) {
        document.addEventListener(n, (e) => (window as any).__event(JSON.stringify({ type: e.type, detail: (e as CustomEvent).detail })))
      }
    })

    const payer = page.getByRole('combobox', { name: 'Insurance company' })
    await payer.fill('aetn')
    await page.getByRole('option', { name: 'Aetna', exact: true }).click()
    await expect(payer.inputValue()).resolves.toBe('Aetna')
    await page.getByLabel('State').selectOption('TX')
    await page.getByLabel(/Plan name/).fill('Choice POS II')
    await page.getByRole('button', { name: 'Check my coverage' }).click()

    await page.getByRole('heading', { name: 'Covered, with conditions' }).waitFor()
    const result = page.locator('iop-coverage-checker')
    await expect(result.getByText('$4,080').isVisible()).resolves.toBe(true) // patientPays 408000 ¢
    await expect(result.getByText('$10,320').isVisible()).resolves.toBe(true) // planPays 1032000 ¢
    await expect(result.getByText('Required', { exact: true }).isVisible()).resolves.toBe(true)
    await expect(result.getByRole('link', { name: '1-800-424-1601' }).getAttribute('href')).resolves.toBe('tel:18004241601')
    await expect(
      page.getByRole('img', { name: 'Cumulative cost by week: you pay $4,080 and your plan pays $10,320 by week 12.' }).isVisible(),
    ).resolves.toBe(true)
    await expect(result.getByText('Your share after the deductible: 20%').isVisible()).resolves.toBe(true)
    await expect(result.locator('li').filter({ hasText: 'Ask the program to request prior authorization.' }).count()).resolves.toBe(1)
    await expect(result.getAttribute('status')).resolves.toBe('covered_with_conditions')
    // the verdict got focus, so a screen reader reads it first
    await expect(page.evaluate(() => document.querySelector('iop-coverage-checker')!.shadowRoot!.activeElement?.id)).resolves.toBe('verdict-title')

    expect(seen).toEqual([
      { body: { payer: { id: 'aetna' }, state: 'TX', plan: 'Choice POS II', program: 'substance_use' }, siteKey: 'pk_test_demo' },
    ])

    await page.getByRole('button', { name: 'Request a callback' }).click()
    await page.getByText('Our admissions team will call you back').waitFor()
    await page.screenshot({ path: 'test-results/widget-result-desktop.png', fullPage: true })

    const parsed = events.map((e) => JSON.parse(e))
    const context = { payerId: 'aetna', payerName: 'Aetna', state: 'TX', program: 'substance_use' }
    expect(parsed).toEqual([
      { type: 'iop-check-start', detail: context },
      { type: 'iop-check-complete', detail: { ...context, status: 'covered_with_conditions', patientPays: 408000 } },
      { type: 'iop-callback-request', detail: { ...context, status: 'covered_with_conditions', patientPays: 408000 } },
    ])
    // no plan text, member data or anything typed beyond the payer name leaves the widget
    expect(JSON.stringify(parsed)).not.toContain('Choice POS')
    expect(await problems()).toEqual([])
    await page.close()
  })

  it('works with the keyboard alone', async () => {
    const { page, problems, seen } = await openDemo()
    await page.getByRole('combobox', { name: 'Insurance company' }).focus()
    await page.keyboard.type('united')
    const combo = page.getByRole('combobox', { name: 'Insurance company' })
    await page.getByRole('option', { name: 'UnitedHealthcare', exact: true }).waitFor()
    await expect(combo.getAttribute('aria-expanded')).resolves.toBe('true')
    await page.keyboard.press('ArrowDown')
    const active = await combo.getAttribute('aria-activedescendant')
    expect(active).toBe('payer-opt-0')
    await expect(page.getByRole('option', { name: 'UnitedHealthcare', exact: true }).getAttribute('aria-selected')).resolves.toBe('true')
    await page.keyboard.press('End')
    await page.keyboard.press('Home')
    await expect(combo.getAttribute('aria-activedescendant')).resolves.toBe('payer-opt-0')
    await page.keyboard.press('Enter')
    await expect(combo.inputValue()).resolves.toBe('UnitedHealthcare')
    await expect(combo.getAttribute('aria-expanded')).resolves.toBe('false')

    await page.keyboard.press('Tab') // → state
    await page.keyboard.type('Texas')
    await page.keyboard.press('Tab') // → plan
    await page.keyboard.press('Tab') // → program radios
    await page.keyboard.press('ArrowRight') // mental health
    await page.keyboard.press('Tab') // → submit
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { name: 'Covered, with conditions' }).waitFor()
    expect(seen.map((s) => s.body)).toEqual([{ payer: { id: 'unitedhealthcare' }, state: 'TX', program: 'mental_health' }])

    // Escape closes the list, a second Escape clears the field
    await combo.focus()
    await combo.fill('cig')
    await page.getByRole('option', { name: 'Cigna Healthcare', exact: true }).waitFor()
    await page.keyboard.press('Escape')
    await expect(combo.getAttribute('aria-expanded')).resolves.toBe('false')
    await page.keyboard.press('Escape')
    await expect(combo.inputValue()).resolves.toBe('')
    expect(await problems()).toEqual([])
    await page.close()
  })

  it('speaks Spanish when the locale is es', async () => {
    const { page, problems } = await openDemo({ lang: 'es' })
    await page.getByRole('combobox', { name: 'Compañía de seguro' }).fill('aetna')
    await page.getByRole('option', { name: 'Aetna', exact: true }).click()
    await page.getByLabel('Estado').selectOption('TX')
    await page.getByRole('radio', { name: 'Salud mental' }).check()
    await page.getByRole('button', { name: 'Revisar mi cobertura' }).click()
    await page.getByRole('heading', { name: 'Cubierto, con condiciones' }).waitFor()
    await expect(page.getByText('Tú pagas').first().isVisible()).resolves.toBe(true)
    await expect(page.getByText('Próximos pasos').isVisible()).resolves.toBe(true)
    await expect(page.getByRole('img', { name: /Costo acumulado por semana: tú pagas .*4,080.* y tu plan paga .*10,320.* para la semana 12/ }).isVisible()).resolves.toBe(true)
    await page.screenshot({ path: 'test-results/widget-result-es.png', fullPage: true })
    expect(await problems()).toEqual([])
    await page.close()
  })

  it('fits a 375 px phone and the dark scheme', async () => {
    const { page, problems } = await openDemo({ width: 375, height: 800, dark: true })
    await page.getByRole('combobox', { name: 'Insurance company' }).fill('aetna')
    await page.getByRole('option', { name: 'Aetna', exact: true }).waitFor()
    await page.locator('iop-coverage-checker').screenshot({ path: 'test-results/widget-typeahead-375-dark.png' })
    await page.getByRole('option', { name: 'Aetna', exact: true }).click()
    await page.getByLabel('State').selectOption('TX')
    await page.getByRole('button', { name: 'Check my coverage' }).click()
    await page.getByRole('heading', { name: 'Covered, with conditions' }).waitFor()
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBe(0)
    await page.locator('iop-coverage-checker').screenshot({ path: 'test-results/widget-result-375-dark.png' })
    await page.setViewportSize({ width: 375, height: 800 })
    await page.emulateMedia({ colorScheme: 'light' })
    await page.locator('iop-coverage-checker').screenshot({ path: 'test-results/widget-result-375.png' })
    expect(await problems()).toEqual([])
    await page.close()
  })

  it('has no axe violations on the form or the result (page without CSP, so axe can run)', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } })
    await fakeCoverage(page)
    const url = workerUrl() + '/__axe'
    await serveDocument(
      page,
      url,
      `<!doctype html><html lang="en"><head><title>axe</title><script type="module" src="/widget/v1/iop-coverage-checker.js"></script></head>
       <body><main><h1>Coverage</h1><iop-coverage-checker site-key="pk_test_demo" heading-level="2"></iop-coverage-checker></main></body></html>`,
    )
    await page.goto(url)
    await page.evaluate(() => ((document.querySelector('iop-coverage-checker') as any).partner = { name: 'Sunrise', phone: '+18005550100', callback: true }))
    await page.getByRole('combobox', { name: 'Insurance company' }).fill('aetna')
    await page.getByRole('option', { name: 'Aetna', exact: true }).waitFor()
    expect(await axe(page)).toEqual([]) // form, with the listbox open
    await page.getByRole('option', { name: 'Aetna', exact: true }).click()
    await page.getByRole('button', { name: 'Check my coverage' }).click()
    await page.getByText('Choose the state your plan is from.').waitFor()
    expect(await axe(page)).toEqual([]) // inline field error
    await page.getByLabel('State').selectOption('TX')
    await page.getByRole('button', { name: 'Check my coverage' }).click()
    await page.getByRole('heading', { name: 'Covered, with conditions' }).waitFor()
    expect(await axe(page)).toEqual([]) // result
    await page.emulateMedia({ colorScheme: 'dark' })
    expect(await axe(page)).toEqual([]) // result, dark
    await page.close()
  })
})
