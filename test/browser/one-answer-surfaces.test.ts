// One scenario, five surfaces (issue 12, DESIGN.md "The one answer"): the real-time check of the
// sandbox member ACTIVE001 with Aetna in Texas for substance use, as the API answers it, as the
// CLI prints it, as the console shows it after "Use these benefits", on the printed VOB, and in
// the widget after the exact check. Each surface must show the API's verdict (in that surface's
// own words, from its catalog), the API's price (the one money formatter) and every condition the
// API names. Expected values come from the API's answer and the formatter, never from a surface.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page, Request } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { NO_PRICE_WORDS } from '../../cli/src/verdict'
import { noEstimateLabel, verdictLabel } from '../../widget/console/format'
import { view as widgetWords } from '../../widget/i18n/en'
import { formatMoney } from '../../worker/domain/money/format'
import { launchChromium, watchProblems } from '../support/browser'
import { runCli } from '../support/cli'
import { DEMO, staff, uniqueIp } from '../support/tenants'
import { postJson, workerUrl } from '../support/worker'
import { openVerify, pickPayer, shownAnswer } from './console-helpers'

/** The scenario: one member, one payer, one state, one program. */
const PERSON = { firstName: 'Jane', lastName: 'Doe', dateOfBirth: '1985-02-14' }
const REQUEST = {
  payer: { id: 'aetna' },
  // The sandbox answers by member ID prefix (scripts/sandbox-clearinghouse.mjs SANDBOX_MEMBERS).
  memberId: `ACTIVE001-FIVE${process.pid % 1000}`,
  ...PERSON,
  program: 'substance_use',
  state: 'TX',
}

type ApiAnswer = {
  basis: string
  coverage: { status: string; conditions: { kind: string; text: string }[] }
  estimate: { patientPays: number } | null
  noEstimate: string | null
}

let browser: Browser
let answer: ApiAnswer

beforeAll(async () => {
  browser = await launchChromium()
  // (a) The API, asked directly as staff: the answer every other surface must render.
  const res = await postJson('/v1/eligibility/checks', REQUEST, { headers: { ...staff(DEMO.staffKey), 'CF-Connecting-IP': uniqueIp() } })
  expect(res.status).toBe(200)
  answer = ((await res.json()) as { coverageCheck: ApiAnswer }).coverageCheck
}, 120_000)
afterAll(async () => {
  await browser?.close()
})

/** A browser context with its own client address, so no per-IP limit is shared with other files. */
async function newPage(): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ extraHTTPHeaders: { 'CF-Connecting-IP': uniqueIp() }, viewport: { width: 1280, height: 900 } })
  return { page: await context.newPage(), close: () => context.close() }
}

const conditionTexts = () => answer.coverage.conditions.map((c) => c.text)

