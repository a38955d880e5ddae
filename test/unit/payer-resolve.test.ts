import { describe, expect, it } from 'vitest'
import { PAYERS, PAYERS_BY_ID } from '../../worker/data/payers'
import { createPayerMatcher } from '../../worker/domain/payer/match'
import { resolvePayer } from '../../worker/domain/payer/resolve'

const matcher = createPayerMatcher(PAYERS)

describe('resolvePayer', () => {
  it('resolves free text with the state into the coverage response shape', () => {
    const payer = resolvePayer(matcher, PAYERS_BY_ID, 'blue cross texas', { state: 'TX' })
    expect(payer).toMatchObject({
      id: 'bcbs-texas',
      name: 'Blue Cross and Blue Shield of Texas',
      kind: 'commercial',
      family: 'bcbs',
      matchedBy: 'alias',
      confidence: 1,
    })
    expect(payer!.alternatives.length).toBeLessThanOrEqual(3)
    for (const alt of payer!.alternatives) {
      expect(Object.keys(alt).sort()).toEqual(['confidence', 'id', 'kind', 'name'])
    }
  })

  it('resolves an {id} exactly', () => {
    expect(resolvePayer(matcher, PAYERS_BY_ID, { id: 'cigna' })).toMatchObject({
      id: 'cigna',
      name: 'Cigna Healthcare',
      confidence: 1,
      matchedBy: 'id',
      behavioralHealthManager: 'evernorth-behavioral-health',
      alternatives: [],
    })
  })

  it('uses the member ID', () => {
    expect(resolvePayer(matcher, PAYERS_BY_ID, '', { memberId: '1EG4-TE5-MK73' })?.id).toBe('medicare')
  })

  it('says when a payer is defunct', () => {
    expect(resolvePayer(matcher, PAYERS_BY_ID, 'bright health')?.status).toBe('defunct')
  })

  it.each([['asdfgh'], [{ id: 'no-such-payer' }]])('%j → null', (input) => {
    expect(resolvePayer(matcher, PAYERS_BY_ID, input)).toBeNull()
  })
})
