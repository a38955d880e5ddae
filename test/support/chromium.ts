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
]
