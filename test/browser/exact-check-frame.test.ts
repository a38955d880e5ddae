// The exact-check frame and its postMessage protocol in Chromium, with the host page and the
// checker on two real origins of the same Worker (127.0.0.1 hosts, localhost is the checker).
// The host accepts messages only from the frame it created on the checker's origin; forged
// messages from the page itself, from a look-alike frame on the checker's origin and from a
// frame on the host's origin are ignored. PHI typed in the frame never reaches the host page.
// The coverage and payer calls to the checker origin are answered by the test (cross-origin
// CORS for the API is not on this branch); the frame page and its script are the real Worker's.
import { readFile } from 'node:fs/promises'
import type { Browser, Frame, Page, Route } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, serveDocument, watchProblems } from '../support/browser'
import { workerUrl } from '../support/worker'

let browser: Browser
let fixture: string

beforeAll(async () => {
  // The host document is fulfilled by the test, so Chromium gives it no IP address space and its
  // Local Network Access checks would block framing the checker on localhost; real partner pages
  // and the checker are both public, where these checks do not apply.
  browser = await launchChromium(['--disable-features=LocalNetworkAccessChecks'])
  fixture = await readFile('test/fixtures/widget/coverage-aetna-tx.json', 'utf8')
})
afterAll(async () => {
  await browser?.close()
})

const MEMBER = { id: 'ZGP123456789', first: 'Maria', last: 'Gonzalez', dob: '1985-02-14' }

const cors = (route: Route, host: string, body: string) =>
  route.fulfill({
    status: route.request().method() === 'OPTIONS' ? 204 : 200,
    contentType: 'application/json',
    headers: {
      'Access-Control-Allow-Origin': host,
      'Access-Control-Allow-Headers': 'content-type, x-site-key, accept',
      'Access-Control-Allow-Methods': 'GET, POST',
    },
    body: route.request().method() === 'OPTIONS' ? '' : body,
  })

async function hostWithFrame(): Promise<{ page: Page; frame: Frame; host: string; checker: string; problems: () => Promise<string[]> }> {
  const host = workerUrl()
  const checker = host.replace('127.0.0.1', 'localhost')
  const page = await browser.newPage({ viewport: { width: 900, height: 1000 } })
  const problems = await watchProblems(page)
  await page.addInitScript(() => {
    const w = window as unknown as { __messages: string[] }
    w.__messages = []
    window.addEventListener('message', (e) => w.__messages.push(JSON.stringify(e.data)))
  })
  await page.route(`${checker}/v1/coverage/checks`, (r) => cors(r, host, fixture))
  await page.route(`${checker}/v1/payers?*`, (r) =>
    cors(r, host, JSON.stringify({ results: [{ id: 'aetna', name: 'Aetna', kind: 'commercial', states: [], score: 1 }] })),
  )
  await serveDocument(
    page,
    `${host}/__host`,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
      <script type="module" src="/widget/v1/iop-coverage-checker.js"></script></head>
      <body><main><h1>Host</h1>
      <iop-coverage-checker site-key="pk_test_demo" api-base="${checker}" exact-check state="TX" heading-level="2"></iop-coverage-checker>
      </main></body></html>`,
    `default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self' ${checker}; frame-src 'self' ${checker}; require-trusted-types-for 'script'; trusted-types lit-html`,
  )
  await page.goto(`${host}/__host`)
  await page.getByRole('combobox', { name: 'Insurance company' }).fill('Aetna')
  await page.getByRole('option', { name: 'Aetna' }).click()
  await page.getByRole('button', { name: 'Check my coverage' }).click()
  await page.getByRole('button', { name: 'Check with my member ID' }).click()
  const iframe = page.locator('iframe[title="Secure exact coverage check"]')
  await iframe.waitFor()
  const frame = (await (await iframe.elementHandle())!.contentFrame())!
  await frame.getByLabel('Member ID').waitFor()
  return { page, frame, host, checker, problems }
}

const summaryEvents = (page: Page) =>
  page.evaluate(() => (window as unknown as { __exact?: unknown[] }).__exact ?? [])

async function listenForSummaries(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { __exact: unknown[] }
    w.__exact = []
    document.addEventListener('iop-exact-check-complete', (e) => w.__exact.push((e as CustomEvent).detail))
  })
}

const FORGED = { type: 'iop:frame-summary', summary: { status: 'active', payerName: 'Forged Health' } }

