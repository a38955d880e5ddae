// The widget end to end on the demo page against the real Worker: payer typeahead, coverage
// check, exact check (270/271 through the local sandbox clearinghouse) and callback request
// (lead), with Turnstile's client script served by scripts/fake-turnstile.mjs. Nothing is faked
// with page.route() here except the one fault-injection test (503 → retry).
//
// Expected numbers, by hand from docs/architecture.md's algorithm and the rules' typical values (listed in
// the API's `assumptions`): BCBS of Texas, no benefits given → typical employer PPO in network,
// $1,500 deductible, 20 %, $5,000 cap, $400 allowed per day, 3 days × 12 weeks = 36 days,
// $14,400 allowed. Patient: $1,500 + 20 % × $12,900 = $1,500 + $2,580 = $4,080; plan $10,320.
// With the sandbox member ACTIVE001 (README "Sandbox clearinghouse": deductible $1,500 with
// $1,000 left, out-of-pocket $6,000 with $5,500 left, SUD coinsurance 20 %): patient $1,000 +
// 20 % × $13,400 = $1,000 + $2,680 = $3,680 (under the $5,500 left); plan $14,400 − $3,680 = $10,720.
import { mkdir } from 'node:fs/promises'
import type { Browser, Frame, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { STRICT_CSP, axe, launchChromium, serveDocument, watchProblems } from '../support/browser'
import { api, workerUrl } from '../support/worker'

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
  await mkdir('test-results', { recursive: true })
})
afterAll(async () => {
  await browser?.close()
})

const BCBS_TX = 'Blue Cross and Blue Shield of Texas'
const EVENTS = ['iop-check-start', 'iop-check-complete', 'iop-callback-request', 'iop-exact-check-complete', 'iop-lead-submitted']

type Sent = { body: unknown; siteKey: string | null }

/** Records what the widget sends to the coverage API (the real API answers). */
function recordCoverage(page: Page): Sent[] {
  const sent: Sent[] = []
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().endsWith('/v1/coverage/checks')) {
      sent.push({ body: r.postDataJSON(), siteKey: r.headers()['x-site-key'] ?? null })
    }
  })
  return sent
}

/** Collects the widget's public events (type + detail) as JSON strings in `window.__events`. */
async function recordEvents(page: Page) {
  await page.addInitScript((names: string[]) => {
    const w = window as unknown as { __events: string[] }
    w.__events = []
    for (const n of names) {
      document.addEventListener(n, (e) => w.__events.push(JSON.stringify({ type: e.type, detail: (e as CustomEvent).detail })))
    }
  }, EVENTS)
  return async () => (await page.evaluate(() => (window as unknown as { __events: string[] }).__events)).map((e) => JSON.parse(e))
}

async function openDemo(opts: { width?: number; height?: number; lang?: string; dark?: boolean } = {}) {
  const page = await browser.newPage({
    viewport: { width: opts.width ?? 1100, height: opts.height ?? 900 },
    colorScheme: opts.dark ? 'dark' : 'light',
  })
  const problems = await watchProblems(page)
  const sent = recordCoverage(page)
  const events = await recordEvents(page)
  await page.goto(workerUrl() + '/')
  if (opts.lang) await page.evaluate((l) => document.querySelector('iop-coverage-checker')!.setAttribute('locale', l), opts.lang)
  return { page, problems, sent, events }
}

/** Types "bcbs", picks BCBS of Texas and Texas, submits, waits for the verdict. */
async function checkBcbsTexas(page: Page, labels = { payer: 'Insurance company', state: 'State', submit: 'Check my coverage', verdict: 'Covered, with conditions' }) {
  const payer = page.getByRole('combobox', { name: labels.payer })
  await payer.fill('bcbs')
  await page.getByRole('option', { name: new RegExp(BCBS_TX) }).click()
  await expect(payer.inputValue()).resolves.toBe(BCBS_TX)
  await page.getByLabel(labels.state, { exact: true }).selectOption('TX')
  await page.getByRole('button', { name: labels.submit }).click()
  await page.getByRole('heading', { name: labels.verdict }).waitFor()
}

const CONTEXT = { payerId: 'bcbs-texas', payerName: BCBS_TX, state: 'TX', program: 'substance_use' }

