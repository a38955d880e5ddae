/**
 * @module
 * What every answer service gathers the same way: the payer resolved against the bundled
 * directory (with whether it serves the given state), the partner's contract with that payer as
 * estimate defaults, and the member's benefits from a request as the domain reads them.
 */
import { PAYERS_BY_ID } from '../data/payers'
import { PAYER_MATCHER } from '../data/payers/matcher'
import { PROFILES, RULES } from '../data/rules'
import type { AnswerOptions, BenefitsGiven } from '../domain/answer/compose'
import type { Locale } from '../domain/answer/types'
import type { PartnerDefaults } from '../domain/coverage/types'
import type { Program } from '../domain/coverage/rule-schema'
import { resolvePayer, type PayerResolution } from '../domain/payer/resolve'
import type { CoverageCheckRequest } from '../http/schemas/coverage'

/** A partner's contract with one payer, as the D1 adapter answers it (null: no contract). */
export type ContractLookup = (payerId: string) => Promise<{
  network: 'in' | 'out'
  allowedPerDay: Partial<Record<Program, number>>
} | null>

/** What a route hands to a service besides the parsed request. */
export type ServiceContext = { locale: Locale; contractFor: ContractLookup }

/**
 * Whether the payer serves the state (`states` empty = nationwide); null without a state. Filled
 * only when the resolution does not say it already.
 */
function withInState(payer: PayerResolution | null, state: string | undefined): PayerResolution | null {
  if (!payer || payer.inState !== undefined) return payer
  const states = PAYERS_BY_ID.get(payer.id)?.states ?? []
  return { ...payer, inState: state ? states.length === 0 || states.includes(state) : null }
}

/** A payer given as text or `{id}`, resolved (the member ID is only a matching signal). */
export function resolveAnswerPayer(
  payer: string | { id: string },
  hints: { state?: string | undefined; memberId?: string | undefined } = {},
): PayerResolution | null {
  const resolved = resolvePayer(PAYER_MATCHER, PAYERS_BY_ID, payer, {
    ...(hints.state ? { state: hints.state } : {}),
    ...(hints.memberId ? { memberId: hints.memberId } : {}),
  })
  return withInState(resolved, hints.state)
}

/** The partner's contract with the payer as the estimate's network and per-diem defaults. */
export async function partnerDefaultsFor(
  contractFor: ContractLookup,
  payer: PayerResolution | null,
  program: Program,
): Promise<PartnerDefaults | undefined> {
  const contract = payer ? await contractFor(payer.id) : null
  if (!contract) return undefined
  const allowed = contract.allowedPerDay[program]
  return { network: contract.network, ...(allowed === undefined ? {} : { allowedPerDay: allowed }) }
}

/** The bundled rules and directory, plus the partner's defaults when it has a contract. */
export const answerOptions = (partnerDefaults: PartnerDefaults | undefined): AnswerOptions => ({
  rules: RULES,
  profiles: PROFILES,
  directory: PAYERS_BY_ID,
  ...(partnerDefaults ? { partnerDefaults } : {}),
})

/** Drops the nulls a 271 summary carries: null and absent both mean "not in the benefits". */
export function benefitsGiven(b: NonNullable<CoverageCheckRequest['benefits']>): BenefitsGiven {
  const out: BenefitsGiven = {}
  if (b.deductible) out.deductible = b.deductible
  if (b.outOfPocketMax) out.outOfPocketMax = b.outOfPocketMax
  if (b.coinsurance !== null && b.coinsurance !== undefined) out.coinsurance = b.coinsurance
  if (b.copay !== null && b.copay !== undefined) out.copay = b.copay
  if (b.deductibleApplies !== null && b.deductibleApplies !== undefined) out.deductibleApplies = b.deductibleApplies
  if (b.priorAuthorization !== null && b.priorAuthorization !== undefined) out.priorAuthorization = b.priorAuthorization
  return out
}
