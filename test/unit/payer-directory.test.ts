import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { PAYERS, PAYERS_BY_ID } from '../../worker/data/payers'
import { tokenize } from '../../worker/domain/payer/normalize'
import { PAYER_KINDS } from '../../worker/domain/payer/types'
import { US_STATES } from '../../worker/http/schemas/common'

/** The families carrier rules are written by (documented in worker/data/README.md). */
const FAMILIES = [
  'bcbs', 'elevance', 'aetna', 'cigna', 'unitedhealthcare', 'humana', 'kaiser', 'centene',
  'molina', 'medicaid-mco', 'state-medicaid', 'medicare', 'medicare-advantage', 'tricare', 'va',
  'ihs', 'bh-manager', 'regional', 'marketplace',
] as const

const PayerRecordSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  name: z.string().min(2),
  kind: z.enum(PAYER_KINDS),
  states: z.array(z.enum(US_STATES)),
  aliases: z.array(z.string().min(1)),
  family: z.enum(FAMILIES),
  behavioralHealthManager: z.string().optional(),
  payerIds: z.array(z.string().regex(/^[A-Z0-9]{3,10}$/)).optional(),
  memberIdPrefixes: z.array(z.string().regex(/^[A-Z0-9]{3}$/)).optional(),
  memberIdPattern: z.string().optional(),
  status: z.enum(['active', 'defunct']).optional(),
  source: z.url({ protocol: /^https$/ }),
  verified: z.iso.date(),
})

describe('payer directory', () => {
  it('has several hundred payers', () => {
    expect(PAYERS.length).toBeGreaterThanOrEqual(300)
  })

  it.each(PAYERS.map((p) => [p.id, p] as const))('%s is a valid record', (_, payer) => {
    expect(PayerRecordSchema.safeParse(payer).error?.issues ?? []).toEqual([])
  })

  it('has unique ids', () => {
    expect(PAYERS_BY_ID.size).toBe(PAYERS.length)
  })

  it('points every behavioral-health manager to a bh-manager record', () => {
    for (const payer of PAYERS.filter((p) => p.behavioralHealthManager)) {
      expect(PAYERS_BY_ID.get(payer.behavioralHealthManager!)?.family, payer.id).toBe('bh-manager')
    }
  })

  it('compiles every member-ID pattern', () => {
    for (const payer of PAYERS.filter((p) => p.memberIdPattern)) {
      expect(() => new RegExp(payer.memberIdPattern!), payer.id).not.toThrow()
    }
  })

  it('has no alias shared by two payers unless their states tell them apart', () => {
    const owners = new Map<string, typeof PAYERS[number][]>()
    for (const payer of PAYERS) {
      for (const text of new Set([payer.name, ...payer.aliases].map((a) => tokenize(a).join(' ')))) {
        if (!text) continue
        owners.set(text, [...(owners.get(text) ?? []), payer])
      }
    }
    const ambiguous: string[] = []
    for (const [text, payers] of owners) {
      if (payers.length < 2) continue
      const states = payers.flatMap((p) => (p.states.length ? p.states : ['*']))
      if (states.includes('*') || new Set(states).size < states.length) {
        ambiguous.push(`${text}: ${payers.map((p) => p.id).join(', ')}`)
      }
    }
    expect(ambiguous).toEqual([])
  })

  it.each([
    ['every state and DC has its Medicaid program', 'state-medicaid', 51],
  ])('%s', (_, family, count) => {
    const states = new Set(PAYERS.filter((p) => p.family === family).flatMap((p) => p.states))
    expect(US_STATES.slice(0, 51).filter((s) => !states.has(s))).toEqual([])
    expect(states.size).toBeGreaterThanOrEqual(count)
  })

  it('has a Blue company for every state', () => {
    const blue = PAYERS.filter((p) => p.kind === 'commercial' && (p.family === 'bcbs' || /blue/i.test(p.name)))
    const served = new Set(blue.flatMap((p) => p.states))
    expect(US_STATES.slice(0, 51).filter((s) => !served.has(s))).toEqual([])
  })

  it.each(['NY', 'PA', 'WA', 'ID', 'MO', 'KS'])('lists several Blue companies in %s', (state) => {
    const blue = PAYERS.filter(
      (p) => p.kind === 'commercial' && /blue/i.test(p.name) && p.states.includes(state),
    )
    expect(blue.length).toBeGreaterThanOrEqual(2)
  })
})
