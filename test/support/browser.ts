// Debian's Chromium (chromium.ts), driven by playwright-core.
import { readFileSync } from 'node:fs'
import { chromium, type Browser, type Page, type Route } from 'playwright-core'
import { CHROMIUM_PATH, chromiumArgs } from './chromium'
import { lane } from './lane'

// Playwright's own waits (30 s by default) end before the test does (the integration project's
// 60 s, vitest.config.ts), so that a stuck step fails naming its locator or URL and the call
// log, not as a bare "Test timed out".

/**
 * The browser of the file's lane: one Chromium per lane (global-setup.ts), started once for the
 * run instead of once per file; `close()` ends this file's connection and its contexts, not the
 * browser. `extraArgs` (Chromium switches one file needs, each saying why) launch a browser of
 * the file's own instead.
 */
export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  if (extraArgs.length === 0) return chromium.connect(lane().browserWsEndpoint)
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: chromiumArgs(extraArgs) })
}

// ── helpers for the widget's browser tests ──────────────────────────────────────────────────
/** The policy partners are told to use: no inline script or style, no eval, Trusted Types on. */
export const STRICT_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "frame-src 'self'",
  "img-src 'self'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ')

/**
 * Records everything that should never happen on a page: console errors (CSP violations are
 * reported there too), uncaught errors, and `securitypolicyviolation` events.
 */
export async function watchProblems(page: Page): Promise<() => Promise<string[]>> {
  const problems: string[] = []
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`))
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`))
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] }
    w.__csp = []
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    )
  })
  return async () => [
    ...problems,
    ...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp ?? [])).map((v) => `csp: ${v}`),
  ]
}

/**
 * Serves a hand-made HTML document at `url` (on the Worker's origin, so scripts and API stay
 * real and same-origin) with the given CSP. Only this one document is fulfilled by the test.
 */
export async function serveDocument(page: Page, url: string, body: string, csp?: string): Promise<void> {
  await page.route(url, (route: Route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      headers: csp ? { 'Content-Security-Policy': csp } : {},
      body,
    }),
  )
}

/** axe-core's source, injected with `page.evaluate` (no script tag, so no CSP exception needed). */
export const AXE_SOURCE = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8')

export type AxeViolation = { id: string; impact: string; help: string; nodes: { target: unknown[] }[] }

/** Runs axe on the page (WCAG 2.x A/AA rules) and returns the violations. */
export async function axe(page: Page): Promise<AxeViolation[]> {
  // Injected once per document: compiling its 0.5 MB again for each state checked was about
  // half of an axe run's CPU.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE)
  return page.evaluate(async () => {
    const a = (window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe
    const r = await a.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'] } })
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }))
  })
}
