export const SITEVERIFY_PATH: string
export const TEST_SECRETS: { pass: string; fail: string; spent: string }
export const FAKE_SECRET: string
export const DUMMY_TOKEN: string
export const SCRIPT_PATH: string
export type FakeTurnstile = { url: string; verifyUrl: string; scriptUrl: string; calls: () => number; stop: () => Promise<void> }
export function startFakeTurnstile(options?: { port?: number }): Promise<FakeTurnstile>
