// The widget as a guest on partner pages: under a strict CSP with Trusted Types, included twice
// (two URLs of two versions, and the same URL again), with hostile page CSS, against the real
// Worker (payer typeahead). Plus fault injection on the coverage call (503, network failure,
// a 400 naming a field), which is the one thing these tests fake on purpose.
import { mkdir, readFile } from 'node:fs/promises'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { STRICT_CSP, launchChromium, serveDocument, watchProblems } from '../support/browser'
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

const HOSTILE_CSS = `
  input, select, button { background: rgb(255, 0, 0) !important; font-size: 40px; }
  .title, .hint, [role=heading] { display: none; }
  :root { --_accent: rgb(255, 0, 0); }
`

/** A partner page: strict CSP, hostile global CSS, the widget script included three times. */
async function partnerPage(opts: { csp?: string } = {}): Promise<{ page: Page; problems: () => Promise<string[]> }> {
  const page = await browser.newPage({ viewport: { width: 900, height: 900 } })
  const problems = await watchProblems(page)
  const base = workerUrl()
  await page.route(`${base}/__partner/site.css`, (r) =>
    r.fulfill({ status: 200, contentType: 'text/css', body: HOSTILE_CSS }),
  )
  await serveDocument(
    page,
    `${base}/__partner/page`,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title>
      <link rel="stylesheet" href="/__partner/site.css">
      <script type="module" src="/widget/v1/iop-coverage-checker.js"></script>
      <script type="module" src="/widget/v0.1.0/iop-coverage-checker.js"></script>
      <script type="module" src="/widget/v1/iop-coverage-checker.js"></script>
    </head><body><main><h1>Partner</h1>
      <p class="hint" id="outside">Partner text styled by the partner only.</p>
      <iop-coverage-checker site-key="pk_test_demo" heading-level="2" state="TX"></iop-coverage-checker>
    </main></body></html>`,
    opts.csp ?? STRICT_CSP,
  )
  await page.goto(`${base}/__partner/page`)
  await page.getByRole('combobox', { name: 'Insurance company' }).waitFor()
  return { page, problems }
}

describe('the widget on a partner page', () => {
  it('runs under a strict CSP with Trusted Types, included twice, with no CSS leaking either way', async () => {
    const { page, problems } = await partnerPage()
    await expect(page.locator('iop-coverage-checker').count()).resolves.toBe(1)
    await expect(page.getByRole('heading', { name: 'Check your IOP coverage', level: 2 }).isVisible()).resolves.toBe(true)
    await expect(page.locator('iop-coverage-checker').getAttribute('status')).resolves.toBe('idle')
    // the state attribute preselects Texas
    await expect(page.getByLabel('State').inputValue()).resolves.toBe('TX')

    // real typeahead against the Worker's payer directory
    await page.getByRole('combobox', { name: 'Insurance company' }).fill('uhc')
    await page.getByRole('option', { name: 'UnitedHealthcare', exact: true }).click()

    const styles = await page.evaluate(() => {
      const root = document.querySelector('iop-coverage-checker')!.shadowRoot!
      const input = root.querySelector('#payer')!
      const submit = root.querySelector('button[type=submit]')!
      const outside = document.getElementById('outside')!
      return {
        inputBg: getComputedStyle(input).backgroundColor,
        inputFont: getComputedStyle(input).fontSize,
        submitBg: getComputedStyle(submit).backgroundColor,
        outsideColor: getComputedStyle(outside).color,
        outsideSize: getComputedStyle(outside).fontSize,
      }
    })
    expect(styles.inputBg).toBe('rgb(255, 255, 255)') // --iop-surface default, not the page's red
    expect(styles.inputFont).toBe('16px')
    expect(styles.submitBg).toBe('rgb(10, 124, 102)') // --iop-accent default #0a7c66
    expect(styles.outsideColor).toBe('rgb(0, 0, 0)') // the widget's .hint rule stays inside
    expect(styles.outsideSize).toBe('16px')

    await page.screenshot({ path: 'test-results/widget-partner-strict-csp.png', fullPage: true })
    expect(await problems()).toEqual([])
    await page.close()
  })

  it('is themed from the page through --iop-* custom properties and parts', async () => {
    const { page } = await partnerPage()
    await page.evaluate(() => {
      const sheet = new CSSStyleSheet()
      sheet.replaceSync(':root { --iop-accent: rgb(90, 40, 160) } iop-coverage-checker::part(base) { border-width: 3px }')
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]
    })
    const looks = await page.evaluate(() => {
      const root = document.querySelector('iop-coverage-checker')!.shadowRoot!
      return {
        accent: getComputedStyle(root.querySelector('button[type=submit]')!).backgroundColor,
        border: getComputedStyle(root.querySelector('[part=base]')!).borderTopWidth,
      }
    })
    expect(looks).toEqual({ accent: 'rgb(90, 40, 160)', border: '3px' })
    await page.close()
  })
})

describe('fault injection on POST /v1/coverage/checks', () => {
  /** How long a poll waits for the widget to show the outcome (a wait, not an assertion on time). */
  const WAIT = 10_000
  async function submitAetna(page: Page) {
    await page.getByRole('combobox', { name: 'Insurance company' }).fill('aetna')
    await page.getByRole('option', { name: 'Aetna', exact: true }).click()
    await page.getByRole('button', { name: 'Check my coverage' }).click()
  }

  it('API returns 503 → a plain-words error with a retry, which then succeeds', async () => {
    const { page, problems } = await partnerPage()
    let calls = 0
    await page.route('**/v1/coverage/checks', (route) => {
      calls++
      return calls === 1
        ? route.fulfill({
            status: 503,
            contentType: 'application/problem+json',
            body: JSON.stringify({ type: '/docs#problem-unavailable', title: 'Unavailable', status: 503, code: 'unavailable', detail: 'internal: upstream pool exhausted', retryable: true }),
          })
        : route.fulfill({ status: 200, contentType: 'application/json', body: fixture })
    })
    const errors: unknown[] = []
    await page.exposeFunction('__err', (d: unknown) => errors.push(d))
    await page.evaluate(() => document.addEventListener('iop-check-error', (e) => (window as any).__err((e as CustomEvent).detail)))
    await submitAetna(page)
    // The alert can be in the page before its text is: poll the locator until the text is there.
    const alert = page.getByRole('alert')
    await alert.waitFor()
    await expect.poll(() => alert.textContent(), { timeout: WAIT }).toContain('Something went wrong on our side. Please try again.')
    await expect(alert.textContent()).resolves.not.toContain('pool exhausted') // 5xx details are not shown
    await expect.poll(() => page.locator('iop-coverage-checker').getAttribute('status'), { timeout: WAIT }).toBe('error')
    expect(errors).toEqual([{ httpStatus: 503, code: 'unavailable', retryable: true }])
    await page.locator('iop-coverage-checker').screenshot({ path: 'test-results/widget-error-503.png' })
    await page.getByRole('button', { name: 'Try again' }).click()
    await page.getByRole('heading', { name: 'Covered, with conditions' }).waitFor()
    expect(calls).toBe(2)
    // the 503 itself is a console error in Chromium ("Failed to load resource"); nothing else is
    expect((await problems()).filter((p) => !p.includes('503'))).toEqual([])
    await page.close()
  })

  it('network failure → "could not reach" with a retry', async () => {
    const { page } = await partnerPage()
    await page.route('**/v1/coverage/checks', (route) => route.abort('internetdisconnected'))
    await submitAetna(page)
    await expect.poll(() => page.getByRole('alert').textContent(), { timeout: WAIT }).toContain('We could not reach the coverage service')
    await expect.poll(() => page.getByRole('button', { name: 'Try again' }).isVisible(), { timeout: WAIT }).toBe(true)
    await page.close()
  })

  it('400 naming a field → the message beside that field, no retry', async () => {
    const { page } = await partnerPage()
    await page.route('**/v1/coverage/checks', (route) =>
      route.fulfill({
        status: 400,
        contentType: 'application/problem+json',
        body: JSON.stringify({ title: 'Invalid request', status: 400, code: 'validation_failed', detail: 'state: must be a USPS state code such as TX', errors: [{ path: 'state', message: 'must be a USPS state code such as TX' }] }),
      }),
    )
    await submitAetna(page)
    await expect.poll(() => page.getByRole('alert').textContent(), { timeout: WAIT }).toContain('state: must be a USPS state code such as TX')
    await expect.poll(() => page.getByLabel('State').getAttribute('aria-invalid'), { timeout: WAIT }).toBe('true')
    await expect.poll(() => page.getByText('must be a USPS state code such as TX', { exact: true }).isVisible(), { timeout: WAIT }).toBe(true)
    await expect(page.getByRole('button', { name: 'Try again' }).count()).resolves.toBe(0)
    await page.close()
  })
})
