/**
 * @module
 * The slice of the API contract (docs/architecture.md §3) the widget reads. Payer search types come from
 * the worker's schemas with `import type`, so no worker code enters the bundle. The coverage
 * check schema is not on this branch yet; these types mirror §3 and should become
 * `import type` from the worker's coverage schema once `worker/http/schemas/coverage.ts` lands.
 */
import type { Condition, Locale, MemberAnswer, NoEstimateReason, Origin } from '../worker/domain/answer/types'
import type { PayerSearchResponse, PayerSearchResult as V01PayerSearchResult } from '../worker/http/schemas/payers'

export type { Condition, MemberAnswer, NoEstimateReason, Origin, PayerSearchResponse }

/**
 * A typeahead result. The payers API adds (v0.2) `inState`: whether the payer offers plans in
 * the `state` asked about (null when it cannot say); read defensively, older answers lack it.
 */
export type PayerSearchResult = V01PayerSearchResult & { inState?: boolean | null }

export type Program = 'substance_use' | 'mental_health'

export type CoverageStatus = 'covered' | 'covered_with_conditions' | 'not_covered' | 'unknown'

/** The element's reflected `status` attribute. */
export type WidgetStatus = 'idle' | 'loading' | CoverageStatus | 'error'

export type CoverageCheckRequest = {
  payer: string | { id: string }
  state?: string
  plan?: string
  program?: Program
}

/**
 * The one answer (worker/domain/answer/types.ts, v0.2) as the widget reads it. Every v0.2 field
 * is optional here, so an API that does not send it yet still renders: no `conditions` → none
 * listed, `basis` absent → `rules`, `estimate: null` → no price.
 */
export type CoverageCheckResponse = {
  locale?: Locale
  basis?: 'rules' | 'payer_271'
  member?: MemberAnswer | null
  noEstimate?: NoEstimateReason | null
  origins?: Record<string, Origin>
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
    conditions?: Condition[]
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
    assumptions: { field: string; value: unknown; why: string; origin?: Origin }[]
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
