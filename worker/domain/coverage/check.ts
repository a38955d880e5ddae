/**
 * @module
 * The coverage check: is IOP covered for this payer, plan, state and program, under which
 * conditions, and what will a course cost? Pure: the directory match, the rules and the typical
 * cost-sharing come in as arguments, so the route, the tests and the benchmark run the same code.
 */
import { estimateCourse } from '../estimate/calculate'
import { explainEstimate } from '../estimate/explain'
import { formatUsd } from '../estimate/money'
import type { Network } from '../estimate/types'
import type { PayerResolution } from '../payer/resolve'
import type { PayerRecord } from '../payer/types'
import { normalizePlan } from '../plan/normalize'
import { costSharingInput, resolveEstimateInputs } from './estimate-inputs'
import { profileFor, rulesFor, type RuleContext } from './resolve-rule'
import type { CostSharingProfile, CoverageRule, CoverageStatus, Program } from './rule-schema'
import type {
  BenefitsInput,
  CoverageAnswer,
  CoverageCheckResult,
  EstimateAnswer,
  PartnerDefaults,
  TreatmentInput,
} from './types'

export type CoverageCheckInput = {
  /** The payer resolved from what was typed (or the id given); null for an unknown payer. */
  payer: PayerResolution | null
  state?: string
  plan?: string
  program?: Program
  network?: Network
  benefits?: BenefitsInput
  treatment?: TreatmentInput
}

export type CoverageCheckOptions = {
  rules: readonly CoverageRule[]
  profiles: readonly CostSharingProfile[]
  /** A partner's in-network contract with this payer; request values win over it. */
  partnerDefaults?: PartnerDefaults
  /** To name a payer's behavioral-health manager by its directory id. */
  directory?: ReadonlyMap<string, PayerRecord>
}

/** The fields of a rule that cascade from general to specific. */
type Resolved = {
  winner: CoverageRule
  chain: CoverageRule[]
  /** The value of `key` from the most specific rule that states it. */
  pick<K extends keyof CoverageRule>(key: K): CoverageRule[K] | undefined
}

function cascade(chain: CoverageRule[]): Resolved {
  if (!chain[0]) throw new Error('No carrier rule matched: the rules must contain a global default')
  return {
    winner: chain[0],
    chain,
    pick<K extends keyof CoverageRule>(key: K) {
      for (const rule of chain) if (rule[key] !== undefined) return rule[key]
      return undefined
    },
  }
}

function coverageStatus(r: Resolved, program: Program): CoverageStatus {
  return r.chain.find((rule) => rule.coverage?.[program] !== undefined)?.coverage?.[program] ?? 'unknown'
}

/**
 * Runs a coverage check.
 * @example
 * checkCoverage({ payer: matcher.match({ text: 'Aetna' }), state: 'TX', plan: 'Choice POS II' },
 *   { rules: RULES, profiles: COST_SHARING })
 */
export function checkCoverage(input: CoverageCheckInput, options: CoverageCheckOptions): CoverageCheckResult {
  const program = input.program ?? 'substance_use'
  const payer = input.payer
  const plan = normalizePlan(input.plan, payer ? { payerKind: payer.kind } : {})
  const network = input.network ?? options.partnerDefaults?.network ?? 'in'
  const context: RuleContext = {
    payerId: payer?.id ?? null,
    family: payer?.family ?? null,
    kind: payer?.kind ?? null,
    state: input.state ?? null,
    planType: plan.type,
    market: plan.market,
    metalTier: plan.metalTier,
    program,
    network,
  }
  const resolved = cascade(rulesFor(options.rules, context))
  const profile = profileFor(options.profiles, context)
  if (!profile) throw new Error('No cost-sharing profile matched: the profiles must contain a default per network')

  const coverage = coverageAnswer(resolved, program, network, payer, options.directory ?? new Map())
  const estimate = estimateAnswer(input, options, resolved, profile)
  const nextSteps = nextStepsFor(resolved, coverage, payer, input.benefits !== undefined)

  return {
    payer: payer
      ? {
          id: payer.id,
          name: payer.name,
          kind: payer.kind,
          confidence: payer.confidence,
          matchedBy: payer.matchedBy,
          alternatives: payer.alternatives.map((a) => ({ ...a })),
        }
      : null,
    plan: { type: plan.type, market: plan.market, metalTier: plan.metalTier, name: plan.name },
    coverage,
    estimate,
    nextSteps,
  }
}

