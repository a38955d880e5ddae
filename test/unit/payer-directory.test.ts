import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { PAYERS, PAYERS_BY_ID } from '../../worker/data/payers'
import { tokenize } from '../../worker/domain/payer/normalize'
import { PAYER_KINDS, PAYER_STATUSES, PRODUCT_LINES } from '../../worker/domain/payer/types'
import { US_STATES } from '../../worker/http/schemas/common'

/** The families carrier rules are written by (documented in worker/data/README.md). */
const FAMILIES = [
  'bcbs', 'elevance', 'aetna', 'cigna', 'unitedhealthcare', 'humana', 'kaiser', 'centene',
  'molina', 'medicaid-mco', 'state-medicaid', 'medicare', 'medicare-advantage', 'tricare', 'va',
  'ihs', 'bh-manager', 'regional', 'marketplace',
] as const

/** Provenance: a record without an https source or an ISO date is refused (issue 14). */
export const ProvenanceSchema = z.object({
  source: z.url({ protocol: /^https?$/ }),
  verified: z.iso.date(),
  basis: z.enum(['verified', 'compiled']).optional(),
})

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
  status: z.enum(PAYER_STATUSES).optional(),
  mergedInto: z
    .strictObject({ id: z.string(), date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/), whatNow: z.string().min(20) })
    .optional(),
  line: z.enum(PRODUCT_LINES).optional(),
  parent: z.string().min(2).optional(),
  notInsurance: z.literal(true).optional(),
  behavioralHealthManagerSource: z.string().min(10).optional(),
  payerIdsByVendor: z.partialRecord(z.enum(['stedi', 'optum', 'caqh-core-soap']), z.string().regex(/^[A-Z0-9]{3,10}$/)).optional(),
  payerIdsSource: z.string().min(10).optional(),
  // Provenance (ProvenanceSchema): http only for the one county agency without https.
  source: z.url({ protocol: /^https?$/ }),
  verified: z.iso.date(),
  // Every record says how its date was earned: re-read that day (verified) or written (compiled).
  basis: z.enum(['verified', 'compiled']),
})

describe('payer directory', () => {
  it('has several hundred payers', () => {
    expect(PAYERS.length).toBeGreaterThanOrEqual(300)
  })

  it.each(PAYERS.map((p) => [p.id, p] as const))('%s is a valid record', (_, payer) => {
    expect(PayerRecordSchema.safeParse(payer).error?.issues ?? []).toEqual([])
  })

  it.each([
    ['no source', { verified: '2026-12-03' }],
    ['no date', { source: 'https://www.aetna.com/' }],
    ['a date that is not ISO', { source: 'https://www.aetna.com/', verified: '12/03/2026' }],
    ['a source that is not a URL', { source: 'from memory', verified: '2026-12-03' }],
    ['an unknown basis', { source: 'https://www.aetna.com/', verified: '2026-12-03', basis: 'guessed' }],
  ])('refuses a record with %s', (_, provenance) => {
    const record = { id: 'x-payer', name: 'X Payer', kind: 'commercial', states: [], aliases: [], family: 'regional', ...provenance }
    expect(PayerRecordSchema.safeParse(record).success).toBe(false)
    expect(ProvenanceSchema.safeParse(provenance).success).toBe(false)
  })

  it('accepts the same record with a source and a date', () => {
    const record = { id: 'x-payer', name: 'X Payer', kind: 'commercial', states: [], aliases: [], family: 'regional', source: 'https://www.aetna.com/', verified: '2026-12-03', basis: 'compiled' }
    expect(PayerRecordSchema.safeParse(record).error?.issues ?? []).toEqual([])
  })

  it('has at least 450 records', () => {
    expect(PAYERS.length).toBeGreaterThanOrEqual(450)
  })

  it('says what became of every merged record, pointing to a live record', () => {
    for (const payer of PAYERS.filter((p) => p.status === 'merged_into' || p.mergedInto)) {
      expect(payer.status, payer.id).toBe('merged_into')
      const successor = PAYERS_BY_ID.get(payer.mergedInto?.id ?? '')
      expect(successor, payer.id).toBeDefined()
      expect(successor?.status ?? 'active', payer.id).toBe('active')
    }
  })

  it('marks exactly the sharing ministries as not insurance', () => {
    for (const payer of PAYERS) {
      expect(payer.notInsurance === true, payer.id).toBe(payer.line === 'sharing_ministry')
      if (payer.notInsurance) expect(payer.kind, payer.id).toBe('other')
    }
  })

  it('gives networks, TPAs and sharing ministries kind other or a carrier kind, never medicaid', () => {
    for (const payer of PAYERS.filter((p) => ['network', 'sharing_ministry'].includes(p.line ?? ''))) {
      expect(payer.kind, payer.id).toBe('other')
    }
  })

  it('has every product line', () => {
    const lines = new Set(PAYERS.map((p) => p.line).filter(Boolean))
    for (const line of ['medicaid_mco', 'marketplace', 'medicare_advantage', 'dsnp', 'tpa', 'network', 'behavioral_health_manager', 'medicaid_behavioral_health', 'sharing_ministry']) {
      expect(lines.has(line as never), line).toBe(true)
    }
  })

  it('has unique ids', () => {
    expect(PAYERS_BY_ID.size).toBe(PAYERS.length)
  })

  it('points every behavioral-health manager to a bh-manager record', () => {
    for (const payer of PAYERS.filter((p) => p.behavioralHealthManager)) {
      // A behavioral-health manager, or a state's Medicaid behavioral-health body (CT BHP).
      const manager = PAYERS_BY_ID.get(payer.behavioralHealthManager!)
      expect(manager?.family === 'bh-manager' || manager?.line === 'medicaid_behavioral_health', payer.id).toBe(true)
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
