import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { leadCreatedBody } from '../../worker/domain/delivery/payload'
import { newWebhookSecret, signatureHeader } from '../../worker/adapters/webhook/signature'

describe('webhook signature', () => {
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

  it('generates distinct 32-byte secrets', () => {
    const a = newWebhookSecret()
    expect(a).toMatch(/^whsec_[0-9a-f]{64}$/)
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
