// The lanes' Worker runtime (scripts/local-worker.mjs `startBundledWorker`: the deploy bundle on
// Miniflare behind a front isolate) behaves toward clients as wrangler dev and Cloudflare do.
// Without the front isolate, workerd's local server dropped a keep-alive connection after
// answering a request whose body the Worker never read (a 401 to a POST), and the client's next
// request on that connection failed with ECONNRESET.
import { Agent, request } from 'node:http'
import { afterAll, describe, expect, it } from 'vitest'
import { runCron, workerUrl } from '../support/worker'

const agent = new Agent({ keepAlive: true, maxSockets: 1 })
afterAll(() => agent.destroy())

/** One request on the agent's single socket: its status and whether it reused the socket. */
function send(method: string, path: string, body?: string): Promise<{ status: number; reused: boolean }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = body ? { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(body)) } : {}
    const req = request(new URL(path, workerUrl()), { method, agent, headers }, (res) => {
      res.resume()
      res.on('end', () => resolve({ status: res.statusCode ?? 0, reused: req.reusedSocket }))
    })
    req.on('error', reject)
    req.end(body)
  })
}

describe('the local Worker runtime of the tests', () => {
  it('keeps a keep-alive connection after answering a POST whose body the Worker never read', async () => {
    const results = []
    for (let i = 0; i < 3; i++) {
      results.push(await send('POST', '/v1/vobs', '{"memberId":"unread"}')) // 401 before any body read
      results.push(await send('GET', '/health'))
    }
    expect(results.map((r) => r.status)).toEqual([401, 200, 401, 200, 401, 200])
    // one connection for all six: every request after the first reused it
    expect(results.map((r) => r.reused)).toEqual([false, true, true, true, true, true])
  })

  it('runs the Cron Trigger on demand and reports its outcome', async () => {
    const res = await runCron()
    expect(res.status).toBe(200)
    expect(await res.text()).toBe('ok')
  })
})