describe('exact-check frame', () => {
  it('is served from the checker origin with the PHI fields, and sizes itself through the protocol', async () => {
    const { page, frame, checker, problems } = await hostWithFrame()
    expect(new URL(frame.url()).origin).toBe(checker)
    for (const label of ['Member ID', 'First name', 'Last name', 'Date of birth']) {
      await expect(frame.getByLabel(label).isVisible()).resolves.toBe(true)
    }
    // the frame's resize message was accepted: the host set the iframe's height from it
    await expect
      .poll(() => page.locator('iframe').evaluate((f) => (f as HTMLIFrameElement).style.height))
      .toMatch(/^\d+px$/)
    // the host cannot read the frame's fields (cross-origin)
    const reach = await page.evaluate(() => {
      const f = document.querySelector('iop-coverage-checker')!.shadowRoot!.querySelector('iframe')!
      try {
        return f.contentDocument === null ? 'blocked' : 'readable'
      } catch {
        return 'blocked'
      }
    })
    expect(reach).toBe('blocked')
    await page.screenshot({ path: 'test-results/widget-exact-check-frame.png', fullPage: true })
    expect(await problems()).toEqual([])
    await page.close()
  })

  it('accepts a summary from its own frame, and posts on only PHI-free fields', async () => {
    const { page, frame, host } = await hostWithFrame()
    await listenForSummaries(page)
    await frame.evaluate(
      ([target, member]) =>
        window.parent.postMessage(
          { type: 'iop:frame-summary', summary: { status: 'active', payerName: 'Aetna', memberId: member, planName: 'Choice POS II' } },
          target,
        ),
      [host, MEMBER.id] as const,
    )
    // the host shows what the payer said ("your benefits"); without figures, the rules' estimate stays
    await page.getByRole('heading', { name: 'What Aetna says about your plan' }).waitFor()
    await expect(page.getByText('Your plan is active').isVisible()).resolves.toBe(true)
    await expect(page.getByText('Choice POS II', { exact: true }).isVisible()).resolves.toBe(true)
    await expect(page.getByRole('heading', { name: 'Estimated cost for a typical course' }).isVisible()).resolves.toBe(true)
    expect(JSON.parse(JSON.stringify(await summaryEvents(page)))).toEqual([
      { summary: { status: 'active', payerName: 'Aetna', planName: 'Choice POS II', carveOut: null, inNetwork: null, outOfNetwork: null } },
    ])
    await page.close()
  })

  it.each([
    ['the host page itself', 'self'],
    ['a look-alike frame on the checker origin', 'checker-frame'],
    ['a frame on the host origin', 'host-frame'],
  ])('ignores a forged summary from %s', async (_, from) => {
    const { page, checker } = await hostWithFrame()
    await listenForSummaries(page)
    if (from === 'self') {
      await page.evaluate((m) => window.postMessage(m, '*'), FORGED)
    } else {
      // the checker-origin look-alike is a second copy of the real frame page; the host-origin
      // one is any document of the host's origin
      const src = from === 'checker-frame' ? `${checker}/widget/v1/exact-check?site-key=pk_test_demo&origin=${encodeURIComponent(workerUrl())}` : '/widget/manifest.json'
      await page.evaluate((s) => {
        const f = document.createElement('iframe')
        f.name = 'rogue'
        f.src = s
        document.body.appendChild(f)
        return new Promise<void>((r) => f.addEventListener('load', () => r()))
      }, src)
      const rogue = page.frame({ name: 'rogue' })!
      await expect(rogue.evaluate(() => location.origin)).resolves.toBe(from === 'checker-frame' ? checker : workerUrl())
      await rogue.evaluate((m) => window.parent.postMessage(m, '*'), FORGED)
    }
    // the forged message did arrive at the window, and was ignored by the widget
    await expect.poll(() => page.evaluate(() => (window as any).__messages.some((m: string) => m.includes('Forged Health')))).toBe(true)
    await page.waitForTimeout(200)
    expect(await summaryEvents(page)).toEqual([])
    await expect(page.getByText(/Exact benefits received/).count()).resolves.toBe(0)
    await page.close()
  })

  it('keeps member ID, name and date of birth inside the frame', async () => {
    const { page, frame } = await hostWithFrame()
    await frame.getByText('Verified (local Turnstile stand-in)').waitFor()
    await frame.getByLabel('Member ID').fill(MEMBER.id)
    await frame.getByLabel('First name').fill(MEMBER.first)
    await frame.getByLabel('Last name').fill(MEMBER.last)
    await frame.getByLabel('Date of birth').fill(MEMBER.dob)
    await frame.getByRole('button', { name: 'Check exact benefits' }).click()
    // the real POST /v1/eligibility/checks: the sandbox does not know this member (AAA 75)
    await frame.getByRole('alert').getByText(/Your insurer could not find this member/).waitFor()
    const seen = await page.evaluate(() => (window as any).__messages as string[])
    expect(seen.length).toBeGreaterThan(0) // ready + resize reached the host
    for (const value of Object.values(MEMBER)) expect(seen.join('\n')).not.toContain(value)
    await page.close()
  })
})
