// The browser the tests run (test/support/chromium.ts): one renderer process for a test page,
// not Chromium 156's three (its WebUI omnibox popup, preloaded per window, and a spare renderer),
// both for the lane's shared browser and for a file's own with switches of its own, whose
// `--disable-features` must join ours rather than replace them (Chromium keeps one).
import type { Browser } from 'playwright-core'
import { afterAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../support/browser'
import { workerUrl } from '../support/worker'

const browsers: Browser[] = []
afterAll(async () => {
  await Promise.all(browsers.map((b) => b.close()))
})

/** What Chromium runs besides the page: its targets of every type, after a page has loaded. */
async function targetsBeside(browser: Browser): Promise<{ type: string; url: string }[]> {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(workerUrl() + '/')
  const cdp = await browser.newBrowserCDPSession()
  const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{}] })) as { targetInfos: { type: string; url: string }[] }
  await cdp.detach()
  await context.close()
  return targetInfos.filter((t) => !t.url.startsWith(workerUrl())).map(({ type, url }) => ({ type, url }))
}

describe("the tests' Chromium", () => {
  it("the lane's browser runs no browser UI beside the page", async () => {
    const browser = await launchChromium()
    browsers.push(browser)
    expect(await targetsBeside(browser)).toEqual([])
  })

  // Its own effect (LocalNetworkAccessChecks off) is what exact-check-frame.test.ts needs, and tests.
  it("a file's own --disable-features joins the suite's instead of replacing them", async () => {
    const browser = await launchChromium(['--disable-features=LocalNetworkAccessChecks'])
    browsers.push(browser)
    expect(await targetsBeside(browser)).toEqual([])
  })
})
