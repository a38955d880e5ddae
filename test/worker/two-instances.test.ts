// Issue 13: a second `npm start` with another PORT used to fail (the sandbox clearinghouse bound
// a fixed port). Starts two instances side by side with only PORT different, and runs a real-time
// check through each, so each has its own working sandbox. Slow (two widget builds and two
// wrangler dev starts): about a minute on the shared 2-core machine.
import { spawn, type ChildProcess } from 'node:child_process'
import { afterAll, describe, expect, it } from 'vitest'
import { freePort } from '../../scripts/local-worker.mjs'
import { DEMO, staff } from '../support/tenants'

const started: ChildProcess[] = []

/** Runs `npm start` (node scripts/start.mjs) with PORT and resolves with its URL once it serves. */
function npmStart(port: number): Promise<string> {
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    env: { ...process.env, PORT: String(port), WRANGLER_SEND_METRICS: 'false', SANDBOX_PORT: '' },
    stdio: 'pipe',
  })
  started.push(child)
  let output = ''
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm start on ${port} did not start:\n${output}`)), 150_000)
    const onData = (d: Buffer) => {
      output += d
      const ready = /IOP Coverage Checker: demo page (http:\/\/[\d.:]+)\//.exec(output)
      if (ready) {
        clearTimeout(timer)
        resolve(ready[1]!)
      }
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', onData)
    child.on('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`npm start on ${port} exited with ${code}:\n${output}`))
    })
  })
}

afterAll(async () => {
  await Promise.all(
    started.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null) return resolve()
          child.once('exit', () => resolve())
          child.kill('SIGTERM')
          setTimeout(() => child.kill('SIGKILL'), 10_000).unref()
        }),
    ),
  )
}, 30_000)

describe('two local instances side by side', () => {
  it('PORT alone starts a second instance; both serve real-time checks', { timeout: 300_000 }, async () => {
    const [portA, portB] = [await freePort(), await freePort()]
    const a = await npmStart(portA)
    const b = await npmStart(portB)
    expect(a).toBe(`http://127.0.0.1:${portA}`)
    expect(b).toBe(`http://127.0.0.1:${portB}`)
    for (const url of [a, b]) {
      expect((await fetch(`${url}/health`)).status).toBe(200)
      const res = await fetch(`${url}/v1/eligibility/checks`, {
        method: 'POST',
        headers: { ...staff(DEMO.staffKey), 'Content-Type': 'application/json' },
        body: JSON.stringify({ payer: 'aetna', memberId: `ACTIVE001-${portA}`, firstName: 'Ines', lastName: 'Varga', dateOfBirth: '1990-03-03' }),
      })
      expect(res.status).toBe(200)
      expect(((await res.json()) as { transactions: { status: string }[] }).transactions[0]!.status).toBe('active')
    }
  })
})
