/**
 * @module
 * The slice of the API contract (docs/architecture.md §3) the widget reads. Payer search types come from
 * the worker's schemas with `import type`, so no worker code enters the bundle. The coverage
 * check schema is not on this branch yet; these types mirror §3 and should become
 * `import type` from the worker's coverage schema once `worker/http/schemas/coverage.ts` lands.
 */
import type { PayerSearchResponse, PayerSearchResult } from '../worker/http/schemas/payers'

export type { PayerSearchResponse, PayerSearchResult }

export type Program = 'substance_use' | 'mental_health'

export type CoverageStatus = 'covered' | 'covered_with_conditions' | 'not_covered' | 'unknown'

/** The element's reflected `status` attribute. */
export type WidgetStatus = 'idle' | 'loading' | CoverageStatus | 'error'

export type CoverageCheckRequest = {
  payer: string | { id: string }
  state?: string
  plan?: string
  program?: Program
  /** The member's in-network figures from an exact check (the API reads `remaining` as 271s give it). */
  benefits?: import('./exact-check/protocol').NetworkBenefits
}

export type CoverageCheckResponse = {
  payer: { id: string; name: string; kind: string; confidence?: number } | null
  plan: { type: string | null; market?: string | null; name?: string | null } | null
  coverage: {
    status: CoverageStatus
    priorAuthorization: 'required' | 'not_required' | 'varies' | 'unknown'
    referralRequired?: boolean | null
    behavioralHealthManager?: { name: string; phone?: string | null } | null
    billingCodes?: string[]
    notes?: string[]
    sources?: { title: string; url: string; verified?: string }[]
    rule?: { id: string; version: string } | null
  }
  estimate: {
    currency?: string
    days: number
    chargeTotal: number
    allowedTotal: number
    planPays: number
    patientPays: number
    breakdown?: Record<string, number>
    outOfPocketMaxReachedOnDay: number | null
    weeks: { week: number; patientPays: number; planPays: number }[]
    assumptions: { field: string; value: unknown; why: string }[]
    explanation?: string[]
    range?: { low: number; high: number }
  } | null
  nextSteps: string[]
}

/** RFC 9457 problem details as the API sends them. */
export type Problem = {
  status: number
  code: string
  title?: string
  detail?: string
  errors?: { path: string; message: string }[]
  retryable?: boolean
}

/** The partner's call to action, set as a property: `el.partner = { name, phone, callback: true }`. */
export type PartnerConfig = {
  /** Shown in "Call {name}". */
  name?: string
  /** E.164 or any dialable text; rendered as a `tel:` link. */
  phone?: string
  /** Show the "Request a callback" button (fires `iop-callback-request`). */
  callback?: boolean
}
