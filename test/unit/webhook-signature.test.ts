import { createHmac } from 'node:crypto'
import { Webhook, WebhookVerificationError } from 'standardwebhooks'
import { describe, expect, it } from 'vitest'
import { leadCreatedBody } from '../../worker/domain/delivery/payload'
import { newWebhookSecret, signatureHeader, signedHeaders, standardSignature } from '../../worker/adapters/webhook/signature'

// Verified with the reference `standardwebhooks` package (what partners are told to use), with
// its clock: the timestamps are "now", so its 5-minute tolerance accepts them.
const nowSeconds = () => Math.floor(Date.now() / 1000)

describe('Standard Webhooks signature', () => {
  const body = '{"id":"d-1","type":"lead.created"}'

  it.each([
    ['a new secret (whsec_ + base64)', newWebhookSecret()],
    ['a secret issued before the migration (whsec_ + 64 hex)', `whsec_${'0123456789abcdef'.repeat(4)}`],
  ])('verifies with the standardwebhooks package: %s', async (_, secret) => {
    const headers = await signedHeaders(secret, { id: 'd-1', event: 'lead.created', body, unixSeconds: nowSeconds() })
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body))
  })

  it('is v1,base64(HMAC-SHA256(base64-decoded key, id.timestamp.body)), as node:crypto computes it', async () => {
    const key = Buffer.from('MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', 'base64')
    const secret = `whsec_${key.toString('base64')}`
    const expected = createHmac('sha256', key).update(`msg_1.1795435200.${body}`).digest('base64')
    expect(await standardSignature(secret, 'msg_1', 1795435200, body)).toBe(`v1,${expected}`)
  })

  it.each([
    ['another body', (h: Record<string, string>) => h, body.replace('d-1', 'd-2'), undefined],
    ['another secret', (h: Record<string, string>) => h, body, newWebhookSecret()],
    ['another id', (h: Record<string, string>) => ({ ...h, 'webhook-id': 'd-2' }), body, undefined],
    ['a timestamp an hour old', (h: Record<string, string>) => ({ ...h, 'webhook-timestamp': String(nowSeconds() - 3600) }), body, undefined],
  ])('is refused by the standardwebhooks package for %s', async (_, change, received, otherSecret) => {
    const secret = newWebhookSecret()
    const headers = change(await signedHeaders(secret, { id: 'd-1', event: 'lead.created', body, unixSeconds: nowSeconds() }))
    expect(() => new Webhook(otherSecret ?? secret).verify(received, headers)).toThrow(WebhookVerificationError)
  })

  it('sends the delivery id as webhook-id and keeps the deprecated headers during the migration', async () => {
    const headers = await signedHeaders('whsec_dGVzdA==', { id: 'd-9', event: 'lead.created', body, unixSeconds: 1795435200 })
    expect(headers).toMatchObject({
      'webhook-id': 'd-9',
      'webhook-timestamp': '1795435200',
      'X-IOP-Delivery-Id': 'd-9',
      'X-IOP-Event': 'lead.created',
      'X-IOP-Signature': await signatureHeader('whsec_dGVzdA==', body, 1795435200),
    })
  })
})

describe('X-IOP-Signature (deprecated)', () => {
  it('is t=<unix>,v1=HMAC-SHA256(secret, t + "." + body), as node:crypto computes it', async () => {
    const secret = 'whsec_test'
    const body = '{"id":"d1","type":"lead.created"}'
    const expected = createHmac('sha256', secret).update(`1795435200.${body}`).digest('hex')
    expect(await signatureHeader(secret, body, 1795435200)).toBe(`t=1795435200,v1=${expected}`)
  })

  it('changes with the timestamp, the body and the secret', async () => {
    const base = await signatureHeader('s1', 'body', 100)
    expect(await signatureHeader('s1', 'body', 101)).not.toBe(base.replace('t=100', 't=101'))
    expect(await signatureHeader('s1', 'body!', 100)).not.toBe(base)
    expect(await signatureHeader('s2', 'body', 100)).not.toBe(base)
  })

  it('generates distinct 32-byte secrets in the Standard Webhooks form', () => {
    const a = newWebhookSecret()
    expect(a).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/)
    expect(Buffer.from(a.slice(6), 'base64')).toHaveLength(32)
    expect(newWebhookSecret()).not.toBe(a)
  })
})

describe('lead.created body', () => {
  it('carries the delivery id, the lead and its consent, in a stable shape', () => {
    const at = new Date('2026-11-23T10:00:00.000Z')
    const body = leadCreatedBody('d-1', {
      id: 'l-1',
      partnerId: 'demo',
      createdAt: at,
      consentAt: at,
      consentTextVersion: '2026-11-01',
      contact: { name: 'Jane Roe', phone: '+15125550123' },
      context: { payerId: 'aetna', state: 'TX' },
    })
    expect(JSON.parse(body)).toEqual({
      id: 'd-1',
      type: 'lead.created',
      createdAt: '2026-11-23T10:00:00.000Z',
      partnerId: 'demo',
      lead: {
        id: 'l-1',
        createdAt: '2026-11-23T10:00:00.000Z',
        consent: { at: '2026-11-23T10:00:00.000Z', textVersion: '2026-11-01' },
        contact: { name: 'Jane Roe', phone: '+15125550123' },
        context: { payerId: 'aetna', state: 'TX' },
      },
    })
  })
})

describe('a v0.1 secret that is no base64', () => {
  it('signs with its UTF-8 bytes instead of failing the delivery', async () => {
    const { signingKey } = await import('../../worker/adapters/webhook/signature')
    const secret = 'whsec_legacy_format_secret_for_the_test' // 33 characters after the prefix: no base64
    expect([...signingKey(secret)]).toEqual([...new TextEncoder().encode(secret)])
    // A real base64 secret still decodes to its bytes.
    expect([...signingKey('whsec_AAEC')]).toEqual([0, 1, 2])
  })
})
