/**
 * @module
 * The payer's word from an exact check, laid over a quick answer when no second check can price
 * it (inactive, rejected, carved out): DESIGN.md "No price without a plan to price" and "The
 * payer beats the rules". An active member with figures is checked again by the API instead,
 * which composes the one answer from them.
 */
import type { BenefitsSummary } from '../exact-check/protocol'
import type { Condition, CoverageCheckResponse } from '../types'

export function withExact(r: CoverageCheckResponse, s: BenefitsSummary): CoverageCheckResponse {
  const inactive = s.status === 'inactive' || s.status === 'rejected'
  const carve: Condition[] =
    s.carveOut && !(r.coverage.conditions ?? []).some((c) => c.kind === 'carve_out')
      ? [{ kind: 'carve_out', text: s.carveOut.name, origin: 'payer_271', contact: s.carveOut }]
      : []
  // The answer rests on the payer's word when the payer said no (inactive, rejected), named a
  // manager, or gave the figures the API priced with; an active member without figures keeps
  // the rules' estimate, and says so.
  const payers = inactive || !!s.carveOut || (s.status === 'active' && !!s.inNetwork)
  return {
    ...r,
    basis: payers ? 'payer_271' : (r.basis ?? 'rules'),
    coverage: {
      ...r.coverage,
      status: inactive ? 'not_covered' : r.coverage.status === 'covered' && carve.length ? 'covered_with_conditions' : r.coverage.status,
      behavioralHealthManager: s.carveOut ?? r.coverage.behavioralHealthManager ?? null,
      conditions: inactive ? [] : [...(r.coverage.conditions ?? []), ...carve],
    },
    estimate: inactive || s.carveOut ? null : r.estimate,
    noEstimate: inactive
      ? s.status === 'inactive'
        ? 'member_inactive'
        : 'member_rejected'
      : s.carveOut
        ? 'manager_holds_benefits'
        : (r.noEstimate ?? null),
  }
}
