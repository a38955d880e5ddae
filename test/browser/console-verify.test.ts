// The console's "Verify benefits" in real Chromium against the real Worker: pasted 271s from the
// fixtures (a subscriber with a rejected dependent, a rejection, a carve-out), a real-time check
// through the sandbox clearinghouse for each sandbox member, "Use these benefits" → the one
// answer, save with the call record, the list, and the one-page print. The answer on screen and
// on paper is compared with what the API answers for the same request.
import { readFile } from 'node:fs/promises'
import type { Browser, Page, Request } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axe, launchChromium, watchProblems } from '../support/browser'
import { DEMO, staff, uniqueIp } from '../support/tenants'
import { api, postJson } from '../support/worker'
import { openVerify, pickPayer, SHOTS, shownAnswer } from './console-helpers'

let browser: Browser
const fixture = (name: string) => readFile(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')

/**
 * A 271 with two transactions: Aetna's subscriber (active, SUD benefits in and out of network)
 * and a dependent the payer rejected with AAA 64 (invalid or missing patient ID), built from the
 * Aetna fixture: the subscriber's HL now has a child, and SE01 counts the four added segments.
 */
async function subscriberAndRejectedDependent(): Promise<string> {
  const aetna = await fixture('x12/aetna-sud-in-and-out.x12')
  const se = /SE\*(\d+)\*0001~/.exec(aetna)!
  const dependent = ['HL*4*3*23*0~', 'TRN*2*TRACE*9877281235~', 'NM1*03*1*DOE*JAMIE~', 'AAA*N**64*C~'].join('\n')
  return aetna
    .replace('HL*3*2*22*0~', 'HL*3*2*22*1~')
    .replace(se[0], `${dependent}\nSE*${Number(se[1]) + 4}*0001~`)
}

beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

async function paste(page: Page, x12: string) {
  await page.getByLabel('X12 271 eligibility response').fill(x12)
  await page.getByRole('button', { name: 'Read 271' }).click()
  await page.getByRole('heading', { name: /What the payer says/ }).waitFor()
}

/**
 * Clicks "Use these benefits" and waits for the answer. The console shows the server's own answer
 * for that transaction; it must not post a second coverage check with re-posted figures.
 */
async function useBenefits(page: Page, nth = 0): Promise<void> {
  const reposted: string[] = []
  const watch = (r: Request) => {
    if (new URL(r.url()).pathname === '/v1/coverage/checks') reposted.push(r.method())
  }
  page.on('request', watch)
  await page.getByRole('button', { name: 'Use these benefits' }).nth(nth).click()
  await page.getByTestId('answer').waitFor()
  page.off('request', watch)
  expect(reposted).toEqual([])
}

const asStaff = () => ({ ...staff(DEMO.staffKey), 'CF-Connecting-IP': uniqueIp() })

/** The API's answer for transaction `i` of a pasted 271 (`?estimate=1`), asked directly as staff. */
async function pastedAnswer(x12: string, query: Record<string, string>, i: number): Promise<ApiAnswer & { basis: string }> {
  const res = await api(`/v1/eligibility/x12?${new URLSearchParams({ estimate: '1', ...query })}`, {
    method: 'POST',
    headers: { ...asStaff(), 'Content-Type': 'text/plain' },
    body: x12,
  })
  expect(res.status).toBe(200)
  return ((await res.json()) as { coverageChecks: (ApiAnswer & { basis: string })[] }).coverageChecks[i]!
}

/** The API's answer (`coverageCheck`) for a real-time check request, asked directly as staff. */
async function realTimeAnswer(request: unknown): Promise<ApiAnswer> {
  const res = await postJson('/v1/eligibility/checks', request, { headers: asStaff() })
  expect(res.status).toBe(200)
  return ((await res.json()) as { coverageCheck: ApiAnswer }).coverageCheck
}

type ApiAnswer = {
  coverage: { status: string; priorAuthorization?: string; conditions?: { kind: string; text: string }[] }
  estimate: { patientPays: number } | null
}

/** The same four facts as the API states them, in the console's words (hand-written table). */
function expectedFromApi(a: ApiAnswer) {
  const verdicts: Record<string, string> = {
    covered: 'Covered',
    covered_with_conditions: 'Covered, with conditions',
    not_covered: 'Not covered',
    unknown: 'Not known yet',
  }
  const pa: Record<string, string> = { required: 'Required', not_required: 'Not required', varies: 'Varies', unknown: 'Unknown' }
  const dollars = (cents: number) =>
    `$${Math.floor(cents / 100).toLocaleString('en-US')}.${String(cents % 100).padStart(2, '0')}`
  return {
    verdict: verdicts[a.coverage.status],
    patientPays: a.estimate ? dollars(a.estimate.patientPays) : null,
    priorAuth: a.coverage.priorAuthorization ? pa[a.coverage.priorAuthorization] : null,
    conditionTexts: (a.coverage.conditions ?? []).map((c) => c.text),
  }
}

async function sameAsApi(page: Page, apiAnswer: ApiAnswer) {
  const expected = expectedFromApi(apiAnswer)
  const shown = await shownAnswer(page)
  expect(shown.verdict).toBe(expected.verdict)
  expect(shown.patientPays).toBe(expected.patientPays)
  expect(shown.priorAuth).toBe(expected.priorAuth)
  expect(shown.conditions).toHaveLength(expected.conditionTexts.length)
  expected.conditionTexts.forEach((text, i) => expect(shown.conditions[i]).toContain(text))
  return expected
}

describe('verify benefits from a pasted 271', () => {
  it('shows every transaction: the active subscriber with benefits, and the rejected dependent in words, without "Use these benefits"', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    const problems = await watchProblems(page)
    await openVerify(page, DEMO.staffKey)
    await paste(page, await subscriberAndRejectedDependent())
    const txs = page.getByTestId('transaction')
    await expect(txs.count()).resolves.toBe(2)

    const subscriber = txs.nth(0)
    await expect(subscriber.getByRole('heading').textContent()).resolves.toMatch(/Subscriber[\s\S]*Active/)
    await expect(subscriber.textContent()).resolves.toContain('OPEN ACCESS MANAGED CHOICE')
    // IOP figures from the fixture, in and out of network (EB lines C/G/A with EB12 Y/N).
    const iop = subscriber.locator('table.iop')
    const row = (name: string) => iop.locator('tr', { has: page.locator(`th:text-is("${name}")`) })
    await expect(row('Deductible').locator('td').allTextContents()).resolves.toEqual(['$1,500.00', '$3,000.00'])
    await expect(row('Deductible remaining').locator('td').allTextContents()).resolves.toEqual(['$1,000.00', '$3,000.00'])
    await expect(row('Out-of-pocket max').locator('td').allTextContents()).resolves.toEqual(['$6,000.00', '$12,000.00'])
    await expect(row('Coinsurance (patient share)').locator('td').allTextContents()).resolves.toEqual(['20%', '40%'])
    await expect(row('Prior authorization').locator('td').first().textContent()).resolves.toBe('Required')
    // The decoded EB lines, with their MSG text.
    await subscriber.getByText(/Benefit lines \(EB\) from the 271: 12/).click()
    await subscriber.getByText('“PRIOR AUTHORIZATION REQUIRED FOR INTENSIVE OUTPATIENT”').waitFor()
    await expect(subscriber.getByRole('button', { name: 'Use these benefits' }).count()).resolves.toBe(1)

    const dependent = txs.nth(1)
    await expect(dependent.getByRole('heading').textContent()).resolves.toMatch(/Dependent[\s\S]*Rejected/)
    await expect(dependent.getByTestId('rejection').textContent()).resolves.toMatch(/AAA 64: .*Patient ID/i)
    await expect(dependent.getByTestId('rejection').textContent()).resolves.toContain('What to do next: The payer does not recognize the patient ID')
    await expect(dependent.getByRole('button', { name: 'Use these benefits' }).count()).resolves.toBe(0)
    expect(await axe(page)).toEqual([])
    await page.screenshot({ path: `${SHOTS}/console-multi-transaction.png`, fullPage: true })

    // The one answer for the subscriber's figures, as the API gives it for the same request.
    await useBenefits(page)
    const apiAnswer = await pastedAnswer(await subscriberAndRejectedDependent(), { program: 'substance_use', network: 'in' }, 0)
    // The server's answer rests on the payer's word, which says prior authorization is required.
    expect(apiAnswer.basis).toBe('payer_271')
    expect(apiAnswer.coverage.priorAuthorization).toBe('required')
    await sameAsApi(page, apiAnswer)
    await expect(page.getByTestId('prior-auth').textContent()).resolves.toBe('Required')
    expect(await axe(page)).toEqual([])
    expect(await problems()).toEqual([])
    await page.close()
  })

  it('a rejection (AAA 75) says what to do next and offers no benefits', async () => {
    const page = await browser.newPage()
    await openVerify(page, DEMO.staffKey)
    await paste(page, await fixture('x12/cigna-subscriber-not-found.x12'))
    const tx = page.getByTestId('transaction')
    await expect(tx.count()).resolves.toBe(1)
    await expect(tx.getByTestId('rejection').textContent()).resolves.toMatch(/AAA 75: Subscriber\/Insured Not Found/i)
    await expect(tx.getByTestId('rejection').textContent()).resolves.toContain('no such subscriber')
    await expect(page.getByRole('button', { name: 'Use these benefits' }).count()).resolves.toBe(0)
    expect(await axe(page)).toEqual([])
    await page.close()
  })

  it('a carve-out names the manager and its phone', async () => {
    const page = await browser.newPage()
    await openVerify(page, DEMO.staffKey)
    await page.getByLabel('Program').selectOption('mental_health')
    await paste(page, await fixture('x12/uhc-mh-carved-out-to-optum.x12'))
    const tx = page.getByTestId('transaction')
    await expect(tx.getByTestId('carve-out').textContent()).resolves.toBe('OPTUM BEHAVIORAL HEALTH')
    await expect(tx.textContent()).resolves.toContain('(800) 555-1234')
    await expect(tx.textContent()).resolves.toContain('CHOICE PLUS')
    expect(await axe(page)).toEqual([])
    await page.close()
  })
})

