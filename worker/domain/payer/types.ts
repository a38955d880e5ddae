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

/**
 * The product line a record is, finer than `kind` (which the rules key on): a Medicaid program
 * and a Medicaid MCO are both `kind: 'medicaid'`; a TPA, a rental network, a behavioral-health
 * manager and a health-care sharing ministry are all `kind: 'other'` but answer differently.
 */
export const PRODUCT_LINES = [
  'commercial',
  'marketplace',
  'medicaid_program',
  'medicaid_mco',
  'medicaid_behavioral_health',
  'medicare',
  'medicare_advantage',
  'dsnp',
  'tricare',
  'va',
  'tpa',
  'network',
  'behavioral_health_manager',
  'sharing_ministry',
  'other',
] as const
export type ProductLine = (typeof PRODUCT_LINES)[number]

export const PAYER_STATUSES = ['active', 'defunct', 'merged_into'] as const
export type PayerStatus = (typeof PAYER_STATUSES)[number]

/** For `status: 'merged_into'`: the successor record, since when, and what a member does now. */
export type MergedInto = {
  id: string
  /** ISO date (YYYY-MM-DD or YYYY-MM) the business moved. */
  date: string
  /** One sentence for the member: which card to use now, whom to call. */
  whatNow: string
}

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
  /** Public page that names `behavioralHealthManager` (required with it for new records). */
  behavioralHealthManagerSource?: string
  /** Product line; when absent it follows from `kind` (see `productLineOf`). */
  line?: ProductLine
  /** The company that owns the product ("Elevance Health", "Centene", "CVS Health"). */
  parent?: string
  /**
   * True for health-care sharing ministries: members share bills voluntarily, nothing is
   * guaranteed, and state insurance law does not apply. The answer must say so.
   */
  notInsurance?: true
  /** Clearinghouse payer ids where public (`60054` for Aetna). */
  payerIds?: string[]
  /**
   * v0.2 contract: the payer's id on each clearinghouse's own payer list, where it differs from
   * (or confirms) `payerIds[0]`; the 270 uses the configured vendor's id.
   */
  payerIdsByVendor?: Partial<Record<'stedi' | 'optum' | 'caqh-core-soap', string>>
  /** Whose public payer list `payerIds` / `payerIdsByVendor` were read from, as a URL or title. */
  payerIdsSource?: string
  /** BlueCard alpha prefixes and other member-ID prefixes that identify this payer. */
  memberIdPrefixes?: string[]
  /**
   * A regular expression (source) a whole member ID of this payer matches, upper-cased without
   * separators: `^R\d{8}$` for the Blue Cross Federal Employee Program, the MBI for Medicare.
   */
  memberIdPattern?: string
  /**
   * `defunct`: no longer offers coverage (Bright Health); `merged_into`: the business moved to
   * another record (`mergedInto`); both still matched, answered honestly.
   */
  status?: PayerStatus
  /** With `status: 'merged_into'`. */
  mergedInto?: MergedInto
}

/** The record's product line, from `line` or, for older records, from `kind`. */
export function productLineOf(payer: Pick<PayerRecord, 'kind' | 'line'> & { family?: string }): ProductLine {
  if (payer.line) return payer.line
  if (payer.family === 'bh-manager') return 'behavioral_health_manager'
  switch (payer.kind) {
    case 'medicaid':
      return 'medicaid_mco'
    case 'commercial':
    case 'marketplace':
    case 'medicare':
    case 'medicare_advantage':
    case 'tricare':
    case 'va':
    case 'other':
      return payer.kind
  }
}

export type MatchedBy = 'id' | 'alias' | 'fuzzy' | 'member_id_prefix'

/**
 * Why a candidate is offered as a "did you mean" next to (or instead of) the best one:
 * - `close_score`: about as likely as the best (within 0.1), so the text alone cannot tell;
 * - `spelling`: the text matched it only through a typo repair or a partial word;
 * - `other_state`: it matches the text but does not serve the given state;
 * - `same_carrier`: another product line of the best's carrier (its Medicaid, Medicare,
 *   Marketplace plan): the card tells which;
 * - `weak`: no candidate was confident; this is the closest.
 */
export const ALTERNATIVE_REASONS = ['close_score', 'spelling', 'other_state', 'same_carrier', 'weak'] as const
export type AlternativeReason = (typeof ALTERNATIVE_REASONS)[number]

export type PayerCandidate = {
  payer: PayerRecord
  /** How sure the matcher is that this is the payer meant, in [0, 1]. */
  confidence: number
  matchedBy: MatchedBy
  /** Whether the payer serves the query's state (empty `states` = yes); null without a state. */
  inState?: boolean | null
  /** For alternatives: why it is offered (see `AlternativeReason`). */
  reason?: AlternativeReason
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
