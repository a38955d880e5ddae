/**
 * @module
 * The conditions a coverage comes with, each named with its origin (never an unexplained "with
 * conditions"): prior authorization, referral, in-network only, a carve-out manager, visit or day
 * limits, and medical-necessity review when a rule says "with conditions" and names nothing else.
 */
import type { Messages } from '../../i18n/en'
import type { CoverageStatus, PriorAuthorization } from '../coverage/rule-schema'
import type { Condition, Origin } from './types'

export type ConditionFacts = {
  priorAuthorization: { value: PriorAuthorization; origin: Origin }
  referralRequired: { value: boolean | null; origin: Origin }
  outOfNetworkBenefits: { value: boolean | null; origin: Origin }
  manager: { value: { name: string; phone: string | null } | null; origin: Origin }
  authorizationContact: { name: string | null; phone: string | null } | null
  limits: { quantity: number; unit: 'days' | 'visits' | 'hours'; period: string | null }[]
  status: { value: CoverageStatus; origin: Origin }
}

/** Every condition the facts name, in the order a person acts on them. */
export function conditionsFor(f: ConditionFacts, t: Messages): Condition[] {
  const out: Condition[] = []
  const c = t.conditions
  if (f.manager.value)
    out.push({
      kind: 'carve_out',
      text: c.carve_out(f.manager.value.name),
      origin: f.manager.origin,
      contact: { name: f.manager.value.name, phone: f.manager.value.phone },
    })
  if (f.priorAuthorization.value === 'required') {
    const contact = f.authorizationContact?.phone
      ? { name: f.authorizationContact.name ?? '', phone: f.authorizationContact.phone }
      : null
    out.push({ kind: 'prior_authorization', text: c.prior_authorization, origin: f.priorAuthorization.origin, contact })
  }
  if (f.referralRequired.value === true) out.push({ kind: 'referral', text: c.referral, origin: f.referralRequired.origin })
  if (f.outOfNetworkBenefits.value === false)
    out.push({ kind: 'in_network_only', text: c.in_network_only, origin: f.outOfNetworkBenefits.origin })
  for (const limit of f.limits)
    out.push({
      kind: 'visit_limit',
      text: c.visit_limit(limit.quantity, c.units[limit.unit], limit.period),
      origin: 'payer_271',
      limit: { quantity: limit.quantity, unit: limit.unit, period: limit.period },
    })
  // A rule's "covered with conditions" without a specific one: the condition every IOP payer
  // applies (ASAM level-of-care criteria), named rather than left unexplained.
  if (f.status.value === 'covered_with_conditions' && out.length === 0)
    out.push({ kind: 'medical_necessity', text: c.medical_necessity, origin: f.status.origin })
  return out
}

/** "With conditions" only with a named one; "covered" with named conditions says so. */
export function statusWithConditions(status: CoverageStatus, conditions: readonly Condition[]): CoverageStatus {
  if (status === 'covered_with_conditions' && conditions.length === 0) return 'covered'
  if (status === 'covered' && conditions.length > 0) return 'covered_with_conditions'
  return status
}
