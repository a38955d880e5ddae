// A partner's webhook server for tests: Node http on 127.0.0.1, whose behaviour the test switches
// between answering 500, hanging (so the Worker times out), answering 200, and not listening at
// all (connection refused). It records every request and verifies its signature like a partner.
import { createHmac, timingSafeEqual } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export type Mode = 'fail' | 'hang' | 'ok'

export type Received = {
  deliveryId: string
  event: string
  /** The deprecated X-IOP-Signature. */
  signature: string
  /** The Standard Webhooks headers: webhook-id, webhook-timestamp, webhook-signature. */
  standard: Record<string, string>
  body: string
  /** What the receiver answered; null for a request left hanging. */
  answered: number | null
}

/**
 * Partner-side verification: README "Leads and webhooks" snippet, typed, with the clock passed
 * in. Keep the two identical, so the documented code is the tested code.
 */
export function verifySignature(
  rawBody: string | Buffer,
  header: string,
  secret: string,
  nowSeconds = Date.now() / 1000,
  toleranceSeconds = 300,
): boolean {
  const parts = Object.fromEntries(String(header).split(',').map((p) => p.split('=', 2))) as Record<string, string>
  const t = Number(parts.t)
  if (!Number.isInteger(t) || Math.abs(nowSeconds - t) > toleranceSeconds) return false
  const expected = createHmac('sha256', secret).update(`${t}.`).update(rawBody).digest()
  const given = Buffer.from(parts.v1 ?? '', 'hex')
  return given.length === expected.length && timingSafeEqual(given, expected)
}

export class WebhookReceiver {
  mode: Mode = 'fail'
  readonly received: Received[] = []
  #server: Server | undefined
  #port = 0

  get url(): string {
    return `http://127.0.0.1:${this.#port}/hooks/iop`
  }

  /** Starts listening (on the same port as before after a `stop()`). */
  async start(): Promise<void> {
    const server = createServer((req, res) => {
      let body = ''
      req.on('data', (d: Buffer) => (body += d.toString('utf8')))
      req.on('end', () => {
        const entry: Received = {
          deliveryId: String(req.headers['x-iop-delivery-id'] ?? ''),
          event: String(req.headers['x-iop-event'] ?? ''),
          signature: String(req.headers['x-iop-signature'] ?? ''),
          standard: Object.fromEntries(['webhook-id', 'webhook-timestamp', 'webhook-signature'].map((h) => [h, String(req.headers[h] ?? '')])),
          body,
          answered: null,
        }
        this.received.push(entry)
        if (this.mode === 'hang') return
        entry.answered = this.mode === 'ok' ? 200 : 500
        res.writeHead(entry.answered, { 'Content-Type': 'text/plain' }).end(this.mode)
      })
    })
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(this.#port, '127.0.0.1', () => resolve())
    })
    this.#port = (server.address() as AddressInfo).port
    this.#server = server
  }

  /** Stops listening and drops open connections: the next attempt is refused. */
  async stop(): Promise<void> {
    const server = this.#server
    if (!server) return
    this.#server = undefined
    server.closeAllConnections()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  }

  /** Waits until `n` requests have arrived (the Worker delivers in the background). */
  async waitFor(n: number, timeoutMs = 10_000): Promise<void> {
    const until = Date.now() + timeoutMs
    while (this.received.length < n) {
      if (Date.now() > until) throw new Error(`expected ${n} webhook requests, got ${this.received.length}`)
      await new Promise((r) => setTimeout(r, 50))
    }
  }
}
