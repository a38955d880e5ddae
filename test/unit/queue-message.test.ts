// The LEAD_DELIVERIES message (worker/domain/delivery/queue-message.ts): two ids and nothing else,
// and queue delays that never bring a message back before its row is due.
import { describe, expect, it } from 'vitest'
import { MAX_QUEUE_DELAY_SECONDS, parseLeadDeliveryMessage, queueDelaySeconds } from '../../worker/domain/delivery/queue-message'

const now = new Date('2026-12-03T08:00:00.000Z')
const after = (ms: number) => new Date(now.getTime() + ms)

describe('parseLeadDeliveryMessage', () => {
  it('accepts exactly an outbox id and a partner id', () => {
    expect(parseLeadDeliveryMessage({ outboxId: 'a1', partnerId: 'demo' })).toEqual({ outboxId: 'a1', partnerId: 'demo' })
  })
  it.each([
    ['null', null],
    ['a string', 'a1'],
    ['an array', ['a1', 'demo']],
    ['a missing partner', { outboxId: 'a1' }],
    ['an extra field (a body would be PHI)', { outboxId: 'a1', partnerId: 'demo', name: 'x' }],
    ['an empty id', { outboxId: '', partnerId: 'demo' }],
    ['a number id', { outboxId: 1, partnerId: 'demo' }],
  ])('refuses %s', (_name, body) => {
    expect(parseLeadDeliveryMessage(body)).toBeNull()
  })
})

describe('queueDelaySeconds', () => {
  it('rounds up, so the message is never back before the row is due', () => {
    expect(queueDelaySeconds(after(29_001), now)).toBe(30)
    expect(queueDelaySeconds(after(30_000), now)).toBe(30)
  })
  it('is 0 for a time already past', () => {
    expect(queueDelaySeconds(after(-5_000), now)).toBe(0)
  })
  it('holds up to Queues’ 12 h and leaves anything later to the sweeper', () => {
    expect(MAX_QUEUE_DELAY_SECONDS).toBe(12 * 3600)
    expect(queueDelaySeconds(after(12 * 3600_000), now)).toBe(43_200)
    expect(queueDelaySeconds(after(12 * 3600_000 + 1), now)).toBeNull()
    expect(queueDelaySeconds(after(24 * 3600_000), now)).toBeNull() // the backoff's daily retries
  })
})
