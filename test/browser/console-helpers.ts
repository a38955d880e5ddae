// Shared steps of the console's browser tests (console*.test.ts).
import type { Locator, Page } from 'playwright-core'
import { workerUrl } from '../support/worker'

/** Screenshots land in test-results/; the docs copy the ones they show (docs/console.md). */
export const SHOTS = 'test-results'

export const consoleEl = (page: Page): Locator => page.locator('iop-admissions-console')

/** Opens /console and signs in with `key`; waits for the leads view unless a failure is expected. */
export async function signIn(page: Page, key: string, options: { expectSuccess?: boolean } = {}): Promise<void> {
  // Generous: the shared test machine can be slow to serve the first page.
  await page.goto(workerUrl() + '/console', { timeout: 90_000 })
  await page.getByLabel('Staff key').fill(key)
  await page.getByRole('button', { name: 'Sign in' }).click()
  if (options.expectSuccess !== false) await page.getByRole('heading', { level: 2, name: 'Leads' }).waitFor()
}