/** The sandbox members (scripts/sandbox-clearinghouse.mjs) and what the console must show for each. */
const MEMBERS: [string, 'active' | 'inactive' | 'carveout' | 'rejected' | 'problem', RegExp | null][] = [
  ['ACTIVE001', 'active', null],
  ['FLAKY00001', 'active', null],
  ['INACTIVE01', 'inactive', null],
  ['CARVEOUT01', 'carveout', null],
  ['NOTFOUND01', 'rejected', /no such subscriber/],
  ['BADID00001', 'rejected', /member ID/],
  ['BADNAME001', 'rejected', /name/],
  ['BADDOB0001', 'rejected', /date of birth/],
  ['BUSY000001', 'problem', /cannot answer right now/],
  ['SLOW000001', 'problem', /did not answer in time/],
  ['GARBLED001', 'problem', /not a readable 271/],
  ['ERROR50001', 'problem', /clearinghouse answered with an error/],
  ['RESET00001', 'problem', /could not be reached/],
]

describe('verify benefits by a real-time check (sandbox clearinghouse)', () => {
  let page: Page
  beforeAll(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await openVerify(page, DEMO.staffKey)
    await pickPayer(page, 'aetna', 'aetna')
    await page.getByLabel('First name').fill('Jane')
    await page.getByLabel('Last name').fill('Doe')
    await page.getByLabel('Date of birth').fill('1985-02-14')
  }, 120_000)
  afterAll(async () => {
    await page?.close()
  })

  it.each(MEMBERS)('%s → %s', async (prefix, kind, words) => {
    await page.getByLabel('Program').selectOption(kind === 'carveout' ? 'mental_health' : 'substance_use')
    await page.getByLabel('Member ID').fill(`${prefix}-C16${process.pid % 1000}`)
    const answered = page.waitForResponse((r) => r.url().endsWith('/v1/eligibility/checks'), { timeout: 30_000 })
    await page.getByRole('button', { name: 'Check eligibility now' }).click()
    await answered
    await page.locator('#verify-form[aria-busy="false"]').waitFor()
    const tx = page.getByTestId('transaction')
    if (kind === 'active') {
      await expect(tx.first().getByRole('heading').textContent()).resolves.toMatch(/Active/)
      await expect(tx.first().textContent()).resolves.toContain('SANDBOX PPO')
      await expect(tx.first().locator('table.iop').count()).resolves.toBe(1)
      await expect(page.getByRole('button', { name: 'Use these benefits' }).count()).resolves.toBeGreaterThan(0)
    } else if (kind === 'inactive') {
      await expect(tx.first().getByRole('heading').textContent()).resolves.toMatch(/Inactive/)
      await expect(page.getByRole('button', { name: 'Use these benefits' }).count()).resolves.toBe(0)
    } else if (kind === 'carveout') {
      await expect(tx.first().getByTestId('carve-out').textContent()).resolves.toBe('OPTUM BEHAVIORAL HEALTH')
      await expect(tx.first().textContent()).resolves.toContain('(800) 555-1234')
    } else if (kind === 'rejected') {
      await expect(page.getByTestId('rejection').textContent()).resolves.toMatch(words!)
      await expect(page.getByTestId('rejection').textContent()).resolves.toContain('What to do next')
      await expect(page.getByRole('button', { name: 'Use these benefits' }).count()).resolves.toBe(0)
    } else {
      await expect(page.getByRole('alert').textContent()).resolves.toMatch(words!)
      await expect(tx.count()).resolves.toBe(0)
    }
    if (prefix === 'ACTIVE001' || prefix === 'BADID00001') {
      expect(await axe(page)).toEqual([])
      await page.screenshot({ path: `${SHOTS}/console-real-time-${kind}.png`, fullPage: true })
    }
  }, 90_000)
})

