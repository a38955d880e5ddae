// Helpers for tests that run the `iop-coverage` CLI as a child process: the linked binary
// (node_modules/iop-coverage → cli/), small scripted HTTP servers, and generated referral lists.
import { spawn, type ChildProcess } from 'node:child_process'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'

const ROOT = join(import.meta.dirname, '..', '..')
/** The bin `npm install` links; running it checks the link too. */
export const CLI_BIN = join(ROOT, 'node_modules', 'iop-coverage', 'bin', 'iop-coverage.mjs')

export type CliRun = { code: number | null; stdout: string; stderr: string }

/** Starts the CLI; `env` is added to a clean environment (no IOP_API_KEY leaking in). */
export function spawnCli(args: string[], env: Record<string, string> = {}): ChildProcess {
  const { IOP_API_KEY: _k, IOP_API_URL: _u, ...rest } = process.env
  return spawn(process.execPath, [CLI_BIN, ...args], { cwd: ROOT, env: { ...rest, NO_COLOR: '1', ...env }, stdio: 'pipe' })
}

export function runCli(args: string[], env: Record<string, string> = {}, stdin?: string): Promise<CliRun> {
  const child = spawnCli(args, env)
  return collect(child, stdin)
}

export function collect(child: ChildProcess, stdin?: string): Promise<CliRun> {
  let stdout = ''
  let stderr = ''
  child.stdout!.on('data', (d) => (stdout += d))
  child.stderr!.on('data', (d) => (stderr += d))
  if (stdin !== undefined) child.stdin!.end(stdin)
  else child.stdin!.end()
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

export type Recorded = { method: string; url: string; headers: IncomingMessage['headers']; body: string }
export type Handler = (req: Recorded, res: ServerResponse, index: number) => void

/** A local HTTP server answering with `handler`; it records every request it gets. */
export async function scriptedServer(handler: Handler) {
  const requests: Recorded[] = []
  const server = createServer((req, res) => {
    let body = ''
    req.on('data', (d) => (body += d))
    req.on('end', () => {
      const recorded = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body }
      requests.push(recorded)
      handler(recorded, res, requests.length - 1)
    })
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections()
        server.close(() => r())
      }),
  }
}

export function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json', ...headers })
  res.end(JSON.stringify(body))
}

/** A plausible coverage check answer (docs/architecture.md §3 shape). */
export const COVERAGE_ANSWER = {
  payer: { id: 'aetna', name: 'Aetna', kind: 'commercial', confidence: 1, matchedBy: 'alias', alternatives: [] },
  plan: { type: 'PPO', market: 'commercial', name: null },
  coverage: { status: 'covered', priorAuthorization: 'required', referralRequired: false, billingCodes: ['H0015'], notes: [], sources: [] },
  estimate: {
    currency: 'USD', days: 36, chargeTotal: 2160000, allowedTotal: 1440000, planPays: 1100000, patientPays: 340000,
    breakdown: { deductible: 150000, coinsurance: 190000, copay: 0, balanceBilling: 0 },
    outOfPocketMaxReachedOnDay: null, weeks: [], assumptions: [],
  },
  nextSteps: ['Ask the program to request prior authorization.'],
}

/** Data rows (no header) of a CSV text. */
export const dataLines = (csv: string): string[] => csv.split('\n').slice(1).filter(Boolean)
