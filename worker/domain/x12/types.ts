/**
 * @module
 * The reading of a 271: what the API returns for each subscriber or dependent. It is built to be
 * PHI-free by construction: there is no field for a name, a member ID, a date of birth or any
 * date about the person, only whether a member ID was present.
 */

export type Coded = { code: string; meaning: string | null }

export type Program = 'substance_use' | 'mental_health'

export type Contact = {
  /** PER02: a department or contact name ("PROVIDER SERVICES"), never the member's. */
  name: string | null
  phone: string | null
  fax: string | null
  email: string | null
  url: string | null
}

/** An entity named in a 2120 loop (carve-out administrator, PCP, other payer). */
export type RelatedEntity = {
  entity: Coded
  name: string | null
  /** NM109 only when it identifies an organization (payer id, NPI, tax id); never a member ID. */
  id: { qualifier: string; value: string } | null
  contacts: Contact[]
}

/** One EB line, every element decoded. */
export type Benefit = {
  /** EB01 */
  info: Coded
  /** EB02 */
  coverageLevel: Coded | null
  /** EB03, repetitions in order; empty when the line has no service type. */
  serviceTypes: Coded[]
  /** EB04 */
  insuranceType: string | null
  /** EB05 */
  planDescription: string | null
  /** EB06 */
  timePeriod: Coded | null
  /** EB07 in integer cents. */
  amount: number | null
  /** EB08 as a fraction in [0, 1]. */
  percent: number | null
  /** EB09 and EB10. */
  quantity: { qualifier: Coded | null; value: number | null } | null
  /** EB11 */
  authorization: 'required' | 'not_required' | 'unknown' | null
  /** EB12: `both` for W (same in and out of network, or no network applies). */
  network: 'in' | 'out' | 'both' | 'unknown' | null
  /** EB13 composite (procedure), as "qualifier:code…" joined with ":". */
  procedure: string | null
  /** MSG texts following the line. */
  messages: string[]
  /** 2120 loops under the line. */
  relatedEntities: RelatedEntity[]
}

export type Rejection = { code: string; meaning: string | null; followUp: Coded | null }

export type Amounts = { total: number | null; remaining: number | null }

/** The IOP summary for one network side. */
export type IopFigures = {
  deductible: Amounts
  outOfPocketMax: Amounts
  /** Patient share as a fraction. */
  coinsurance: number | null
  /** Cents per visit or day, as the payer states it. */
  copay: number | null
  priorAuthorization: 'required' | 'not_required' | 'unknown'
  /**
   * v0.2: the EB03 service type each figure was taken from (`AI`, `MH`, `30`, `96`…; `30` also
   * for a line without EB03), so the answer can tell behavioral-health figures from the plan's
   * general (medical) ones when a carve-out manager holds the behavioral-health benefits.
   */
  from?: Partial<Record<'deductible' | 'outOfPocketMax' | 'coinsurance' | 'copay' | 'priorAuthorization', string>>
  /** v0.2: day or visit limits (EB01 F, EB09/EB10) on the chosen service types, this side. */
  limits?: { quantity: number; unit: 'days' | 'visits' | 'hours'; period: string | null; serviceType: string }[]
  /** v0.2: the authorization contact (a 2120 loop or PER under the chosen lines), when given. */
  authorizationContact?: { name: string | null; phone: string | null } | null
}

export type IopSummary = { inNetwork: IopFigures; outOfNetwork: IopFigures }

export type EligibilityEntry = {
  /** `subscriber` (HL 22) or `dependent` (HL 23) */
  level: 'subscriber' | 'dependent' | 'payer' | 'provider'
  status: 'active' | 'inactive' | 'rejected' | 'unknown'
  payer: { name: string | null; id: string | null }
  planName: string | null
  rejections: Rejection[]
  carveOut: { name: string; phone?: string } | null
  memberIdPresent: boolean
  /** v0.2: DTP 346/347 (plan), 356/357 (eligibility), 291 (plan) and 307 (eligibility) as ISO dates. */
  dates?: { eligibilityBegin?: string; eligibilityEnd?: string; planBegin?: string; planEnd?: string }
  /** v0.2: REF*6P (group number) or REF*18 (plan number) of the member loop; not PHI. */
  groupNumber?: string | null
  /** v0.2: the payer's contacts (PER in 2100A), e.g. provider services phone and web. */
  payerContacts?: Contact[]
  /** v0.2: other insurance named by an EB01 R line with its 2120 (coordination of benefits). */
  otherPayers?: { name: string | null; insuranceType: string | null }[]
  benefits: Benefit[]
  iop: IopSummary
}

export type EligibilityReading = { program: Program; transactions: EligibilityEntry[] }
