/**
 * @module
 * Plan normalization: from the plan name a person types or reads off a card ("Aetna Choice POS
 * II", "Ambetter Silver 1", "Humana Gold Plus HMO") to the plan type, market, metal tier and HSA
 * flag the rules and the estimator reason with. Only what the text (or the payer's kind) says is
 * returned; everything else stays null rather than guessed.
 *
 * Calls made on purpose:
 * - Cigna "Open Access Plus" (OAP) is an open-access POS-style product (no referrals, out-of-
 *   network benefits): POS. "OAP IN" / "Open Access Plus In-Network" has no out-of-network
 *   benefits: EPO.
 * - TRICARE Prime is managed care with a primary care manager and referrals: HMO. TRICARE Select
 *   is self-managed with network and non-network providers: PPO. TRICARE For Life wraps Medicare:
 *   no plan type.
 * - A network type (HMO, PPO, EPO, POS) wins over "HDHP"; an HSA makes a plan without a network
 *   type an HDHP.
 */
import { normalizeName } from '../payer/normalize'
import type { PayerKind } from '../payer/types'
import type { BeneficiaryGroup, Market, MetalTier, PlanInfo, PlanType } from './types'

const has = (text: string, pattern: RegExp) => pattern.test(text)

/** Plan type from the words of a normalized plan name. */
function planType(t: string): PlanType | null {
  if (has(t, /\btricare prime\b|\bus family health plan\b|\busfhp\b/)) return 'HMO'
  if (has(t, /\btricare select\b/)) return 'PPO'
  if (has(t, /\b(oap|open access plus) (in|in network)\b/)) return 'EPO'
  if (has(t, /\bpos\b|\bpoint of service\b|\bopen access plus\b|\boap\b|\blocalplus\b/)) return 'POS'
  if (has(t, /\bepo\b|\bexclusive provider\b/)) return 'EPO'
  if (has(t, /\bppo\b|\bpreferred provider\b/)) return 'PPO'
  if (has(t, /\bhmo\b|\bhealth maintenance\b/)) return 'HMO'
  if (has(t, /\bindemnity\b|\bfee for service\b/)) return 'INDEMNITY'
  if (has(t, /\bhdhp\b|\bhigh deductible\b|\bhsa\b|\bhealth savings\b/)) return 'HDHP'
  return null
}

const MEDICAID_WORDS =
  /\b(medicaid|medi cal|ahcccs|masshealth|mass health|tenncare|apple health|soonercare|badgercare|husky|kancare|mo healthnet|mainecare|denalicare|med quest|peachcare|healthy louisiana|nj familycare|green mountain care|cardinal care|equalitycare|heritage health|healthchoices?|star plus|star kids|chip|community plan|better health|healthy blue|oregon health plan|health first colorado|medical assistance)\b/
const MEDICARE_ADVANTAGE_WORDS =
  /\b(medicare advantage|part c|mapd|ma pd|d snp|dsnp|snp|gold plus|gold choice|senior advantage|medicarecomplete|dual complete|humana honor|humana choice|aarp medicare advantage)\b/
const MEDICARE_WORDS = /\b(medicare|medigap|medicare supplement|part a|part b)\b/
const TRICARE_WORDS = /\b(tricare|champus|usfhp|us family health plan)\b/
const VA_WORDS = /\b(champva|champ va|va community care|veterans affairs|veterans)\b/
const INDIVIDUAL_WORDS =
  /\b(ambetter|marketplace|exchange|obamacare|aca|individual|covered california|healthcare gov|oscar)\b/
const EMPLOYER_WORDS = /\b(employer|group|fehb|fep|federal employee|state employees?|union|nyship|cobra)\b/

/** A Map, not an object literal: a kind that arrives as text must never find `Object.prototype`. */
const KIND_MARKET: ReadonlyMap<string, Market> = new Map<PayerKind, Market>([
  ['medicaid', 'medicaid'],
  ['medicare', 'medicare'],
  ['medicare_advantage', 'medicare_advantage'],
  ['tricare', 'tricare'],
  ['va', 'va'],
  ['marketplace', 'individual'],
])

function market(t: string, payerKind: PayerKind | undefined, metal: MetalTier | null): Market | null {
  if (has(t, TRICARE_WORDS)) return 'tricare'
  if (has(t, VA_WORDS)) return 'va'
  if (has(t, MEDICARE_ADVANTAGE_WORDS)) return 'medicare_advantage'
  if (has(t, MEDICAID_WORDS)) return 'medicaid'
  if (has(t, MEDICARE_WORDS)) return 'medicare'
  if (metal || has(t, INDIVIDUAL_WORDS)) return 'individual'
  if (has(t, EMPLOYER_WORDS)) return 'employer'
  return (payerKind && KIND_MARKET.get(payerKind)) ?? null
}

/** ACA metal tier; "gold" in a Medicare Advantage name ("Gold Plus") is not a tier. */
function metalTier(t: string): MetalTier | null {
  if (has(t, MEDICARE_ADVANTAGE_WORDS)) return null
  if (has(t, /\bexpanded bronze\b/)) return 'expanded_bronze'
  if (has(t, /\bcatastrophic\b/)) return 'catastrophic'
  const m = t.match(/\b(bronze|silver|gold|platinum)\b/)
  return (m?.[1] as MetalTier | undefined) ?? null
}

/**
 * TRICARE beneficiary group from the plan text: "retiree group b", "retired", "active duty family
 * member", "ADFM", "active duty". Only for TRICARE (the market), never guessed from anything else.
 */
function beneficiaryGroup(t: string): BeneficiaryGroup | null {
  const retiree = has(t, /\b(retiree|retirees|retired|military retiree)\b/)
  if (retiree && has(t, /\bgroup b\b/)) return 'retiree_group_b'
  if (retiree && has(t, /\bgroup a\b/)) return 'retiree_group_a'
  if (retiree) return 'retiree'
  if (has(t, /\b(adfm|active duty family|active duty dependent|military family|family member)\b/)) return 'active_duty_family'
  if (has(t, /\b(adsm|active duty|service member)\b/)) return 'active_duty'
  return null
}

/**
 * Normalizes a free-text plan name.
 * @param text what the person typed, e.g. "BlueChoice PPO HSA"; undefined or blank for none
 * @param context the matched payer's kind, which tells the market when the text does not
 * @example
 * normalizePlan('Ambetter Silver 1') // { type: null, market: 'individual', metalTier: 'silver', hsa: false, name: 'Ambetter Silver 1' }
 */
export function normalizePlan(text: string | undefined, context: { payerKind?: PayerKind } = {}): PlanInfo {
  const name = text?.trim() || null
  const t = name ? normalizeName(name) : ''
  const metal = metalTier(t)
  const mk = market(t, context.payerKind, metal)
  const group = mk === 'tricare' ? beneficiaryGroup(t) : null
  return {
    type: planType(t),
    market: mk,
    metalTier: mk === 'individual' || mk === null ? metal : null,
    hsa: has(t, /\bhsa\b|\bhealth savings\b/),
    name,
    ...(group ? { beneficiaryGroup: group } : {}),
  }
}