describe('save, list and print', () => {
  it('saves the VOB with the call record, the list shows it at once, and the one-page print matches the API', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    const problems = await watchProblems(page)
    await openVerify(page, DEMO.staffKey)
    await pickPayer(page, 'aetna', 'aetna')
    await page.getByLabel('State', { exact: true }).fill('TX')
    await page.getByLabel('First name').fill('Jane')
    await page.getByLabel('Last name').fill('Doe')
    await page.getByLabel('Date of birth').fill('1985-02-14')
    await page.getByLabel('Member ID').fill(`ACTIVE001-S${process.pid % 1000}`)
    const sent = page.waitForRequest((r: Request) => new URL(r.url()).pathname === '/v1/eligibility/checks' && r.method() === 'POST')
    await page.getByRole('button', { name: 'Check eligibility now' }).click()
    const request = JSON.parse((await sent).postData() ?? '{}') as Record<string, unknown>
    await page.getByRole('button', { name: 'Use these benefits' }).first().waitFor()
    await useBenefits(page)
    const expected = await sameAsApi(page, await realTimeAnswer(request))
    await page.screenshot({ path: `${SHOTS}/console-verify.png`, fullPage: true })

    await page.getByLabel('Payer call reference').fill('REF-55512')
    await page.getByLabel('Spoke with').fill('Dana, provider services')
    await page.getByLabel('Notes').fill('PA requested through the payer portal.')
    await page.getByRole('button', { name: 'Save VOB' }).click()
    await page.getByText(/VOB saved: reference VOB-[0-9A-F]{4}-[0-9A-F]{4}/).waitFor()
    const reference = (await page.getByTestId('reference').textContent())!.trim()
    expect(reference).toMatch(/^VOB-[0-9A-F]{4}-[0-9A-F]{4}$/)

    // The printed VOB: the call record, the transaction, the same answer as the API, origins, disclaimer.
    const sheet = page.locator('article.sheet')
    for (const text of ['REF-55512', 'Dana, provider services', 'ACTIVE001-S', 'SANDBOX PPO', 'Real-time check', 'not a guarantee of payment']) {
      await expect(sheet.textContent(), text).resolves.toContain(text)
    }
    await expect(sheet.getByTestId('transaction').count()).resolves.toBeGreaterThan(0)
    const printed = await shownAnswer(page)
    expect(printed.verdict).toBe(expected.verdict)
    expect(printed.patientPays).toBe(expected.patientPays)
    expect(printed.priorAuth).toBe(expected.priorAuth)
    expect(printed.conditions).toHaveLength(expected.conditionTexts.length)
    expect(await axe(page)).toEqual([])

    // The list behind "Back" already holds the new VOB (no Refresh).
    await page.getByRole('button', { name: '← Back to saved VOBs' }).click()
    await page.getByRole('cell', { name: reference, exact: true }).waitFor()

    // The saved VOB stored the answer it shows (read back through the API).
    const list = (await (await api('/v1/vobs', { headers: staff(DEMO.staffKey) })).json()) as { vobs: { id: string; reference: string }[] }
    const saved = list.vobs.find((v) => v.reference === reference)!
    const vob = (await (await api(`/v1/vobs/${saved.id}`, { headers: staff(DEMO.staffKey) })).json()) as {
      result: { coverageCheck: ApiAnswer; callReference: string; spokeWith: string; source: string; transactionIndex: number }
    }
    expect(vob.result).toMatchObject({ callReference: 'REF-55512', spokeWith: 'Dana, provider services', source: 'real_time', transactionIndex: 0 })
    expect(expectedFromApi(vob.result.coverageCheck)).toEqual(expected)

    // Print: one Letter page, no console chrome, everything on it.
    await page.getByRole('button', { name: `Print view of ${reference}` }).click()
    await page.getByTestId('reference').waitFor()
    await page.screenshot({ path: `${SHOTS}/console-vob.png`, fullPage: true })
    await page.setViewportSize({ width: 739, height: 979 }) // 8.5 × 11 in less the 0.4 in margins, at 96 px/in
    await page.emulateMedia({ media: 'print' })
    await expect(page.getByRole('button', { name: 'Print', exact: true }).isVisible()).resolves.toBe(false)
    await expect(page.getByRole('navigation').isVisible()).resolves.toBe(false)
    await expect(page.getByTestId('verdict').first().isVisible()).resolves.toBe(true)
    await expect(page.getByText('not a guarantee of payment').isVisible()).resolves.toBe(true)
    await expect(page.getByTestId('origins').first().isVisible()).resolves.toBe(true)
    await page.screenshot({ path: `${SHOTS}/console-print.png`, fullPage: true })
    const pdf = await page.pdf({ format: 'Letter' })
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1)
    await page.emulateMedia({ media: 'screen' })
    expect(await problems()).toEqual([])
    await page.close()
  }, 60_000)
})
