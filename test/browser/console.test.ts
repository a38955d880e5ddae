import { mkdir } from 'node:fs/promises'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../support/browser'
import { DEMO, site, staff, widget } from '../support/tenants'
import { api, postJson, workerUrl } from '../support/worker'

let browser: Browser

const LEAD = {
  consent: true,
  consentTextVersion: '2026-11-01',
  name: 'Rosalind Featherstonehaugh',
  phone: '737-555-0164',
  email: 'r.f@example.org',
  preferredTime: 'afternoon',
  message: 'Asking for my son, 19.',
  context: { payerId: 'bcbs-tx', state: 'TX', program: 'substance_use', coverageStatus: 'covered', patientPays: 215_000 },
}
const VOB = {
  patient: { name: 'Rosalind Featherstonehaugh', dob: '1971-08-02', memberId: 'XOJ771234560' },
  program: 'substance_use',
  coverageCheck: {
    payer: { id: 'bcbs-tx', name: 'Blue Cross and Blue Shield of Texas' },
    plan: { type: 'PPO', name: 'BlueChoice PPO' },
    coverage: { status: 'covered_with_conditions', priorAuthorization: 'required' },
    estimate: { currency: 'USD', days: 36, patientPays: 312_000, planPays: 1_128_000 },
    request: {
      benefits: {
        deductible: { total: 150_000, met: 50_000 },
        outOfPocketMax: { total: 600_000, met: 50_000 },
        coinsurance: 0.2,
        deductibleApplies: true,
      },
    },
  },
  notes: 'PA required through the BH manager. Ref #A-2231, spoke with Dana.',
}

beforeAll(async () => {
  browser = await launchChromium()
  await mkdir('test-results', { recursive: true })
  expect((await postJson('/v1/leads', LEAD, { headers: widget(DEMO.siteKey) })).status).toBe(202)
  expect((await postJson('/v1/vobs', VOB, { headers: staff(DEMO.staffKey) })).status).toBe(201)
})
afterAll(async () => {
  await browser?.close()
})

async function signIn(page: Page, key: string) {
  await page.goto(workerUrl() + '/console')
  await page.getByLabel('Staff key').fill(key)
  await page.getByRole('button', { name: 'Sign in' }).click()
}

describe('admissions console in Chromium', () => {
  it('is served under a strict CSP, with no inline code', async () => {
    const res = await api('/console')
    expect(res.status).toBe(200)
    const csp = res.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("default-src 'none'")
    expect(csp).toContain("script-src 'self'")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).not.toContain('unsafe')
    expect(res.headers.get('cache-control')).toBe('no-store')
  })

  it('refuses a wrong key and keeps nothing in storage', async () => {
    const page = await browser.newPage()
    await signIn(page, 'sk_test_wrong')
    await expect(page.getByRole('alert').textContent()).resolves.toContain('not accepted')
    await page.close()
  })

  it('signs in, lists leads, opens the print view of a VOB, and prints one clean page', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    const problems: string[] = []
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()))
    page.on('pageerror', (e) => problems.push(e.message))
    await signIn(page, DEMO.staffKey)

    // Leads, decrypted for staff.
    await page.getByRole('heading', { name: 'Leads' }).waitFor()
    await page.getByRole('cell', { name: /Rosalind Featherstonehaugh/ }).first().waitFor()
    await expect(page.getByText('(737) 555-0164').first().isVisible()).resolves.toBe(true)
    await page.screenshot({ path: 'test-results/console-leads.png' })

    // The key never leaves memory.
    const stored = await page.evaluate(() => ({
      local: JSON.stringify(localStorage),
      session: JSON.stringify(sessionStorage),
      cookie: document.cookie,
      url: location.href,
    }))
    expect(JSON.stringify(stored)).not.toContain('sk_test')

    // Saved VOBs → print view.
    await page.getByRole('button', { name: 'Saved VOBs' }).click()
    await page.getByRole('button', { name: 'Print view' }).first().click()
    await page.getByText('XOJ771234560').waitFor()
    await page.screenshot({ path: 'test-results/console-vob.png', fullPage: true })
    // Paper: 8.5 in at 96 px/in, less the 0.6 in margins of console.css.
    await page.setViewportSize({ width: 701, height: 900 })
    await page.emulateMedia({ media: 'print' })
    await expect(page.getByRole('button', { name: 'Print' }).isVisible()).resolves.toBe(false)
    await expect(page.getByRole('navigation').isVisible()).resolves.toBe(false)
    await expect(page.getByText('$3,120.00').isVisible()).resolves.toBe(true)
    await page.screenshot({ path: 'test-results/console-print.png', fullPage: true })
    const pdf = await page.pdf({ format: 'Letter' })
    // One page: a PDF with a single /Type /Page object.
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1)
    await page.emulateMedia({ media: 'screen' })
    await page.setViewportSize({ width: 1280, height: 900 })

    // The verification form (coverage check and 271 routes come from other branches).
    await page.getByRole('button', { name: 'Verify benefits' }).click()
    await page.getByLabel('Member ID').waitFor()
    await expect(page.getByRole('button', { name: 'Save VOB' }).isDisabled()).resolves.toBe(true)
    await page.screenshot({ path: 'test-results/console-verify.png', fullPage: true })

    // The reads were audited.
    await page.getByRole('button', { name: 'Audit log' }).click()
    await page.getByRole('cell', { name: 'vob.read' }).first().waitFor()

    // Signing out forgets everything shown.
    await page.getByRole('button', { name: 'Sign out' }).click()
    await expect(page.getByText('Rosalind').count()).resolves.toBe(0)
    expect(problems).toEqual([])
    await page.close()
  })
})
