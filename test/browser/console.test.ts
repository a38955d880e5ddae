// The admissions console in real Chromium against the real Worker: sign-in by the session
// cookie (and no bearer header afterwards), sign-out, leads (status, owner, start VOB),
// responsiveness at 375 px, and axe on every view. The verification, save and print flows are
// in console-verify.test.ts.
import { mkdir } from 'node:fs/promises'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axe, launchChromium, watchProblems } from '../support/browser'
import { DEMO, staff, widget } from '../support/tenants'
import { api, postJson, workerUrl } from '../support/worker'
import { signIn, consoleEl, SHOTS } from './console-helpers'

let browser: Browser

const LEAD = {
  consent: true,
  consentTextVersion: '2026-11-01',
  name: 'Rosalind Featherstonehaugh',
  phone: '737-555-0164',
  email: 'r.f@example.org',
  preferredTime: 'afternoon',
  message: 'Asking for my son, 19.',
  context: { payerId: 'aetna', state: 'TX', program: 'mental_health', coverageStatus: 'covered', patientPays: 215_000 },
}
let leadId = ''

beforeAll(async () => {
  browser = await launchChromium()
  await mkdir(SHOTS, { recursive: true })
  const res = await postJson('/v1/leads', LEAD, { headers: widget(DEMO.siteKey) })
  expect(res.status).toBe(202)
  leadId = ((await res.json()) as { id: string }).id
})
afterAll(async () => {
  await browser?.close()
})

describe('admissions console: sign-in by session cookie', () => {
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

  it('the sign-in view has an h1 and no axe violations; a wrong key is refused', async () => {
    const page = await browser.newPage()
    await page.goto(workerUrl() + '/console')
    await page.getByRole('heading', { level: 1, name: 'Admissions console' }).waitFor()
    expect(await axe(page)).toEqual([])
    await page.screenshot({ path: `${SHOTS}/console-sign-in.png` })
    await signIn(page, 'sk_test_wrong', { expectSuccess: false })
    await expect(page.getByRole('alert').textContent()).resolves.toContain('not accepted')
    await page.close()
  })

  it('exchanges the key for an HttpOnly __Host- cookie, then calls with the cookie only; sign-out ends the session', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    const problems = await watchProblems(page)
    const calls: { method: string; path: string; authorization: string | undefined; cookie: string | undefined }[] = []
    page.on('request', async (req) => {
      const url = new URL(req.url())
      if (!url.pathname.startsWith('/v1/')) return
      const headers = await req.allHeaders()
      calls.push({ method: req.method(), path: url.pathname, authorization: headers.authorization, cookie: headers.cookie })
    })
    await signIn(page, DEMO.staffKey)
    await page.getByRole('cell', { name: /Rosalind Featherstonehaugh/ }).first().waitFor()

    // The key went out once, to the session endpoint, and the input was cleared.
    const withKey = calls.filter((c) => c.authorization !== undefined)
    expect(withKey.map((c) => `${c.method} ${c.path}`)).toEqual(['POST /v1/staff/sessions'])
    const cookies = await context.cookies()
    const session = cookies.find((c) => c.name === '__Host-iop_staff')
    expect(session).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict', path: '/' })
    expect(session?.domain).not.toMatch(/^\./) // __Host-: no Domain attribute
    const after = calls.slice(calls.findIndex((c) => c.path === '/v1/staff/sessions') + 1)
    expect(after.length).toBeGreaterThan(0)
    for (const c of after) {
      expect(c.authorization).toBeUndefined()
      expect(c.cookie).toContain('__Host-iop_staff=')
    }

    // Nothing readable by the page holds the key or the session.
    const stored = await page.evaluate(() => ({
      local: JSON.stringify(localStorage),
      session: JSON.stringify(sessionStorage),
      cookie: document.cookie,
      url: location.href,
    }))
    expect(JSON.stringify(stored)).not.toContain('sk_test')
    expect(stored.cookie).not.toContain('iop_staff')
    const inputs = await consoleEl(page).evaluate((el) =>
      Array.from(el.shadowRoot?.querySelectorAll('input') ?? [], (i) => i.value).join('|'),
    )
    expect(inputs).not.toContain('sk_test')

    // Every console view, cookie only (no bearer), axe clean.
    for (const tab of ['Verify benefits', 'Saved VOBs', 'Audit log', 'Leads']) {
      await page.getByRole('button', { name: tab, exact: true }).click()
      await page.getByRole('heading', { level: 2, name: tab }).waitFor()
      await page.waitForLoadState('networkidle')
      expect(await axe(page), tab).toEqual([])
    }
    expect(calls.filter((c) => c.authorization !== undefined)).toHaveLength(1)

    // A reload keeps the session (the cookie), without the key.
    await page.reload()
    await page.getByRole('heading', { level: 2, name: 'Leads' }).waitFor()

    // Sign out: the server ends the session; a reload shows the sign-in view again.
    await page.getByRole('button', { name: 'Sign out' }).click()
    await page.getByLabel('Staff key').waitFor()
    await expect(page.getByText('Rosalind').count()).resolves.toBe(0)
    const cookieAfter = (await context.cookies()).find((c) => c.name === '__Host-iop_staff')
    expect(cookieAfter).toBeUndefined()
    await page.reload()
    await page.getByLabel('Staff key').waitFor()
    // The old session token no longer opens anything.
    if (session) {
      const res = await api('/v1/leads', { headers: { Cookie: `__Host-iop_staff=${session.value}` } })
      expect(res.status).toBe(401)
    }
    expect(await problems()).toEqual([])
    await context.close()
  })

  it('an expired or ended session sends the console back to sign-in, saying so', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await signIn(page, DEMO.staffKey)
    // End the session behind the page's back (as expiry would), then act.
    const token = (await context.cookies()).find((c) => c.name === '__Host-iop_staff')!.value
    const ended = await api('/v1/staff/sessions', {
      method: 'DELETE',
      headers: { Cookie: `__Host-iop_staff=${token}`, Origin: workerUrl() },
    })
    expect(ended.status).toBe(204)
    await page.getByRole('button', { name: 'Saved VOBs' }).click()
    await page.getByLabel('Staff key').waitFor()
    await expect(page.getByRole('alert').textContent()).resolves.toContain('session has ended or expired')
    await context.close()
  })
})

