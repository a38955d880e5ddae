// Issue 13 (scale): one partner's dead webhook must not delay everyone's leads. On 0.1 the cron
// took the 25 oldest due rows and sent them one by one; expected groups below are worked out by
// hand from the rule in worker/domain/delivery/fair-drain.ts.
import { describe, expect, it } from 'vitest'
import { fairBatches, type DueDelivery } from '../../worker/domain/delivery/fair-drain'

const at = (minute: number) => `2026-12-03T06:${String(minute).padStart(2, '0')}:00.000Z`

describe('fairBatches', () => {
  it('a partner with 100 old rows does not starve a partner with one newer row', () => {
    const dead: DueDelivery[] = Array.from({ length: 100 }, (_, i) => ({ id: `dead-${i}`, partnerId: 'dead', dueAt: at(0) }))
    const healthy: DueDelivery = { id: 'ok-1', partnerId: 'healthy', dueAt: at(30) }
    const groups = fairBatches([...dead, healthy], 25, 5)
    expect(groups).toEqual([['dead-0', 'dead-1', 'dead-2', 'dead-3', 'dead-4'], ['ok-1']])
  })

  it('takes partners in turn up to the limit, oldest partner first', () => {
    const due: DueDelivery[] = [
      { id: 'b1', partnerId: 'b', dueAt: at(2) },
      { id: 'a1', partnerId: 'a', dueAt: at(1) },
      { id: 'a2', partnerId: 'a', dueAt: at(3) },
      { id: 'c1', partnerId: 'c', dueAt: at(4) },
      { id: 'a3', partnerId: 'a', dueAt: at(5) },
      { id: 'b2', partnerId: 'b', dueAt: at(6) },
    ]
    // Round 1: a1, b1, c1; round 2: a2, b2 → limit 5 reached before a3.
    expect(fairBatches(due, 5, 5)).toEqual([['a1', 'a2'], ['b1', 'b2'], ['c1']])
  })

  it('nothing due, nothing to do', () => {
    expect(fairBatches([], 25, 5)).toEqual([])
  })
})
