// Debian's Chromium, as every browser test runs it: never a downloaded browser. Shared by the
// lanes' browser servers (global-setup.ts) and the files that launch one of their own (browser.ts).
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export const CHROMIUM_ARGS = [
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
