/**
 * @module
 * The payer directory's record and the matcher's answer: the shared vocabulary of payer
 * normalization (`domain/payer`), the directory data (`data/payers`) and the routes.
 */
import type { Provenance } from '../provenance'

export const PAYER_KINDS = [
  'commercial',
  'medicaid',
  'medicare',
  'medicare_advantage',
  'tricare',
  'va',
  'marketplace',
  'other',
] as const
export type PayerKind = (typeof PAYER_KINDS)[number]

export type PayerRecord = Provenance & {
  /** Stable kebab-case id (`bcbs-texas`); never reused. */
  id: string
  /** The name a member sees on the card. */
  name: string
  kind: PayerKind
  /** USPS codes the payer serves; empty means nationwide. */
  states: string[]
  /** Other names people type: abbreviations, brands, former names. */
  aliases: string[]
  /**
   * The carrier family the payer belongs to (`bcbs`, `aetna`, `unitedhealthcare`, `elevance`,
   * `centene`, `state-medicaid`, …): carrier rules are written per family, then refined.
   */
  family: string
  /** Id of the directory record that manages this payer's behavioral-health benefits, if any. */
  behavioralHealthManager?: string
  /** Clearinghouse payer ids where public (`60054` for Aetna). */
  payerIds?: string[]
  /**
   * v0.2 contract: the payer's id on each clearinghouse's own payer list, where it differs from
   * (or confirms) `payerIds[0]`; the 270 uses the configured vendor's id.
   */
  payerIdsByVendor?: Partial<Record<'stedi' | 'optum' | 'caqh-core-soap', string>>
  /** BlueCard alpha prefixes and other member-ID prefixes that identify this payer. */
  memberIdPrefixes?: string[]
  /**
   * A regular expression (source) a whole member ID of this payer matches, upper-cased without
   * separators: `^R\d{8}$` for the Blue Cross Federal Employee Program, the MBI for Medicare.
   */
  memberIdPattern?: string
  /** `defunct`: no longer offers coverage (Bright Health); still matched, answered honestly. */
  status?: 'active' | 'defunct'
}

export type MatchedBy = 'id' | 'alias' | 'fuzzy' | 'member_id_prefix'

export type PayerCandidate = {
  payer: PayerRecord
  /** How sure the matcher is that this is the payer meant, in [0, 1]. */
  confidence: number
  matchedBy: MatchedBy
}

export type PayerMatch = {
  /** Null when nothing matched well enough: an honest "we don't know" beats a random payer. */
  best: PayerCandidate | null
  alternatives: PayerCandidate[]
}

export type PayerQuery = {
  text: string
  state?: string
  memberId?: string
  limit?: number
}
