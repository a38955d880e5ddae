export const SITEVERIFY_PATH: string
export const TEST_SECRETS: { pass: string; fail: string; spent: string }
export const FAKE_SECRET: string
export const DUMMY_TOKEN: string
export type FakeTurnstile = { url: string; verifyUrl: string; calls: () => number; stop: () => Promise<void> }
export function startFakeTurnstile(options?: { port?: number }): Promise<FakeTurnstile>