describe('admissions console: leads', () => {
  it('sets status and owner (saved, audited), and "Start VOB" carries payer, state and program', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    const problems = await watchProblems(page)
    await signIn(page, DEMO.staffKey)
    const row = page.locator(`tr[data-lead="${leadId}"]`)
    await row.waitFor()
    await row.getByLabel(/Status of Rosalind/).selectOption('contacted')
    await page.getByText('Lead updated: Contacted').waitFor()
    await row.getByLabel(/Owner of Rosalind/).fill('Dana')
    await row.getByLabel(/Owner of Rosalind/).press('Tab')
    await page.getByText('owner Dana').waitFor()
    await page.screenshot({ path: `${SHOTS}/console-leads.png` })

    // The server holds it (a fresh read), and the change was audited.
    const lead = (await (await api(`/v1/leads/${leadId}`, { headers: staff(DEMO.staffKey) })).json()) as { status: string; owner: string | null }
    expect(lead).toMatchObject({ status: 'contacted', owner: 'Dana' })
    const audit = (await (await api('/v1/audit?limit=100', { headers: staff(DEMO.staffKey) })).json()) as {
      entries: { action: string; subjectId: string | null }[]
    }
    expect(audit.entries.filter((e) => e.action === 'lead.update' && e.subjectId === leadId)).toHaveLength(2)

    await row.getByRole('button', { name: /Start VOB/ }).click()
    await page.getByRole('heading', { level: 2, name: 'Verify benefits' }).waitFor()
    await page.getByText('Started from the lead of Rosalind Featherstonehaugh').waitFor()
    await expect(page.getByLabel('State', { exact: true }).inputValue()).resolves.toBe('TX')
    await expect(page.getByLabel('Program').inputValue()).resolves.toBe('mental_health')
    await page.getByTestId('payer-picked').filter({ hasText: '(aetna)' }).waitFor()
    expect(await problems()).toEqual([])
    await page.close()
  })

  it('PATCH /v1/leads/:id is strict, staff-only and tenant-scoped', async () => {
    const patch = (body: unknown, headers = staff(DEMO.staffKey), id = leadId) =>
      api(`/v1/leads/${id}`, { method: 'PATCH', headers: { ...headers, 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
    const bad = await patch({ status: 'closed', name: 'Someone else' })
    expect(bad.status).toBe(400)
    const problem = (await bad.json()) as { errors: { path: string }[] }
    expect(problem.errors.map((e) => e.path).sort()).toEqual(expect.arrayContaining(['status']))
    expect(JSON.stringify(problem)).toContain('name')
    expect((await patch({})).status).toBe(400)
    expect((await patch({ status: 'admitted' }, {})).status).toBe(401)
    expect((await patch({ status: 'admitted' }, staff('sk_test_other'))).status).toBe(404)
    const ok = await patch({ status: 'not_admitted', owner: null })
    expect(ok.status).toBe(200)
    expect(await ok.json()).toMatchObject({ id: leadId, status: 'not_admitted', owner: null })
  })

  it('fits a 375 px phone: no sideways page scroll, the leads table scrolls in its own region; axe clean', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 812 } })
    await signIn(page, DEMO.staffKey)
    await page.locator(`tr[data-lead="${leadId}"]`).waitFor()
    const widths = await page.evaluate(() => ({ doc: document.documentElement.scrollWidth, view: window.innerWidth }))
    expect(widths.doc).toBeLessThanOrEqual(widths.view)
    const region = page.getByRole('region', { name: 'Leads table' })
    const regionBox = await region.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth, right: el.getBoundingClientRect().right }))
    expect(regionBox.scroll).toBeGreaterThan(regionBox.client) // the table scrolls inside
    expect(regionBox.right).toBeLessThanOrEqual(375)
    expect(await axe(page)).toEqual([])
    await page.screenshot({ path: `${SHOTS}/console-leads-375.png` })
    for (const tab of ['Verify benefits', 'Saved VOBs']) {
      await page.getByRole('button', { name: tab, exact: true }).click()
      await page.getByRole('heading', { level: 2, name: tab }).waitFor()
      await page.waitForLoadState('networkidle')
      const w = await page.evaluate(() => document.documentElement.scrollWidth)
      expect(w, tab).toBeLessThanOrEqual(375)
    }
    await page.close()
  })
})
