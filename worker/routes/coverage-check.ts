/**
 * @module
 * One way to run a coverage check from HTTP input, shared by `POST /v1/coverage/checks` and the
 * eligibility routes (which add the member's benefits read from a 271): the payer is resolved
 * with the shared, once-per-isolate matcher, then the pure domain check runs on the bundled rules.
 */
import { PAYERS, PAYERS_BY_ID } from '../data/payers'
import { PAYER_MATCHER } from '../data/payers/matcher'
import { PROFILES, RULES } from '../data/rules'
import { checkCoverage } from '../domain/coverage/check'
import { benefitsFrom271, withEligibility } from '../domain/coverage/from-eligibility'
import type { BenefitsInput, CoverageCheckResult, PartnerDefaults } from '../domain/coverage/types'
import { resolvePayer, type PayerResolution } from '../domain/payer/resolve'
import type { Network } from '../domain/estimate/types'
import type { PayerRecord } from '../domain/payer/types'
import { iopToBenefits } from '../domain/x12/iop'
import type { EligibilityEntry } from '../domain/x12/types'
import type { CoverageCheckRequest } from '../http/schemas/coverage'

/** Drops the nulls a 271 summary carries: null and absent both mean "not in the benefits". */
export function benefitsInput(b: NonNullable<CoverageCheckRequest['benefits']>): BenefitsInput {
  const out: BenefitsInput = {}
  if (b.deductible) out.deductible = b.deductible
  if (b.outOfPocketMax) out.outOfPocketMax = b.outOfPocketMax
  if (b.coinsurance !== null && b.coinsurance !== undefined) out.coinsurance = b.coinsurance
  if (b.copay !== null && b.copay !== undefined) out.copay = b.copay
  if (b.deductibleApplies !== null && b.deductibleApplies !== undefined) out.deductibleApplies = b.deductibleApplies
  return out
}

/** The request's payer resolved against the directory (the member ID is only a matching signal). */
export const resolveRequestPayer = (body: CoverageCheckRequest): PayerResolution | null =>
  resolvePayer(PAYER_MATCHER, PAYERS_BY_ID, body.payer, {
    ...(body.state ? { state: body.state } : {}),
    ...(body.memberId ? { memberId: body.memberId } : {}),
  })

/**
 * Runs the coverage check. `payer` is the already resolved payer when the caller needed it first
 * (to look up the partner's contract); `partnerDefaults` come from that contract.
 */
export function runCoverageCheck(
  body: CoverageCheckRequest,
  extra: { payer?: PayerResolution | null; partnerDefaults?: PartnerDefaults } = {},
): CoverageCheckResult {
  const payer = extra.payer !== undefined ? extra.payer : resolveRequestPayer(body)
  return checkCoverage(
    {
      payer,
      ...(body.program ? { program: body.program } : {}),
      ...(body.state ? { state: body.state } : {}),
      ...(body.plan ? { plan: body.plan } : {}),
      ...(body.network ? { network: body.network } : {}),
      ...(body.benefits ? { benefits: benefitsInput(body.benefits) } : {}),
      ...(body.treatment ? { treatment: body.treatment } : {}),
    },
    {
      rules: RULES,
      profiles: PROFILES,
      directory: PAYERS_BY_ID,
      ...(extra.partnerDefaults ? { partnerDefaults: extra.partnerDefaults } : {}),
    },
  )
}

/** Directory records by clearinghouse payer id, kept only where the id names one record. */
const BY_CLEARINGHOUSE_ID: ReadonlyMap<string, PayerRecord> = (() => {
  const all = new Map<string, PayerRecord[]>()
  for (const p of PAYERS) for (const id of p.payerIds ?? []) all.set(id, [...(all.get(id) ?? []), p])
  return new Map([...all].filter(([, records]) => records.length === 1).map(([id, [record]]) => [id, record!]))
})()

export type From271Options = {
  program: CoverageCheckRequest['program']
  network?: Network
  state?: CoverageCheckRequest['state']
  plan?: string
  treatment?: CoverageCheckRequest['treatment']
  /** The directory payer already resolved (the real-time check knows whom it asked). */
  payer?: { id: string }
}

/**
 * The coverage check for one entry of a 271: its payer (given, else by clearinghouse id, else by
 * the name in the 271), its plan name, the figures of the requested network side, and the
 * payer's word on the coverage (inactive, prior authorization). Null for a rejected entry.
 */
export function coverageCheckFor271(entry: EligibilityEntry, options: From271Options): CoverageCheckResult | null {
  if (entry.status === 'rejected') return null
  const network = options.network ?? 'in'
  const side = network === 'out' ? entry.iop.outOfNetwork : entry.iop.inNetwork
  const byId = entry.payer.id ? BY_CLEARINGHOUSE_ID.get(entry.payer.id) : undefined
  const payer = options.payer ?? (byId ? { id: byId.id } : (entry.payer.name ?? ''))
  const plan = options.plan ?? entry.planName ?? undefined
  const benefits = benefitsFrom271(iopToBenefits(side))
  const check = runCoverageCheck({
    payer,
    program: options.program,
    network,
    ...(options.state ? { state: options.state } : {}),
    ...(plan ? { plan } : {}),
    ...(benefits ? { benefits } : {}),
    ...(options.treatment ? { treatment: options.treatment } : {}),
  })
  return withEligibility(check, entry.status, side.priorAuthorization)
}
