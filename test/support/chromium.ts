// Debian's Chromium, as every browser test runs it: never a downloaded browser. Shared by the
// lanes' browser servers (global-setup.ts) and the files that launch one of their own (browser.ts).
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

const SWITCHES = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // V8 without its optimizing tier: a test page lives seconds, so optimizing its code costs
  // more CPU than it saves (~10 % of Chromium's CPU in the browser files, measured on
  // widget-v2, widget-flow and console-verify); what the page does is the same.
  '--js-flags=--no-opt',
]

// Chromium 156 draws the omnibox popup as WebUI and preloads it, for every window, in a renderer
// of its own that lays itself out again as the page loads; and it keeps a spare renderer warm
// for the next navigation. That was three renderer processes per test page where the page needs
// one, and half of the renderers' CPU in the suite (68 → 34 CPU-s a run, README "Test"). Neither is web content: the page
// under test, its frames and their processes are the same without them.
const DISABLED_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup', 'SpareRendererForSitePerProcess']

const FEATURES = '--disable-features='

/**
 * The switches, with `extra` (a file's own, each saying why) added. Chromium takes one
 * `--disable-features` from us (a second one replaces the first), so a file's features join
 * these in a single switch.
 */
export function chromiumArgs(extra: string[] = []): string[] {
  const features = [...DISABLED_FEATURES, ...extra.filter((a) => a.startsWith(FEATURES)).flatMap((a) => a.slice(FEATURES.length).split(','))]
  return [...SWITCHES, ...extra.filter((a) => !a.startsWith(FEATURES)), FEATURES + features.join(',')]
}
