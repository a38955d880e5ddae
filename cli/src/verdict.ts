/**
 * @module
 * The few fields of a coverage check response that a person or a spreadsheet needs: who the
 * payer is, the coverage verdict, and what the course costs. Read defensively, so a field the
 * API adds or leaves out never breaks a batch.
 */

export type Verdict = {
  payerId: string
  payerName: string
  confidence: number | null
  coverageStatus: string
  priorAuthorization: string
  days: number | null
  allowedTotal: number | null
  patientPays: number | null
  planPays: number | null
  oopMaxReachedOnDay: number | null
  nextSteps: string[]
  assumptions: string[]
}

type Obj = Record<string, unknown>
const obj = (v: unknown): Obj => (typeof v === 'object' && v !== null ? (v as Obj) : {})
const str = (v: unknown): string => (typeof v === 'string' ? v : '')
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null)

export function verdictOf(body: unknown): Verdict {
  const b = obj(body)
  const payer = obj(b.payer)
  const coverage = obj(b.coverage)
  const estimate = obj(b.estimate)
  return {
    payerId: str(payer.id),
    payerName: str(payer.name),
    confidence: num(payer.confidence),
    coverageStatus: str(coverage.status) || 'unknown',
    priorAuthorization: str(coverage.priorAuthorization),
    days: num(estimate.days),
    allowedTotal: num(estimate.allowedTotal),
    patientPays: num(estimate.patientPays),
    planPays: num(estimate.planPays),
    oopMaxReachedOnDay: num(estimate.outOfPocketMaxReachedOnDay),
    nextSteps: Array.isArray(b.nextSteps) ? b.nextSteps.filter((s): s is string => typeof s === 'string') : [],
    assumptions: Array.isArray(estimate.assumptions)
      ? estimate.assumptions.map((a) => {
          const o = obj(a)
          return `${str(o.field)} = ${JSON.stringify(o.value)}${o.why ? ` (${str(o.why)})` : ''}`
        })
      : [],
  }
}