describe('one answer on five surfaces: ACTIVE001, Aetna, TX, substance use', () => {
  it('(a) the API answers from the payer’s word, with a verdict and named conditions', () => {
    // The scenario exercises what the surfaces must agree on: the 271 as the basis, a verdict,
    // and at least one named condition (the sandbox says prior authorization is required).
    expect(answer.basis).toBe('payer_271')
    expect(Object.keys(widgetWords)).toContain(answer.coverage.status)
    expect(answer.coverage.conditions.length).toBeGreaterThan(0)
    expect(answer.estimate !== null || answer.noEstimate !== null).toBe(true)
  })

  it('(b) the CLI: `iop-coverage eligibility FILE` prints the same verdict, price and conditions', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'one-answer-'))
    try {
      const file = join(dir, 'member.json')
      await writeFile(file, JSON.stringify(REQUEST))
      const run = await runCli(['eligibility', file, '--api', workerUrl(), '--key', DEMO.staffKey])
      expect(run.stderr).toBe('')
      expect(run.code).toBe(0)
      const lines = run.stdout.split('\n')
      // cli/src/answer-lines.ts words the verdict as the status with spaces, and prices in cents.
      expect(lines.find((l) => l.startsWith('Coverage '))).toMatch(new RegExp(`^Coverage +${answer.coverage.status.replaceAll('_', ' ')}(,|$)`))
      const estimate = lines.find((l) => l.startsWith('Estimate '))
      if (answer.estimate) expect(estimate).toContain(`patient pays ${formatMoney(answer.estimate.patientPays, 'always')}`)
      else expect(estimate).toContain(`none: ${NO_PRICE_WORDS[answer.noEstimate!]}`)
      for (const text of conditionTexts()) expect(lines.some((l) => l.startsWith('  - ') && l.includes(text)), text).toBe(true)
      // No PHI in the terminal: the member's name and ID are never printed.
      for (const phi of [REQUEST.memberId, PERSON.firstName, PERSON.lastName, PERSON.dateOfBirth]) expect(run.stdout).not.toContain(phi)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  }, 60_000)

  it('(c) the console after "Use these benefits", and (d) the printed VOB, show the same answer', async () => {
    const { page, close } = await newPage()
    const problems = await watchProblems(page)
    await openVerify(page, DEMO.staffKey)
    await pickPayer(page, 'aetna', 'aetna')
    await page.getByLabel('State', { exact: true }).fill(REQUEST.state)
    await page.getByLabel('Program').selectOption(REQUEST.program)
    await page.getByLabel('First name').fill(PERSON.firstName)
    await page.getByLabel('Last name').fill(PERSON.lastName)
    await page.getByLabel('Date of birth').fill(PERSON.dateOfBirth)
    await page.getByLabel('Member ID').fill(REQUEST.memberId)
    const sent = page.waitForRequest((r: Request) => new URL(r.url()).pathname === '/v1/eligibility/checks' && r.method() === 'POST')
    await page.getByRole('button', { name: 'Check eligibility now' }).click()
    // The console asked for the scenario (its form adds the default course and network).
    expect(JSON.parse((await sent).postData() ?? '{}')).toMatchObject(REQUEST)
    await page.getByRole('button', { name: 'Use these benefits' }).first().click()
    await page.getByTestId('answer').waitFor()

    const expectConsoleAnswer = (shown: Awaited<ReturnType<typeof shownAnswer>>) => {
      expect(shown.verdict).toBe(verdictLabel(answer.coverage.status))
      expect(shown.patientPays).toBe(answer.estimate ? formatMoney(answer.estimate.patientPays, 'always') : null)
      expect(shown.noPrice).toBe(answer.estimate ? null : noEstimateLabel(answer.noEstimate))
      expect(shown.conditions).toHaveLength(answer.coverage.conditions.length)
      conditionTexts().forEach((text, i) => expect(shown.conditions[i]).toContain(text))
    }
    expectConsoleAnswer(await shownAnswer(page))

    // (d) Save, then the print view from the saved list, printed as paper.
    await page.getByRole('button', { name: 'Save VOB' }).click()
    await page.getByText(/VOB saved: reference VOB-[0-9A-F]{4}-[0-9A-F]{4}/).waitFor()
    const reference = (await page.getByTestId('reference').textContent())!.trim()
    await page.getByRole('button', { name: '← Back to saved VOBs' }).click()
    await page.getByRole('button', { name: `Print view of ${reference}` }).click()
    await page.locator('article.sheet').getByTestId('answer').waitFor()
    await page.emulateMedia({ media: 'print' })
    await expect(page.getByTestId('verdict').first().isVisible()).resolves.toBe(true)
    expectConsoleAnswer(await shownAnswer(page))
    await page.screenshot({ path: 'test-results/one-answer-vob-print.png', fullPage: true })
    expect(await problems()).toEqual([])
    await close()
  }, 120_000)

  it('(e) the widget on the demo page, after the exact check for the member, shows the same answer', async () => {
    const { page, close } = await newPage()
    const problems = await watchProblems(page)
    await page.addInitScript(() => {
      const w = window as unknown as { __events: unknown[] }
      w.__events = []
      document.addEventListener('iop-check-complete', (e) => w.__events.push((e as CustomEvent).detail))
    })
    const events = () => page.evaluate(() => (window as unknown as { __events: { kind: string; status: string }[] }).__events)
    const host = page.locator('iop-coverage-checker')
    await page.goto(workerUrl() + '/')
    // The quick check: Aetna in Texas (substance use is the form's default program).
    await page.getByRole('combobox', { name: 'Insurance company' }).fill('aetna')
    await page.getByRole('option', { name: 'Aetna', exact: true }).click()
    await page.getByLabel('State', { exact: true }).selectOption(REQUEST.state)
    await page.getByRole('button', { name: 'Check my coverage' }).click()
    await expect.poll(() => events().then((es) => es.at(-1)?.kind)).toBe('quick')

    // The exact check in the frame, for the same member.
    await page.getByRole('button', { name: 'Check with my member ID' }).click()
    const iframe = host.locator('iframe[title="Secure exact coverage check"]')
    await iframe.waitFor()
    const frame = (await (await iframe.elementHandle())!.contentFrame())!
    await frame.getByText('Verified (local Turnstile stand-in)').waitFor()
    await frame.getByLabel('Member ID').fill(REQUEST.memberId)
    await frame.getByLabel('First name').fill(PERSON.firstName)
    await frame.getByLabel('Last name').fill(PERSON.lastName)
    await frame.getByLabel('Date of birth').fill(PERSON.dateOfBirth)
    const sent = page.waitForRequest((r: Request) => new URL(r.url()).pathname === '/v1/eligibility/checks' && r.method() === 'POST')
    // After the exact check the widget renders the eligibility response's answer: no second check.
    const rechecks: string[] = []
    page.on('request', (r) => void (new URL(r.url()).pathname === '/v1/coverage/checks' && rechecks.push(r.method())))
    await frame.getByRole('button', { name: 'Check exact benefits' }).click()
    expect(JSON.parse((await sent).postData() ?? '{}')).toEqual(REQUEST)
    await expect.poll(() => events().then((es) => es.at(-1)?.kind), { timeout: 30_000 }).toBe('exact')
    await host.getByText(widgetWords.yourBenefits, { exact: true }).first().waitFor()
    expect(rechecks).toEqual([])

    expect((await host.locator('#verdict-title').textContent())?.trim()).toBe(widgetWords[answer.coverage.status as keyof typeof widgetWords])
    await expect(host.getAttribute('status')).resolves.toBe(answer.coverage.status)
    if (answer.estimate) {
      await expect(host.locator('.price .big').textContent()).resolves.toBe(formatMoney(answer.estimate.patientPays))
    } else {
      await expect(host.locator('.price.none p').textContent()).resolves.toBe(widgetWords[`n.${answer.noEstimate}` as keyof typeof widgetWords])
    }
    const shown = (await host.locator('.conditions li').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim())
    expect(shown).toHaveLength(answer.coverage.conditions.length)
    conditionTexts().forEach((text, i) => expect(shown[i], text).toContain(text))
    await page.screenshot({ path: 'test-results/one-answer-widget.png', fullPage: true })
    expect(await problems()).toEqual([])
    await close()
  }, 120_000)
})
