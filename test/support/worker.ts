// Helpers for tests that talk to the local Worker started by global-setup.ts (the file's lane).
import { readFile } from 'node:fs/promises'
import { lane } from './lane'

export const workerUrl = (): string => lane().workerUrl

/** `fetch` against the local Worker: `api('/health')`. */
export const api = (path: string, init?: RequestInit): Promise<Response> =>
  fetch(new URL(path, workerUrl()), init)

export const postJson = (path: string, body: unknown, init: RequestInit = {}): Promise<Response> =>
  api(path, {
    ...init,
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...init.headers },
    body: JSON.stringify(body),
  })

/**
 * Runs the Cron Trigger (`* * * * *`: webhook sweep, purges) once on the file's Worker and answers
 * when it has finished: 200 `ok`, or 500 with the outcome.
 */
export const runCron = (): Promise<Response> => fetch(`${lane().cronUrl}?cron=${encodeURIComponent('* * * * *')}`)

/** Everything the Worker has printed so far. */
export async function workerLogs(): Promise<string> {
  await new Promise((r) => setTimeout(r, 300)) // lines a request printed just now reach the file
  return readFile(lane().workerLogFile, 'utf8')
}

/** Asserts a response is RFC 9457 problem+json and returns the problem. */
export async function expectProblem(res: Response, status: number) {
  const { expect } = await import('vitest')
  expect(res.status).toBe(status)
  expect(res.headers.get('content-type')).toBe('application/problem+json')
  const problem = (await res.json()) as {
    type: string
    title: string
    status: number
    detail: string
    code: string
    errors?: { path: string; message: string }[]
    requestId?: string
  }
  expect(problem.status).toBe(status)
  expect(problem.title).toEqual(expect.any(String))
  expect(problem.detail).toEqual(expect.any(String))
  expect(problem.code).toEqual(expect.any(String))
  return problem
}
