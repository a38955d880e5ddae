// Shared steps of the console's browser tests (console*.test.ts).
import type { Locator, Page } from 'playwright-core'
import { expect } from 'vitest'
import { workerUrl } from '../support/worker'

/** Screenshots land in test-results/; the docs copy the ones they show (docs/console.md). */
export const SHOTS = 'test-results'

export const consoleEl = (page: Page): Locator => page.locator('iop-admissions-console')

/** Opens /console and signs in with `key`; waits for the leads view unless a failure is expected. */
export async function signIn(page: Page, key: string, options: { expectSuccess?: boolean } = {}): Promise<void> {
  // Playwright's default (30 s) names this step if it is ever stuck (support/browser.ts).
  await page.goto(workerUrl() + '/console')
  await page.getByLabel('Staff key').fill(key)
  await page.getByRole('button', { name: 'Sign in' }).click()
  if (options.expectSuccess !== false) await page.getByRole('heading', { level: 2, name: 'Leads' }).waitFor()
}

/** Signs in and opens "Verify benefits". */
export async function openVerify(page: Page, key: string): Promise<void> {
  await signIn(page, key)
  await page.getByRole('button', { name: 'Verify benefits', exact: true }).click()
  await page.getByRole('heading', { level: 2, name: 'Verify benefits' }).waitFor()
}

/** Types `typed` in the payer picker, takes the best match and checks it is payer `id`. */
export async function pickPayer(page: Page, typed: string, id: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Insurance company' }).fill(typed)
  await page.getByRole('option').first().waitFor()
  await page.getByRole('combobox', { name: 'Insurance company' }).press('Enter') // the best match
  await expect(page.getByTestId('payer-picked').textContent()).resolves.toContain(`(${id})`)
}

/** What a person must read the same on every surface: verdict, price, prior authorization, conditions. */
export async function shownAnswer(page: Page) {
  const answer = page.getByTestId('answer').first()
  const conditions = answer.getByTestId('conditions').locator('li')
  const text = async (id: string) => ((await answer.getByTestId(id).count()) ? (await answer.getByTestId(id).textContent())?.trim() : null)
  return {
    verdict: (await answer.getByTestId('verdict').textContent())?.trim(),
    patientPays: await text('patient-pays'),
    noPrice: await text('no-price'),
    priorAuth: await text('prior-auth'),
    conditions: (await conditions.allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim()),
  }
}
