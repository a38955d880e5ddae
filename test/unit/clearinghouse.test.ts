import { describe, expect, it } from 'vitest'
import { send270 } from '../../worker/adapters/clearinghouse/sandbox'
import type { Fetcher } from '../../worker/adapters/clearinghouse/types'

const config = { url: 'https://clearinghouse.test/v1/eligibility', apiKey: 'k', timeoutMs: 200 }

/** A fetcher that plays `steps` in order and records each call. */
function scripted(steps: (() => Promise<Response>)[]) {
  const calls: { url: string; init: RequestInit }[] = []
  const fetcher: Fetcher = (url, init) => {
    calls.push({ url, init })
    const step = steps[calls.length - 1]
    if (!step) throw new Error('unexpected call')
    return step()
  }
  return { fetcher, calls }
}

const json = (body: unknown, status = 200) => () => Promise.resolve(new Response(JSON.stringify(body), { status }))
const reset = () => Promise.reject(new TypeError('Network connection lost.'))
const hang = (_: unknown, init?: RequestInit) =>
  new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))))

describe('send270', () => {
  it('posts {"x12"} with the key and idempotency headers and returns the 271', async () => {
    const { fetcher, calls } = scripted([json({ x12: 'ISA*…' })])
    const r = await send270(config, 'ISA*270', 'idem-1', fetcher)
    expect(r).toEqual({ ok: true, value: { x12: 'ISA*…', attempts: 1 } })
    expect(calls[0]!.url).toBe(config.url)
    expect(calls[0]!.init.method).toBe('POST')
    expect(calls[0]!.init.headers).toMatchObject({ Authorization: 'Key k', 'Idempotency-Key': 'idem-1' })
    expect(JSON.parse(calls[0]!.init.body as string)).toEqual({ x12: 'ISA*270' })
  })

  it('retries once after a connection failure, with the same idempotency key', async () => {
    const { fetcher, calls } = scripted([reset, json({ x12: 'ISA*ok' })])
    const r = await send270(config, 'ISA*270', 'idem-2', fetcher)
    expect(r.ok && r.value.attempts).toBe(2)
    expect(calls.map((c) => (c.init.headers as Record<string, string>)['Idempotency-Key'])).toEqual(['idem-2', 'idem-2'])
  })

  it('gives up after the second connection failure', async () => {
    const { fetcher, calls } = scripted([reset, reset])
    expect(await send270(config, 'x', 'k', fetcher)).toEqual({ ok: false, error: { reason: 'transport', attempts: 2 } })
    expect(calls).toHaveLength(2)
  })

  it.each([[500], [503], [429], [400], [401]])('never retries HTTP %d', async (status) => {
    const { fetcher, calls } = scripted([json({ error: 'x' }, status)])
    expect(await send270(config, 'x', 'k', fetcher)).toEqual({ ok: false, error: { reason: 'http', status, attempts: 1 } })
    expect(calls).toHaveLength(1)
  })

  it('never retries a timeout after sending', async () => {
    const calls: number[] = []
    const r = await send270({ ...config, timeoutMs: 30 }, 'x', 'k', (u, init) => {
      calls.push(1)
      return hang(u, init)
    })
    expect(r).toEqual({ ok: false, error: { reason: 'timeout', attempts: 1 } })
    expect(calls).toHaveLength(1)
  })

  it.each([
    ['not JSON', () => Promise.resolve(new Response('<html>'))],
    ['JSON without x12', json({ result: 'ok' })],
    ['empty x12', json({ x12: '  ' })],
    ['x12 not a string', json({ x12: 5 })],
  ])('bad body: %s', async (_name, step) => {
    const { fetcher } = scripted([step])
    expect(await send270(config, 'x', 'k', fetcher)).toEqual({ ok: false, error: { reason: 'bad_body', attempts: 1 } })
  })
})
