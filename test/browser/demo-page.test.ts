import { mkdir } from 'node:fs/promises'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, watchProblems } from '../support/browser'
import { workerUrl } from '../support/worker'

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
  await mkdir('test-results', { recursive: true })
})
afterAll(async () => {
  await browser?.close()
})

describe('demo page in Chromium', () => {
  it('renders the widget, which calls the API and shows what comes back', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } })
    const problems = await watchProblems(page)
    await page.goto(workerUrl() + '/')

    await expect(page.getByRole('heading', { name: 'Intensive Outpatient Program' }).isVisible()).resolves.toBe(true)
    const input = page.getByRole('combobox', { name: 'Insurance company' })
    await input.fill('uhc')
    // Exact: the directory also lists UnitedHealthcare Community Plan, Medicare, Surest…
    await page.getByText('UnitedHealthcare', { exact: true }).waitFor()

    await page.screenshot({ path: 'test-results/demo-page.png', fullPage: true })
    expect(await problems()).toEqual([]) // no CSP violation, no script error
    await page.close()
  })
})
