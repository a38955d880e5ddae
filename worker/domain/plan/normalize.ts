/**
 * @module
 * Minimal plan normalization: the plan type, market and metal tier a free-text plan name states
 * ("Aetna Choice POS II", "Ambetter Silver 1", "TRICARE Prime"), so the carrier rules and the
 * typical cost-sharing can be chosen. Written for the coverage engine until the full normalizer
 * lands; the signature is the shared contract and must not change.
 */
import type { PayerKind } from '../payer/types'
import type { Market, MetalTier, PlanInfo, PlanType } from './types'

/**
 * Keyword → plan type, first match wins: HDHP first ("PPO HSA" plans are HDHPs), then the plan
 * type acronyms, then product names that imply a type ("Choice Plus", "TRICARE Prime").
 */
const TYPE_PATTERNS: [RegExp, PlanType][] = [
  [/\b(hdhp|hsa|high deductible)\b/, 'HDHP'],
  [/\bhmo pos\b/, 'POS'],
  [/\bepo\b/, 'EPO'],
  [/\bhmo\b/, 'HMO'],
  [/\bppo\b/, 'PPO'],
  [/\b(pos|point of service)\b/, 'POS'],
  [/\b(indemnity|fee for service)\b/, 'INDEMNITY'],
  [/\b(open access plus|choice plus)\b/, 'POS'],
  [/\b(tricare prime|prime remote)\b/, 'HMO'],
  [/\b(tricare select|preferred provider)\b/, 'PPO'],
]

const TIER_PATTERNS: [RegExp, MetalTier][] = [
  [/\bexpanded bronze\b/, 'expanded_bronze'],
  [/\bbronze\b/, 'bronze'],
  [/\bsilver\b/, 'silver'],
  [/\bgold\b/, 'gold'],
  [/\bplatinum\b/, 'platinum'],
  [/\bcatastrophic\b/, 'catastrophic'],
]

const MARKET_PATTERNS: [RegExp, Market][] = [
  [/\b(medicare advantage|mapd|dsnp|d snp|part c|advantage)\b/, 'medicare_advantage'],
  [/\bmedicare\b/, 'medicare'],
  [/\b(medicaid|medi cal|chip|community plan|star plus|star)\b/, 'medicaid'],
  [/\b(tricare)\b/, 'tricare'],
  [/\b(va community care|champva|veterans)\b/, 'va'],
  [/\b(marketplace|exchange|individual|obamacare|aca)\b/, 'individual'],
  [/\b(employer|group|fehb|fep)\b/, 'employer'],
]

const MARKET_BY_KIND: Record<PayerKind, Market | null> = {
  commercial: 'employer',
  marketplace: 'individual',
  medicaid: 'medicaid',
  medicare: 'medicare',
  medicare_advantage: 'medicare_advantage',
  tricare: 'tricare',
  va: 'va',
  other: null,
}

const first = <T>(patterns: [RegExp, T][], text: string): T | null =>
  patterns.find(([pattern]) => pattern.test(text))?.[1] ?? null

/**
 * Normalizes a free-text plan. The payer's kind fills the market when the text does not say it.
 * @example normalizePlan('Ambetter Silver 1', { payerKind: 'marketplace' })
 * // { type: null, market: 'individual', metalTier: 'silver', hsa: false, name: 'Ambetter Silver 1' }
 */
export function normalizePlan(text: string | undefined, context: { payerKind?: PayerKind } = {}): PlanInfo {
  const name = text?.trim() ? text.trim() : null
  const key = (name ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
  const metalTier = first(TIER_PATTERNS, key)
  const textMarket = first(MARKET_PATTERNS, key)
  const kindMarket = context.payerKind ? MARKET_BY_KIND[context.payerKind] : null
  // A metal tier only exists on the individual/small-group market.
  const market = textMarket ?? (metalTier && kindMarket === 'employer' ? 'individual' : kindMarket)
  return {
    type: first(TYPE_PATTERNS, key),
    market,
    metalTier,
    hsa: /\b(hsa|hdhp)\b/.test(key),
    name,
  }
}
