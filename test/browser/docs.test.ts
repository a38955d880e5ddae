import { mkdir, readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
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

describe('/docs in Chromium', () => {
  it('renders styled, without console or CSP errors, and its problem links land on their anchors', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } })
    const problems = await watchProblems(page)
    const failedRequests: string[] = []
    page.on('requestfailed', (r) => failedRequests.push(`failed: ${r.url()}`))
    await page.goto(workerUrl() + '/docs')

    await expect(page.getByRole('heading', { level: 1, name: 'IOP Coverage Checker API' }).isVisible()).resolves.toBe(true)
    await expect(page.getByRole('heading', { name: 'Authentication' }).isVisible()).resolves.toBe(true)
    // The stylesheet applied (a two-column grid with the contents on the left).
    expect(await page.evaluate(() => getComputedStyle(document.body).display)).toBe('grid')
    await page.screenshot({ path: 'test-results/docs.png' })
    await page.locator('#op-checkCoverage').evaluate((el) => el.scrollIntoView())
    await page.screenshot({ path: 'test-results/docs-coverage.png' })

    await page.locator('#op-checkCoverage a[href="#problem-validation_failed"]').click()
    expect(await page.evaluate(() => location.hash)).toBe('#problem-validation_failed')
    expect(await page.locator('#problem-validation_failed').evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)')

    expect(await problems()).toEqual([])
    expect(failedRequests).toEqual([])
    await page.close()
  })

  it('has no serious accessibility violations (axe-core)', async () => {
    const page = await browser.newPage()
    await page.goto(workerUrl() + '/docs')
    // Evaluated through the DevTools protocol, which the page's CSP does not govern.
    const axe = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
    await page.evaluate(axe)
    const violations = await page.evaluate(async () => {
      const w = window as unknown as { axe: { run: () => Promise<{ violations: { id: string; impact: string }[] }> } }
      const result = await w.axe.run()
      return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)
    })
    expect(violations).toEqual([])
    await page.close()
  })
})
