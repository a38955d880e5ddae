// The exact-check frame and its postMessage protocol in Chromium, with the host page and the
// checker on two real origins of the same Worker (127.0.0.1 hosts, localhost is the checker).
// The host accepts messages only from the frame it created on the checker's origin; forged
// messages from the page itself, from a look-alike frame on the checker's origin and from a
// frame on the host's origin are ignored. PHI typed in the frame never reaches the host page.
// The frame posts the one answer (`coverageCheck`); the host renders exactly it and makes no
// second coverage check.
// The coverage and payer calls to the checker origin are answered by the test (cross-origin
// CORS for the API is not on this branch); the frame page and its script are the real Worker's.
import { readFile } from 'node:fs/promises'
import type { Browser, Frame, Page, Route } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cleanAnswer } from '../../widget/exact-check/protocol'
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

async function hostWithFrame(): Promise<{ page: Page; frame: Frame; host: string; checker: string; problems: () => Promise<string[]>; coverageChecks: () => number }> {
  const host = workerUrl()
  const checker = host.replace('127.0.0.1', 'localhost')
  const page = await browser.newPage({ viewport: { width: 900, height: 1000 } })
  const problems = await watchProblems(page)
  await page.addInitScript(() => {
    const w = window as unknown as { __messages: string[] }
    w.__messages = []
    window.addEventListener('message', (e) => w.__messages.push(JSON.stringify(e.data)))
  })
  let coverageChecks = 0
  await page.route(`${checker}/v1/coverage/checks`, (r) => {
    if (r.request().method() === 'POST') coverageChecks++
    return cors(r, host, fixture)
  })
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
  return { page, frame, host, checker, problems, coverageChecks: () => coverageChecks }
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

/** A well-formed answer (so only its sender can be why it is refused), naming a forged payer. */
const forged = () => {
  const answer = JSON.parse(fixture)
  answer.payer.name = 'Forged Health'
  return { type: 'iop:frame-answer', answer }
}

/** The real API's answer for a sandbox member, asked as staff of the demo partner. */
async function realAnswer(memberId: string) {
  const res = await fetch(`${workerUrl()}/v1/eligibility/checks`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: 'Bearer sk_test_demo', 'Accept-Language': 'en' },
    body: JSON.stringify({ payer: { id: 'aetna' }, memberId, firstName: MEMBER.first, lastName: MEMBER.last, dateOfBirth: MEMBER.dob, program: 'substance_use', state: 'TX' }),
  })
  expect(res.status).toBe(200)
  return ((await res.json()) as { coverageCheck: any }).coverageCheck
}

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

  it('accepts the answer from its own frame, renders exactly it, with no second check and no PHI', async () => {
    const { page, frame, host, coverageChecks } = await hostWithFrame()
    await listenForSummaries(page)
    expect(coverageChecks()).toBe(1) // the quick check
    const answer = await realAnswer('CARVEOUT01-F1')
    // the payer named a manager: the API gives no price and says why
    expect(answer).toMatchObject({ estimate: null, noEstimate: 'manager_holds_benefits', member: { status: 'active' } })
    await frame.evaluate(
      ([target, a, member]) =>
        window.parent.postMessage({ type: 'iop:frame-answer', answer: { ...a, memberId: member.id, subscriber: member } }, target),
      [host, answer, MEMBER] as const,
    )
    await page.getByRole('heading', { name: 'What Aetna says about your plan' }).waitFor()
    const view = page.locator('iop-coverage-checker')
    await expect(view.getAttribute('status')).resolves.toBe(answer.coverage.status)
    await expect(page.getByText('Your plan is active').isVisible()).resolves.toBe(true)
    await expect(view.locator('.price.none p').innerText()).resolves.toBe(
      'Another company manages your behavioral-health benefits and holds the figures a price needs.',
    )
    const conditions = await view.locator('.conditions li').allInnerTexts()
    expect(conditions).toHaveLength(answer.coverage.conditions.length)
    for (const [i, c] of (answer.coverage.conditions as { text: string }[]).entries()) expect(conditions[i]).toContain(c.text)
    await expect(view.locator('.steps li').allInnerTexts()).resolves.toEqual(answer.nextSteps)
    // the event carries the answer as the API composed it, and nothing typed in the frame
    const [detail] = JSON.parse(JSON.stringify(await summaryEvents(page))) as { answer: any }[]
    expect(detail!.answer).toMatchObject({ coverage: { status: answer.coverage.status, conditions: answer.coverage.conditions }, estimate: null, nextSteps: answer.nextSteps })
    for (const value of Object.values(MEMBER)) expect(JSON.stringify(detail)).not.toContain(value)
    await page.waitForTimeout(300) // a second check would have started by now (it used to start at once)
    expect(coverageChecks()).toBe(1)
    await page.close()
  })

  it('ignores a message whose answer is not the one answer\'s shape', async () => {
    const { page, frame, host } = await hostWithFrame()
    await listenForSummaries(page)
    await frame.evaluate(
      (target) => window.parent.postMessage({ type: 'iop:frame-answer', answer: { coverage: { status: 'covered' }, estimate: { patientPays: -1 } } }, target),
      host,
    )
    await expect.poll(() => page.evaluate(() => (window as any).__messages.some((m: string) => m.includes('iop:frame-answer')))).toBe(true)
    await page.waitForTimeout(200)
    expect(await summaryEvents(page)).toEqual([])
    await page.close()
  })

  it.each([
    ['the host page itself', 'self'],
    ['a look-alike frame on the checker origin', 'checker-frame'],
    ['a frame on the host origin', 'host-frame'],
  ])('ignores a forged answer from %s', async (_, from) => {
    const { page, checker } = await hostWithFrame()
    const FORGED = forged()
    expect(cleanAnswer(FORGED.answer)).not.toBeNull() // well-formed: refused for its sender only
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
    await expect(page.getByText('Forged Health').count()).resolves.toBe(0)
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