describe('quick check on the demo page (real API)', () => {
  it('"bcbs" + Texas: verdict, estimate, chart and next steps for BCBS of Texas', async () => {
    const { page, problems, sent, events } = await openDemo()
    await checkBcbsTexas(page)
    const result = page.locator('iop-coverage-checker')
    await expect(result.getAttribute('status')).resolves.toBe('covered_with_conditions')
    await expect(result.getByText('$4,080').first().isVisible()).resolves.toBe(true)
    await expect(result.getByText('$10,320').first().isVisible()).resolves.toBe(true)
    await expect(result.getByText('Depends on the plan', { exact: true }).isVisible()).resolves.toBe(true) // prior auth "varies"
    await expect(
      page.getByRole('img', { name: 'Cumulative cost by week: you pay $4,080 and your plan pays $10,320 by week 12.' }).isVisible(),
    ).resolves.toBe(true)
    await expect(result.getByText('Your share after the deductible: 20%').isVisible()).resolves.toBe(true)
    await expect(
      result.locator('li').filter({ hasText: 'Call the behavioral-health (or mental health / substance use) number on the back of your Blue card' }).count(),
    ).resolves.toBe(1)
    // the verdict got focus, so a screen reader reads it first
    await expect(page.evaluate(() => document.querySelector('iop-coverage-checker')!.shadowRoot!.activeElement?.id)).resolves.toBe('verdict-title')
    expect(sent).toEqual([{ body: { payer: { id: 'bcbs-texas' }, state: 'TX', program: 'substance_use' }, siteKey: 'pk_test_demo' }])
    await page.screenshot({ path: 'test-results/widget-result-desktop.png', fullPage: true })

    expect(await events()).toEqual([
      { type: 'iop-check-start', detail: CONTEXT },
      { type: 'iop-check-complete', detail: { ...CONTEXT, kind: 'quick', status: 'covered_with_conditions', patientPays: 408000 } },
    ])
    expect(await problems()).toEqual([])
    await page.close()
  })

  it('works with the keyboard alone', async () => {
    const { page, problems, sent } = await openDemo()
    const combo = page.getByRole('combobox', { name: 'Insurance company' })
    await combo.focus()
    await page.keyboard.type('united')
    await page.getByRole('option', { name: 'UnitedHealthcare', exact: true }).waitFor()
    await expect(combo.getAttribute('aria-expanded')).resolves.toBe('true')
    await page.keyboard.press('ArrowDown')
    await expect(combo.getAttribute('aria-activedescendant')).resolves.toBe('payer-opt-0')
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
    expect(sent.map((s) => s.body)).toEqual([{ payer: { id: 'unitedhealthcare' }, state: 'TX', program: 'mental_health' }])

    // Escape closes the list, a second Escape clears the field
    await combo.focus()
    await combo.fill('cig')
    await page.getByRole('option', { name: /Cigna/ }).first().waitFor()
    await page.keyboard.press('Escape')
    await expect(combo.getAttribute('aria-expanded')).resolves.toBe('false')
    await page.keyboard.press('Escape')
    await expect(combo.inputValue()).resolves.toBe('')
    expect(await problems()).toEqual([])
    await page.close()
  })

  it('speaks Spanish when the locale is es', async () => {
    const { page, problems } = await openDemo({ lang: 'es' })
    await checkBcbsTexas(page, { payer: 'Compañía de seguro', state: 'Estado', submit: 'Revisar mi cobertura', verdict: 'Cubierto, con condiciones' })
    await expect(page.getByText('Tú pagas').first().isVisible()).resolves.toBe(true)
    await expect(page.getByText('Próximos pasos').isVisible()).resolves.toBe(true)
    await expect(
      page.getByRole('img', { name: /Costo acumulado por semana: tú pagas .*4,080.* y tu plan paga .*10,320.* para la semana 12/ }).isVisible(),
    ).resolves.toBe(true)
    await page.screenshot({ path: 'test-results/widget-result-es.png', fullPage: true })
    expect(await problems()).toEqual([])
    await page.close()
  })

  it('fits a 375 px phone and the dark scheme', async () => {
    const { page, problems } = await openDemo({ width: 375, height: 800, dark: true })
    await page.getByRole('combobox', { name: 'Insurance company' }).fill('bcbs')
    await page.getByRole('option', { name: new RegExp(BCBS_TX) }).waitFor()
    await page.locator('iop-coverage-checker').screenshot({ path: 'test-results/widget-typeahead-375-dark.png' })
    await page.getByRole('option', { name: new RegExp(BCBS_TX) }).click()
    await page.getByLabel('State', { exact: true }).selectOption('TX')
    await page.getByRole('button', { name: 'Check my coverage' }).click()
    await page.getByRole('heading', { name: 'Covered, with conditions' }).waitFor()
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0)
    // dark tokens applied (--iop-surface #1a222b), the estimate is on screen
    const bg = await page.evaluate(() => {
      const card = document.querySelector('iop-coverage-checker')!.shadowRoot!.querySelector('[part~=base]')!
      return getComputedStyle(card).backgroundColor
    })
    expect(bg).toBe('rgb(26, 34, 43)')
    await expect(page.locator('iop-coverage-checker').getByText('$4,080').first().isVisible()).resolves.toBe(true)
    await page.locator('iop-coverage-checker').screenshot({ path: 'test-results/widget-result-375-dark.png' })
    expect(await problems()).toEqual([])
    await page.close()
  })

  it('on a strict-CSP partner page with the script included twice, checks for real', async () => {
    const page = await browser.newPage({ viewport: { width: 900, height: 900 } })
    const problems = await watchProblems(page)
    const url = `${workerUrl()}/__partner/strict`
    await serveDocument(
      page,
      url,
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title>
        <script type="module" src="/widget/v1/iop-coverage-checker.js"></script>
        <script type="module" src="/widget/v0.1.0/iop-coverage-checker.js"></script>
      </head><body><main><h1>Partner</h1>
        <iop-coverage-checker site-key="pk_test_demo" heading-level="2"></iop-coverage-checker>
      </main></body></html>`,
      STRICT_CSP,
    )
    await page.goto(url)
    await checkBcbsTexas(page)
    await expect(page.locator('iop-coverage-checker').count()).resolves.toBe(1)
    await expect(page.getByRole('heading', { name: 'Check your IOP coverage', level: 2 }).isVisible()).resolves.toBe(true)
    await expect(page.locator('iop-coverage-checker').getByText('$4,080').first().isVisible()).resolves.toBe(true)
    await page.screenshot({ path: 'test-results/widget-partner-strict-csp-result.png', fullPage: true })
    expect(await problems()).toEqual([])
    await page.close()
  })

  it('503 (injected) → a retry, which the real API then answers', async () => {
    const { page, problems } = await openDemo()
    let calls = 0
    await page.route('**/v1/coverage/checks', (route) =>
      ++calls === 1
        ? route.fulfill({
            status: 503,
            contentType: 'application/problem+json',
            body: JSON.stringify({ type: '/docs#problem-unavailable', title: 'Unavailable', status: 503, code: 'unavailable', detail: 'x', retryable: true }),
          })
        : route.continue(),
    )
    const payer = page.getByRole('combobox', { name: 'Insurance company' })
    await payer.fill('bcbs')
    await page.getByRole('option', { name: new RegExp(BCBS_TX) }).click()
    await page.getByLabel('State', { exact: true }).selectOption('TX')
    await page.getByRole('button', { name: 'Check my coverage' }).click()
    await page.getByRole('alert').waitFor()
    await page.getByRole('button', { name: 'Try again' }).click()
    await page.getByRole('heading', { name: 'Covered, with conditions' }).waitFor()
    expect(calls).toBe(2)
    expect((await problems()).filter((p) => !p.includes('503'))).toEqual([])
    await page.close()
  })
})

// ── the checker-origin frame: exact check and callback ───────────────────────────────────────

// Names that occur nowhere on the page by chance ("Maria" would: Northern Mariana Islands).
const MEMBER = { id: 'ACTIVE001', first: 'Quillon', last: 'Vandertoek', dob: '1985-02-14' }
const LEAD = { name: 'Rosa Quintana', phone: '(512) 555-0187', email: 'rosa.quintana@example.org' }

/** Everything the host page could have seen: its DOM (shadow roots included) and the events. */
async function hostSees(page: Page): Promise<string> {
  const dom = await page.evaluate(() => {
    const walk = (root: Document | ShadowRoot): string =>
      Array.from(root.querySelectorAll('*'))
        .map((e) => (e.shadowRoot ? walk(e.shadowRoot) : '') + ((e as HTMLInputElement).value ?? ''))
        .join('\n') + (root instanceof Document ? root.documentElement.outerHTML : root.innerHTML)
    return walk(document)
  })
  const events = await page.evaluate(() => (window as unknown as { __events: string[] }).__events.join('\n'))
  return dom + events
}

async function openFrame(page: Page, button: string, title: string): Promise<Frame> {
  await page.getByRole('button', { name: button }).click()
  const iframe = page.locator(`iframe[title="${title}"]`)
  await iframe.waitFor()
  const frame = (await (await iframe.elementHandle())!.contentFrame())!
  await frame.getByText('Verified (local Turnstile stand-in)').waitFor()
  return frame
}

async function fillMember(frame: Frame, memberId: string) {
  await frame.getByLabel('Member ID').fill(memberId)
  await frame.getByLabel('First name').fill(MEMBER.first)
  await frame.getByLabel('Last name').fill(MEMBER.last)
  await frame.getByLabel('Date of birth').fill(MEMBER.dob)
  await frame.getByRole('button', { name: 'Check exact benefits' }).click()
}

describe('exact check and callback in the checker frame (real API, sandbox clearinghouse)', () => {
  it('ACTIVE001: the member’s own benefits come back as an exact estimate; no PHI reaches the host', async () => {
    const { page, problems, sent, events } = await openDemo()
    await checkBcbsTexas(page)
    const frame = await openFrame(page, 'Check with my member ID', 'Secure exact coverage check')
    await fillMember(frame, MEMBER.id)

    // the host checks again with the payer's figures: $3,680 instead of the typical $4,080
    await page.getByRole('img', { name: 'Cumulative cost by week: you pay $3,680 and your plan pays $10,720 by week 12.' }).waitFor()
    const result = page.locator('iop-coverage-checker')
    // the view is now "your benefits": the payer's word on the plan and the member's own figures
    await expect(result.getByText('Your benefits', { exact: true }).first().isVisible()).resolves.toBe(true)
    await expect(result.getByRole('heading', { name: 'What BLUE CROSS AND BLUE SHIELD OF TEXAS says about your plan' }).isVisible()).resolves.toBe(true)
    await expect(result.getByText('Your plan is active').isVisible()).resolves.toBe(true)
    await expect(result.getByText('SANDBOX PPO').isVisible()).resolves.toBe(true)
    await expect(result.getByText('$1,000 left of $1,500').isVisible()).resolves.toBe(true)
    await expect(result.getByText('$5,500 left of $6,000').isVisible()).resolves.toBe(true)
    await expect(result.getByRole('heading', { name: 'Your estimated cost, from your own benefits' }).isVisible()).resolves.toBe(true)
    await expect(result.getByText(/^From the benefits your insurer returned today/).isVisible()).resolves.toBe(true)
    await expect(result.locator('iframe').count()).resolves.toBe(0) // the frame closed
    // The exact check's answer is the server's own (`coverageCheck` of the eligibility check, with
    // the partner's contract): no second coverage check, nothing composed in the widget.
    expect(sent.map((s) => s.body)).toEqual([{ payer: { id: 'bcbs-texas' }, state: 'TX', program: 'substance_use' }])
    const all = await events()
    const exact = all.find((e) => e.type === 'iop-exact-check-complete') as { detail: { answer: Record<string, any> } }
    // sandbox/271/active.x12, in network: $1,000 of $1,500 left, 20 %, $5,500 of $6,000 left;
    // 36 days at the typical $400: $1,000 deductible, then 20 % of $13,400 = $2,680 → $3,680.
    expect(exact.detail.answer).toMatchObject({
      basis: 'payer_271',
      member: {
        status: 'active',
        planName: 'SANDBOX PPO',
        figures: { network: 'in', deductible: { total: 150000, remaining: 100000 }, outOfPocketMax: { total: 600000, remaining: 550000 }, coinsurance: 0.2 },
      },
      coverage: { status: 'covered_with_conditions', priorAuthorization: 'required' },
      estimate: { patientPays: 368000 },
    })
    expect(all.at(-1)).toEqual({ type: 'iop-check-complete', detail: { ...CONTEXT, kind: 'exact', status: 'covered_with_conditions', patientPays: 368000 } })
    const seen = await hostSees(page)
    for (const v of Object.values(MEMBER)) expect(seen).not.toContain(v)
    await page.screenshot({ path: 'test-results/widget-exact-result.png', fullPage: true })
    expect(await problems()).toEqual([])
    await page.close()
  })

  it('NOTFOUND01 (AAA 75): the frame says what to correct, the host learns nothing', async () => {
    const { page, problems, events } = await openDemo()
    await checkBcbsTexas(page)
    const frame = await openFrame(page, 'Check with my member ID', 'Secure exact coverage check')
    await fillMember(frame, 'NOTFOUND01')
    const alert = frame.getByRole('alert')
    await alert.getByText('Your insurer could not find this member.', { exact: false }).waitFor()
    await expect(alert.textContent()).resolves.toContain('Also make sure the insurance company you chose is the one on the card.')
    const memberId = frame.getByLabel('Member ID')
    await expect(memberId.getAttribute('aria-invalid')).resolves.toBe('true')
    await expect(memberId.evaluate((e) => document.activeElement === e)).resolves.toBe(true)
    await expect(frame.locator('#memberId-error').textContent()).resolves.toBe('Check this against your insurance card.')
    await expect(frame.getByLabel('First name').getAttribute('aria-invalid')).resolves.toBeNull()
    await expect(memberId.inputValue()).resolves.toBe('NOTFOUND01') // kept, to correct it
    await page.locator('iop-coverage-checker').screenshot({ path: 'test-results/widget-exact-rejected.png' })
    expect((await events()).some((e) => e.type === 'iop-exact-check-complete')).toBe(false)
    const seen = await hostSees(page)
    for (const v of ['NOTFOUND01', MEMBER.first, MEMBER.last, MEMBER.dob]) expect(seen).not.toContain(v)
    // the 422 is a console error in Chromium ("Failed to load resource"); nothing else is
    expect((await problems()).filter((p) => !p.includes('422'))).toEqual([])
    await page.close()
  })

  it('request a callback: consented lead with the check’s context, verified as staff', async () => {
    const { page, problems, events } = await openDemo()
    await checkBcbsTexas(page)
    const frame = await openFrame(page, 'Request a callback', 'Request a callback')
    // consent is required, and said beside the box
    await frame.getByLabel('Your name').fill(LEAD.name)
    await frame.getByLabel('Phone', { exact: true }).fill(LEAD.phone)
    await frame.getByRole('button', { name: 'Request my callback' }).click()
    await expect(frame.locator('#consent-error').textContent()).resolves.toBe('Tick this box so admissions may contact you.')
    await expect(frame.getByRole('checkbox').getAttribute('aria-invalid')).resolves.toBe('true')

    await frame.getByLabel('Email', { exact: true }).fill(LEAD.email)
    await frame.getByLabel('Best time to call').selectOption('evening')
    await frame.getByRole('checkbox', { name: /admissions team may contact me/ }).check()
    await frame.getByRole('button', { name: 'Request my callback' }).click()

    await page.getByText('Thanks! Our admissions team will call you back within one business hour.').waitFor() // demo.js
    await expect(page.locator('iop-coverage-checker').getByText('Thanks. Admissions will call you back.').isVisible()).resolves.toBe(true)
    const lead = (await events()).find((e) => e.type === 'iop-lead-submitted')
    expect(lead).toEqual({
      type: 'iop-lead-submitted',
      detail: { leadId: expect.stringMatching(/^[0-9a-f-]{36}$/), payerId: 'bcbs-texas', state: 'TX', program: 'substance_use' },
    })
    const seen = await hostSees(page)
    for (const v of [...Object.values(LEAD), '5125550187']) expect(seen).not.toContain(v)

    const res = await api(`/v1/leads/${lead.detail.leadId}`, { headers: { Authorization: 'Bearer sk_test_demo' } })
    expect(res.status).toBe(200)
    const stored = (await res.json()) as Record<string, any>
    expect(stored).toMatchObject({
      id: lead.detail.leadId,
      consent: { textVersion: '2026-11-23' },
      contact: { name: LEAD.name, phone: '+15125550187', email: LEAD.email, preferredTime: 'evening' },
      context: { payerId: 'bcbs-texas', state: 'TX', program: 'substance_use', coverageStatus: 'covered_with_conditions', patientPays: 408000 },
    })
    const list = (await (await api('/v1/leads', { headers: { Authorization: 'Bearer sk_test_demo' } })).json()) as { leads: { id: string }[] }
    expect(list.leads.map((l) => l.id)).toContain(lead.detail.leadId)
    await page.screenshot({ path: 'test-results/widget-callback-sent.png', fullPage: true })
    expect(await problems()).toEqual([])
    await page.close()
  })
})

describe('accessibility (axe-core, WCAG 2.1 A/AA + best practice)', () => {
  it('has no violations on the form, the result, and both frame forms', async () => {
    // bypassCSP lets axe's injected script run inside the frame (its CSP has Trusted Types on).
    const context = await browser.newContext({ viewport: { width: 1000, height: 900 }, bypassCSP: true })
    const page = await context.newPage()
    const url = workerUrl() + '/__axe'
    await serveDocument(
      page,
      url,
      `<!doctype html><html lang="en"><head><title>axe</title><script type="module" src="/widget/v1/iop-coverage-checker.js"></script></head>
       <body><main><h1>Coverage</h1><iop-coverage-checker site-key="pk_test_demo" heading-level="2" exact-check></iop-coverage-checker></main></body></html>`,
    )
    await page.goto(url)
    await page.evaluate(() => ((document.querySelector('iop-coverage-checker') as any).partner = { name: 'Sunrise', phone: '+18005550100', callback: true }))
    await page.getByRole('combobox', { name: 'Insurance company' }).fill('bcbs')
    await page.getByRole('option', { name: new RegExp(BCBS_TX) }).waitFor()
    expect(await axe(page)).toEqual([]) // form, with the listbox open
    await page.getByRole('option', { name: new RegExp(BCBS_TX) }).click()
    await page.getByRole('button', { name: 'Check my coverage' }).click()
    await page.getByText('Choose the state your plan is from.').waitFor()
    expect(await axe(page)).toEqual([]) // inline field error
    await page.getByLabel('State', { exact: true }).selectOption('TX')
    await page.getByRole('button', { name: 'Check my coverage' }).click()
    await page.getByRole('heading', { name: 'Covered, with conditions' }).waitFor()
    expect(await axe(page)).toEqual([]) // result
    await page.emulateMedia({ colorScheme: 'dark' })
    expect(await axe(page)).toEqual([]) // result, dark
    await page.emulateMedia({ colorScheme: 'light' })

    const exact = await openFrame(page, 'Check with my member ID', 'Secure exact coverage check')
    expect(await axe(page)).toEqual([]) // the result with the frame in it
    expect(await axeFrame(exact)).toEqual([])
    await fillMember(exact, 'NOTFOUND01')
    await exact.getByRole('alert').getByText(/could not find this member/).waitFor()
    expect(await axeFrame(exact)).toEqual([]) // field errors
    const callback = await openFrame(page, 'Request a callback', 'Request a callback') // one frame at a time
    await expect(page.locator('iop-coverage-checker iframe').count()).resolves.toBe(1)
    expect(await axeFrame(callback)).toEqual([])
    await callback.getByRole('button', { name: 'Request my callback' }).click()
    await callback.locator('#name-error').waitFor()
    expect(await axeFrame(callback)).toEqual([]) // field errors
    await page.emulateMedia({ colorScheme: 'dark' })
    expect(await axeFrame(callback)).toEqual([]) // dark
    await callback.page().screenshot({ path: 'test-results/widget-callback-form.png', fullPage: true })
    await context.close()
  })
})

/** axe inside a frame (a document of its own). */
async function axeFrame(frame: Frame) {
  const { AXE_SOURCE } = await import('../support/browser')
  await frame.evaluate(AXE_SOURCE)
  return frame.evaluate(async () => {
    const a = (window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } }).axe
    // region: the frame's form is a fragment of the host page, whose <main> holds the iframe.
    const r = await a.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'] } })
    return r.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target) }))
  })
}
