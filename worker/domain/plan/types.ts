/**
 * @module
 * A plan as normalized from free text ("Aetna Choice POS II", "Ambetter Silver 1"): the
 * vocabulary shared by plan normalization, the carrier rules and the estimator.
 */

export const PLAN_TYPES = ['HMO', 'PPO', 'EPO', 'POS', 'HDHP', 'INDEMNITY'] as const
export type PlanType = (typeof PLAN_TYPES)[number]

export const MARKETS = [
  'employer',
  'individual',
  'medicaid',
  'medicare',
  'medicare_advantage',
  'tricare',
  'va',
] as const
export type Market = (typeof MARKETS)[number]

export const METAL_TIERS = ['bronze', 'expanded_bronze', 'silver', 'gold', 'platinum', 'catastrophic'] as const
export type MetalTier = (typeof METAL_TIERS)[number]

/**
 * TRICARE beneficiary groups, which pay differently: active-duty service members (nothing),
 * active-duty family members, and retirees with their families, Group A (sponsor entered service
 * before 2018-01-01) or Group B (on or after). `retiree` is a retiree whose group is not stated.
 */
export const BENEFICIARY_GROUPS = [
  'active_duty',
  'active_duty_family',
  'retiree',
  'retiree_group_a',
  'retiree_group_b',
] as const
export type BeneficiaryGroup = (typeof BENEFICIARY_GROUPS)[number]

export type PlanInfo = {
  /** Null when the text names no plan type. */
  type: PlanType | null
  /** Null when neither the text nor the payer's kind tells the market. */
  market: Market | null
  metalTier: MetalTier | null
  /** Health-savings-account eligible (an HDHP paired with an HSA). */
  hsa: boolean
  /** The text as given, trimmed; null when none was given. */
  name: string | null
  /** TRICARE only: the beneficiary group the text names ("TRICARE Prime retiree"); absent if none. */
  beneficiaryGroup?: BeneficiaryGroup
}
