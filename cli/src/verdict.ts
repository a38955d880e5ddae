/**
 * @module
 * The few fields of an answer (v0.2, the one answer every surface renders) that a person or a
 * spreadsheet needs: who the payer is, the verdict with its named conditions and their origins,
 * and what the course costs, or why there is no price. Read defensively, so a field the API adds
 * or leaves out never breaks a batch (a v0.1 answer reads too).
 */

export type VerdictCondition = { kind: string; text: string; origin: string }

export type Verdict = {
  payerId: string
  payerName: string
  confidence: number | null
  coverageStatus: string
  priorAuthorization: string
  /** Who holds the behavioral-health benefits (a carve-out), with the phone when known. */
  manager: { name: string; phone: string | null } | null
  conditions: VerdictCondition[]
  /** Why there is no price (`estimate` null), e.g. `member_inactive`; null when priced. */
  noEstimate: string | null
  days: number | null
  allowedTotal: number | null
  patientPays: number | null
  planPays: number | null
  oopMaxReachedOnDay: number | null
  range: { low: number; high: number } | null
  nextSteps: string[]
  assumptions: string[]
}

type Obj = Record<string, unknown>
const obj = (v: unknown): Obj => (typeof v === 'object' && v !== null ? (v as Obj) : {})
const str = (v: unknown): string => (typeof v === 'string' ? v : '')
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null)
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])

export function verdictOf(body: unknown): Verdict {
  const b = obj(body)
  const payer = obj(b.payer)
  const coverage = obj(b.coverage)
  const estimate = obj(b.estimate)
  const manager = obj(coverage.behavioralHealthManager)
  const range = obj(estimate.range)
  const low = num(range.low)
  const high = num(range.high)
  return {
    payerId: str(payer.id),
    payerName: str(payer.name),
    confidence: num(payer.confidence),
    coverageStatus: str(coverage.status) || 'unknown',
    priorAuthorization: str(coverage.priorAuthorization),
    manager: str(manager.name) ? { name: str(manager.name), phone: str(manager.phone) || null } : null,
    conditions: list(coverage.conditions).map((c) => {
      const o = obj(c)
      return { kind: str(o.kind), text: str(o.text), origin: str(o.origin) }
    }),
    noEstimate: str(b.noEstimate) || null,
    days: num(estimate.days),
    allowedTotal: num(estimate.allowedTotal),
    patientPays: num(estimate.patientPays),
    planPays: num(estimate.planPays),
    oopMaxReachedOnDay: num(estimate.outOfPocketMaxReachedOnDay),
    range: low !== null && high !== null ? { low, high } : null,
    nextSteps: list(b.nextSteps).filter((s): s is string => typeof s === 'string'),
    assumptions: list(estimate.assumptions).map((a) => {
      const o = obj(a)
      const origin = str(o.origin)
      return `${str(o.field)} = ${JSON.stringify(o.value)}${o.why ? ` (${str(o.why)}${origin ? `; ${origin}` : ''})` : ''}`
    }),
  }
}

/** Why there is no price, in words, for each `noEstimate` reason of the API. */
export const NO_PRICE_WORDS: Readonly<Record<string, string>> = {
  payer_unknown: 'the payer was not recognized',
  payer_defunct: 'this payer no longer offers coverage',
  payer_not_in_state: 'this payer does not offer plans in the state given',
  member_inactive: 'the payer says this coverage is inactive',
  member_rejected: 'the payer could not confirm the member',
  manager_holds_benefits: 'the behavioral-health manager holds the benefits',
  not_covered: 'IOP is not covered this way',
}
