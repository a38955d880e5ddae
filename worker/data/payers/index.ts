/**
 * @module
 * The payer directory bundled into the Worker, assembled from one file per category. See
 * `worker/data/README.md` for the record shape and how each record's `source` and `verified`
 * date are kept.
 */
import type { PayerRecord } from '../../domain/payer/types'
import { BCBS_PAYERS } from './bcbs'
import { BEHAVIORAL_HEALTH_MANAGERS } from './behavioral-health'
import { MARKETPLACE_PAYERS } from './marketplace'
import { MEDICAID_BEHAVIORAL_HEALTH } from './medicaid-behavioral-health'
import { MEDICAID_MANAGED_CARE } from './medicaid-managed-care'
import { MEDICAID_PROGRAMS } from './medicaid-programs'
import { MEDICARE_PAYERS } from './medicare'
import { MILITARY_VA_PAYERS } from './military-va'
import { NATIONAL_PAYERS } from './national'
import { NETWORK_AND_TPA_PAYERS } from './networks-tpas'
import { PRODUCT_LINE_PAYERS } from './product-lines'
import { REGIONAL_PAYERS } from './regional'
import { SHARING_MINISTRIES } from './sharing-ministries'

/**
 * The carriers whose behavioral-health manager is public and uniform for their commercial,
 * Marketplace and Medicare Advantage business (the same facts as the family rules in
 * `worker/data/rules/families.ts`). A record of such a family that names no manager gets this
 * one, with the manager's own page as `behavioralHealthManagerSource`; Medicaid lines are left
 * alone (states carve behavioral health in or out).
 */
const FAMILY_MANAGERS: ReadonlyMap<string, { id: string; source: string }> = new Map([
  ['unitedhealthcare', { id: 'optum-behavioral-health', source: 'https://www.optum.com/en/business/health-plans/members/behavioral-health.html' }],
  ['cigna', { id: 'evernorth-behavioral-health', source: 'https://www.evernorth.com/behavioral-health' }],
  ['elevance', { id: 'carelon-behavioral-health', source: 'https://www.carelonbehavioralhealth.com/' }],
])
const MANAGED_KINDS: ReadonlySet<string> = new Set(['commercial', 'marketplace', 'medicare_advantage'])

function withFamilyManager(payer: PayerRecord): PayerRecord {
  const manager = FAMILY_MANAGERS.get(payer.family)
  if (!manager || payer.behavioralHealthManager || !MANAGED_KINDS.has(payer.kind) || payer.status) return payer
  return { ...payer, behavioralHealthManager: manager.id, behavioralHealthManagerSource: manager.source }
}

export const PAYERS: readonly PayerRecord[] = [
  ...BCBS_PAYERS,
  ...NATIONAL_PAYERS,
  ...REGIONAL_PAYERS,
  ...MEDICAID_PROGRAMS,
  ...MEDICAID_MANAGED_CARE,
  ...MEDICARE_PAYERS,
  ...MILITARY_VA_PAYERS,
  ...MARKETPLACE_PAYERS,
  ...BEHAVIORAL_HEALTH_MANAGERS,
  ...PRODUCT_LINE_PAYERS,
  ...MEDICAID_BEHAVIORAL_HEALTH,
  ...NETWORK_AND_TPA_PAYERS,
  ...SHARING_MINISTRIES,
].map(withFamilyManager)

/** Records by id, for `{id}` lookups and `behavioralHealthManager` references. */
export const PAYERS_BY_ID: ReadonlyMap<string, PayerRecord> = new Map(PAYERS.map((p) => [p.id, p]))