function coverageAnswer(
  r: Resolved,
  program: Program,
  network: Network,
  payer: PayerResolution | null,
  directory: ReadonlyMap<string, PayerRecord>,
): CoverageAnswer {
  const notes = r.chain.flatMap((rule) => rule.notes ?? []).reverse()
  let status = payer ? coverageStatus(r, program) : 'unknown'
  const outOfNetworkBenefits = r.pick('outOfNetworkBenefits') ?? null
  if (payer?.status === 'defunct') {
    status = 'not_covered'
    notes.push(`${payer.name} no longer offers coverage; check which plan covers you now.`)
  } else if (network === 'out' && outOfNetworkBenefits === false && status !== 'unknown') {
    status = 'not_covered'
    notes.push('This plan pays only in-network providers (except emergencies): an out-of-network IOP is not covered.')
  }
  const billingCodes = r.pick('billingCodes')?.[program] ?? []
  const ruleManager = r.pick('behavioralHealthManager') ?? null
  // The payer's own directory record is more specific than a family rule (Empire Plan is in the
  // UnitedHealthcare family but routes behavioral health to Carelon), so it wins; the rule names
  // the manager when the record doesn't; a payer that is itself a manager names itself. A phone
  // comes only from a rule (published numbers, checked), never guessed.
  const managerId = payer?.behavioralHealthManager ?? (r.pick('payerIsManager') ? payer?.id : undefined)
  const directoryManager = managerId ? directory.get(managerId) : undefined
  const behavioralHealthManager = directoryManager
    ? {
        name: directoryManager.name,
        phone: ruleManager?.payerId === directoryManager.id ? (ruleManager.phone ?? null) : null,
      }
    : ruleManager
      ? { name: ruleManager.name, phone: ruleManager.phone ?? null }
      : null
  const sources = r.chain
    .flatMap((rule) => [{ title: rule.sourceTitle, url: rule.source, verified: rule.verified }, ...(rule.alsoSee ?? [])])
    .filter((s, i, all) => all.findIndex((o) => o.url === s.url) === i)
  return {
    status,
    program,
    priorAuthorization: payer ? (r.pick('priorAuthorization') ?? 'unknown') : 'unknown',
    referralRequired: payer ? (r.pick('referralRequired') ?? null) : null,
    outOfNetworkBenefits: payer ? outOfNetworkBenefits : null,
    behavioralHealthManager: payer ? behavioralHealthManager : null,
    billingCodes,
    notes,
    sources,
    rule: { id: r.winner.id, version: r.winner.version },
  }
}

function estimateAnswer(
  input: CoverageCheckInput,
  options: CoverageCheckOptions,
  r: Resolved,
  profile: CostSharingProfile,
): EstimateAnswer {
  const perDiem = r.pick('perDiem')
  if (!perDiem) throw new Error('No per-diem defaults: the global default rule must carry them')
  const { input: resolved, assumptions, typical } = resolveEstimateInputs({
    ...(input.network ? { network: input.network } : {}),
    ...(input.benefits ? { benefits: input.benefits } : {}),
    ...(input.treatment ? { treatment: input.treatment } : {}),
    ...(options.partnerDefaults ? { partnerDefaults: options.partnerDefaults } : {}),
    perDiem,
    profile,
  })
  const result = estimateCourse(resolved)
  const explanation = explainEstimate(resolved, result)
  if (!typical) return { ...result, assumptions, explanation }

  const low = estimateCourse({ ...resolved, ...costSharingInput(profile.low) }).patientPays
  const high = estimateCourse({ ...resolved, ...costSharingInput(profile.high) }).patientPays
  const range = {
    low: Math.min(low, result.patientPays),
    high: Math.max(high, result.patientPays),
    basis: [
      `Typical plan of this kind: ${profile.why}.`,
      profile.rangeWhy,
      'Your own benefits replace these guesses: ask us to verify them, or enter them from your benefits summary.',
    ],
  }
  explanation.push(
    `We don't know your plan's exact benefits, so this is an estimate for a typical plan of this kind; ` +
      `from a generous plan to an expensive one, this course would cost you between ${formatUsd(range.low)} ` +
      `and ${formatUsd(range.high)}.`,
  )
  return { ...result, assumptions, explanation, range }
}

function nextStepsFor(
  r: Resolved,
  coverage: CoverageAnswer,
  payer: PayerResolution | null,
  benefitsGiven: boolean,
): string[] {
  if (!payer) {
    return [
      "We couldn't match your insurance company. Call the member services number on the back of your insurance card and ask whether intensive outpatient (IOP) treatment is covered.",
      'Or ask the treatment center to verify your benefits: they need your member ID and the payer name on your card.',
    ]
  }
  if (payer.status === 'defunct') {
    // Its rules no longer apply to anyone: only what to do now.
    return [
      `${payer.name} no longer offers coverage: find the insurance you have now (the card you use today) and check again with that plan.`,
      'Or ask the treatment center to verify your benefits: they need your member ID and the payer name on your current card.',
    ]
  }
  const steps: string[] = []
  const manager = coverage.behavioralHealthManager
  if (manager)
    steps.push(
      `Behavioral-health benefits are managed by ${manager.name}: ${manager.phone ? `call ${manager.phone}` : 'call the behavioral-health number on the back of your card'} to confirm IOP benefits.`,
    )
  if (coverage.priorAuthorization === 'required')
    steps.push('Prior authorization is required before IOP starts: the treatment center usually requests it for you.')
  else if (coverage.priorAuthorization === 'varies')
    steps.push('Ask whether your plan requires prior authorization for IOP; many plans do.')
  if (coverage.referralRequired) steps.push('Get a referral from your primary care provider (or PCM) before starting.')
  if (coverage.outOfNetworkBenefits === false)
    steps.push('Choose an IOP program in your plan’s network: out-of-network care is not covered.')
  for (const rule of [...r.chain].reverse()) steps.push(...(rule.nextSteps ?? []))
  if (!benefitsGiven)
    steps.push('For an exact cost, have the treatment center verify your benefits (deductible, coinsurance or copay, out-of-pocket maximum).')
  return steps.filter((s, i, all) => all.indexOf(s) === i)
}
