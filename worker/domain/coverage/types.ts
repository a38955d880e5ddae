/**
 * @module
 * The coverage check's input and answer, as the domain sees them: the HTTP schemas validate the
 * same shape, and the route hands it over unchanged.
 */
import type { EstimateResult, Network } from '../estimate/types'
import type { MatchedBy, PayerKind } from '../payer/types'
import type { Market, MetalTier, PlanType } from '../plan/types'
import type { CoverageStatus, PriorAuthorization, Program, SourceRef } from './rule-schema'

export type BenefitsInput = {
  deductible?: { total: number; met?: number }
  outOfPocketMax?: { total: number; met?: number }
  coinsurance?: number
  copay?: number
  deductibleApplies?: boolean
}

export type TreatmentInput = {
  daysPerWeek?: number
  weeks?: number
  chargePerDay?: number
  allowedPerDay?: number
}

/** A partner's in-network contract with the payer (from D1): used when the request is silent. */
export type PartnerDefaults = { network?: Network; allowedPerDay?: number; chargePerDay?: number }

/** One value the estimator had to assume, and why, in words a visitor understands. */
export type Assumption = { field: string; value: number | string | boolean | null; why: string }

export type PayerAnswer = {
  id: string
  name: string
  kind: PayerKind
  confidence: number
  matchedBy: MatchedBy
  alternatives: { id: string; name: string; kind: PayerKind; confidence: number }[]
}

export type PlanAnswer = {
  type: PlanType | null
  market: Market | null
  metalTier: MetalTier | null
  name: string | null
}

export type CoverageAnswer = {
  status: CoverageStatus
  program: Program
  priorAuthorization: PriorAuthorization
  referralRequired: boolean | null
  outOfNetworkBenefits: boolean | null
  behavioralHealthManager: { name: string; phone: string | null } | null
  billingCodes: string[]
  notes: string[]
  sources: SourceRef[]
  rule: { id: string; version: string }
}

export type EstimateAnswer = EstimateResult & {
  assumptions: Assumption[]
  explanation: string[]
  /** Only when the member's benefits are unknown: patient cost under low and high typical plans. */
  range?: { low: number; high: number; basis: string[] }
}

export type CoverageCheckResult = {
  payer: PayerAnswer | null
  plan: PlanAnswer
  coverage: CoverageAnswer
  estimate: EstimateAnswer
  nextSteps: string[]
}
