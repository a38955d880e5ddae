/**
 * @module
 * `composeAnswer`: the one answer (docs/architecture.md "The one answer"), built once from whatever is known,
 * highest source first: the member's 271 (or the benefits read from one) > the partner's contract
 * > the payer's record and the rule for its family, kind, plan kind and the given state > typical
 * values for the plan kind. Every fact names its origin. Pure: the rules, profiles, directory and
 * contract come in as arguments, so services, tests and benchmarks run the same code.
 */
import { messages } from '../../i18n'
import { estimateCourse } from '../estimate/calculate'
import { explainEstimate } from '../estimate/explain'
import type { Network } from '../estimate/types'
import { formatMoney } from '../money/format'
import type { PayerResolution } from '../payer/resolve'
import type { PayerRecord } from '../payer/types'
import { normalizePlan } from '../plan/normalize'
import { costSharingInput, resolveEstimateInputs } from '../coverage/estimate-inputs'
import { profileFor, type RuleContext } from '../coverage/resolve-rule'
import type { CostSharingProfile, CoverageRule, CoverageStatus, PriorAuthorization, Program } from '../coverage/rule-schema'
import type { BenefitsInput, PartnerDefaults, PayerAnswer, TreatmentInput } from '../coverage/types'
import { conditionsFor, statusWithConditions } from './conditions'
import { memberAnswer, memberFigures, payerWord, withFigures, type EligibilityFacts, type PayerWord } from './member'
import { nextStepsFor } from './next-steps'
import { directoryIssue, noEstimateReason, PLAN_DOES_NOT_APPLY } from './no-estimate'
import { perDiemFor, ruleFacts, ruleOrigin, type RuleFacts, type Sourced } from './rules'
import { textIn, textLocale } from './text'
import type { Answer, CoverageAnswer, EstimateAnswer, Locale, Origin } from './types'

/** The member's benefits as a request states them (read from a 271 or a benefits summary). */
export type BenefitsGiven = BenefitsInput & { priorAuthorization?: 'required' | 'not_required' | 'unknown' }

export type AnswerInput = {
  locale?: Locale
  /** The payer resolved from what was typed (or the id given); null for an unknown payer. */
  payer: PayerResolution | null
  state?: string
  plan?: string
  program?: Program
  /** The network side the caller chose (origin `request`). */
  network?: Network
  /** The member's benefits, when the caller has them (origin `payer_271`). */
  benefits?: BenefitsGiven
  treatment?: TreatmentInput
  /** The member's 271 entry (real-time check or pasted 271): the payer's own word. */
  eligibility?: EligibilityFacts | null
}

export type AnswerOptions = {
  rules: readonly CoverageRule[]
  profiles: readonly CostSharingProfile[]
  /** The partner's contract with this payer (network, per diem); request values win over it. */
  partnerDefaults?: PartnerDefaults
  /** To name a payer's behavioral-health manager by its directory id. */
  directory?: ReadonlyMap<string, PayerRecord>
}

/**
 * Composes the answer.
 * @example
 * composeAnswer({ payer: resolvePayer(matcher, byId, 'Aetna', { state: 'TX' }), state: 'TX' },
 *   { rules: RULES, profiles: PROFILES }).coverage.conditions
 */
export function composeAnswer(input: AnswerInput, options: AnswerOptions): Answer {
  const locale = input.locale ?? 'en'
  const t = messages(locale)
  const program = input.program ?? 'substance_use'
  const payer = input.payer
  const entry = input.eligibility?.entry
  const origins: Record<string, Origin> = {}

  const planText = input.plan ?? entry?.planName ?? undefined
  const plan = normalizePlan(planText, payer ? { payerKind: payer.kind } : {})
  if (plan.name) origins['plan.name'] = input.plan ? 'request' : 'payer_271'

  const network = input.network ?? options.partnerDefaults?.network ?? 'in'
  const context: RuleContext = {
    payerId: payer?.id ?? null,
    family: payer?.family ?? null,
    kind: payer?.kind ?? null,
    state: input.state ?? null,
    planType: plan.type,
    market: plan.market,
    metalTier: plan.metalTier,
    // TRICARE's beneficiary group (active-duty family, retiree Group A/B) from the plan text.
    beneficiaryGroup: plan.beneficiaryGroup ?? null,
    program,
    network,
  }
  const facts = ruleFacts(options.rules, context)
  const profile = profileFor(options.profiles, context)
  if (!profile) throw new Error('No cost-sharing profile matched: the profiles must contain a default per network')
  const word = entry ? payerWord(entry, network, program) : null

  // Coverage: the rules' answer, then the payer's word over it.
  const notes: { text: string; locale: Locale }[] = facts.chain
    .flatMap((rule) => rule.notes ?? [])
    .reverse()
    .map((text) => ({ text: textIn(locale, text), locale: textLocale(locale, text) }))
  const note = (text: string) => notes.push({ text, locale })

  let status: Sourced<CoverageStatus> = payer ? facts.status(program) : { value: 'unknown', origin: facts.status(program).origin }
  const rulePa = facts.pick('priorAuthorization')
  let priorAuthorization: Sourced<PriorAuthorization> = payer && rulePa ? rulePa : { value: 'unknown', origin: rulePa?.origin ?? status.origin }
  const ruleReferral = facts.pick('referralRequired')
  const referralRequired: Sourced<boolean | null> = payer && ruleReferral ? ruleReferral : { value: null, origin: status.origin }
  const ruleOon = facts.pick('outOfNetworkBenefits')
  const outOfNetworkBenefits: Sourced<boolean | null> = payer && ruleOon ? ruleOon : { value: null, origin: status.origin }
  let manager = payer ? ruleManager(facts, payer, options.directory ?? new Map(), locale) : { value: null, origin: status.origin }

  if (payer && (payer.status === 'defunct' || payer.mergedInto)) {
    status = { value: 'not_covered', origin: status.origin }
    note(payer.mergedInto ? t.notes.merged(payer.name) : t.notes.defunct(payer.name))
  } else if (payer && payer.inState === false) {
    status = { value: 'unknown', origin: status.origin }
    note(t.notes.notInState(payer.name, input.state ?? ''))
  } else if (payer?.notInsurance) {
    status = { value: 'unknown', origin: status.origin }
    note(t.notes.notInsurance(payer.name))
  } else if (payer?.line === 'network') {
    status = { value: 'unknown', origin: status.origin }
    note(t.notes.networkNotPlan(payer.name))
  } else if (network === 'out' && outOfNetworkBenefits.value === false && status.value !== 'unknown') {
    status = { value: 'not_covered', origin: outOfNetworkBenefits.origin }
    note(t.notes.inNetworkOnly)
  }

  // The payer's word (level 1): prior authorization from the 271 or the benefits read from one.
  const givenPa = word && word.priorAuthorization !== 'unknown' ? word.priorAuthorization : input.benefits?.priorAuthorization
  // Even for a payer the directory does not know: it is the payer's own word.
  if (givenPa && givenPa !== 'unknown') {
    if (givenPa !== priorAuthorization.value)
      note(givenPa === 'required' ? t.notes.priorAuthRequired : t.notes.priorAuthNotRequired)
    priorAuthorization = { value: givenPa, origin: 'payer_271' }
  }
  if (word) {
    if (word.status === 'inactive') {
      status = { value: 'not_covered', origin: 'payer_271' }
      note(t.notes.inactive)
    } else if (word.status === 'rejected') {
      status = { value: 'unknown', origin: 'payer_271' }
      note(t.notes.rejected)
    } else if (word.status === 'unknown') note(t.notes.statusUnknown)
    if (word.manager) {
      manager = { value: word.manager, origin: 'payer_271' }
      note(t.notes.carveOut(word.manager.name))
      if (word.generalFiguresDropped) note(t.notes.generalFigures(word.manager.name))
    }
  }

  const benefitsGiven = Boolean(word ? word.figures : input.benefits)
  const reason = noEstimateReason({ payer, word, status: status.value, benefitsGiven })
  const directory = directoryIssue(payer)
  const lead = reason ?? directory
  const planApplies = !(lead && PLAN_DOES_NOT_APPLY.has(lead))
  const conditions = planApplies
    ? conditionsFor(
        {
          priorAuthorization,
          referralRequired,
          outOfNetworkBenefits,
          manager,
          authorizationContact: word?.authorizationContact ?? null,
          limits: word?.limits ?? [],
          status,
        },
        t,
      )
    : []
  status = { value: statusWithConditions(status.value, conditions), origin: status.origin }

  const billingCodes = facts.pick('billingCodes')?.value?.[program] ?? []
  const sources = facts.chain
    .flatMap((rule) => [
      // A rule re-read today says `verified`; one written from a secondary source says `compiled`.
      { title: rule.sourceTitle, url: rule.source, ...(rule.verified ? { verified: rule.verified } : { compiled: rule.compiled }) },
      ...(rule.alsoSee ?? []),
    ])
    .filter((s, i, all) => all.findIndex((o) => o.url === s.url) === i)

  const coverage: CoverageAnswer = {
    status: status.value,
    program,
    priorAuthorization: priorAuthorization.value,
    referralRequired: referralRequired.value,
    outOfNetworkBenefits: outOfNetworkBenefits.value,
    behavioralHealthManager: manager.value,
    billingCodes,
    notes: notes.map((n) => n.text),
    sources,
    rule: { id: facts.winner.id, version: facts.winner.version },
    conditions,
  }
  origins['coverage.status'] = status.origin
  origins['coverage.priorAuthorization'] = priorAuthorization.origin
  if (referralRequired.value !== null) origins['coverage.referralRequired'] = referralRequired.origin
  if (outOfNetworkBenefits.value !== null) origins['coverage.outOfNetworkBenefits'] = outOfNetworkBenefits.origin
  if (manager.value) origins['coverage.behavioralHealthManager'] = manager.origin
  if (entry) origins.member = 'payer_271'

  let estimate: EstimateAnswer | null = null
  if (!reason) {
    const benefits = word ? word.figures : input.benefits ? withoutPriorAuthorization(input.benefits) : undefined
    estimate = estimateAnswer({ input, network: input.network, benefits, options, facts, context, profile, t, origins })
  } else {
    origins.network = input.network ? 'request' : options.partnerDefaults?.network ? 'partner_contract' : 'typical'
  }

  const steps = nextStepsFor(
    {
      payer,
      state: input.state ?? null,
      reason,
      directory,
      conditions,
      priorAuthorization,
      chain: facts.chain,
      locale,
      benefitsGiven,
      rejections: entry?.rejections ?? [],
    },
    t,
  )
  return {
    locale,
    basis: entry || input.benefits ? 'payer_271' : 'rules',
    payer: payer ? payerAnswer(payer) : null,
    plan: { type: plan.type, market: plan.market, metalTier: plan.metalTier, name: plan.name },
    member: input.eligibility ? withFigures(memberAnswer(input.eligibility), memberFigures(word, network)) : null,
    coverage,
    estimate,
    noEstimate: reason,
    nextSteps: steps.steps,
    origins,
    // Each text's language: the catalogs' are the answer's; a rule text is English when the data
    // gives it in English only (the bundled rules give every text in both languages).
    textLocales: { notes: notes.map((n) => n.locale), nextSteps: steps.locales },
  }
}

const payerAnswer = (payer: PayerResolution): PayerAnswer => ({
  id: payer.id,
  name: payer.name,
  kind: payer.kind,
  confidence: payer.confidence,
  matchedBy: payer.matchedBy,
  alternatives: payer.alternatives.map((a) => ({ ...a })),
})

function withoutPriorAuthorization(b: BenefitsGiven): BenefitsInput {
  const { priorAuthorization: _, ...rest } = b
  return rest
}

/**
 * The rules' behavioral-health manager. The payer's own directory record is more specific than a
 * family rule (Empire Plan is in the UnitedHealthcare family but routes behavioral health to
 * Carelon), so it wins; the rule names the manager when the record doesn't; a payer that is itself
 * a manager names itself. A phone comes only from a rule (published numbers), never guessed.
 */
function ruleManager(
  facts: RuleFacts,
  payer: PayerResolution,
  directory: ReadonlyMap<string, PayerRecord>,
  locale: Locale,
): Sourced<{ name: string; phone: string | null } | null> {
  const fromRule = facts.pick('behavioralHealthManager')
  const isManager = facts.pick('payerIsManager')
  const managerId = payer.behavioralHealthManager ?? (isManager ? payer.id : undefined)
  const record = managerId ? directory.get(managerId) : undefined
  const rule = fromRule?.value ?? null
  // A state's behavioral-health entity that authorizes IOP whatever plan is on the card (PA's
  // county plans, CT BHP, MI PIHPs…) beats the manager the payer's own record names.
  if (rule && fromRule && facts.pick('managerOverridesPayer')?.value)
    return { value: { name: textIn(locale, rule.name), phone: rule.phone ?? null }, origin: fromRule.origin }
  if (record)
    return {
      value: { name: record.name, phone: rule?.payerId === record.id ? (rule.phone ?? null) : null },
      // The record says which company; the rule that says there is a manager is the origin.
      origin: fromRule && rule ? fromRule.origin : (isManager?.origin ?? ruleOrigin(facts.winner)),
    }
  if (rule && fromRule) return { value: { name: textIn(locale, rule.name), phone: rule.phone ?? null }, origin: fromRule.origin }
  return { value: null, origin: fromRule?.origin ?? ruleOrigin(facts.winner) }
}

type EstimateArgs = {
  input: AnswerInput
  network: Network | undefined
  benefits: BenefitsInput | undefined
  options: AnswerOptions
  facts: RuleFacts
  context: RuleContext
  profile: CostSharingProfile
  t: ReturnType<typeof messages>
  origins: Record<string, Origin>
}

function estimateAnswer(a: EstimateArgs): EstimateAnswer {
  const { t, profile } = a
  const locale = a.input.locale ?? 'en'
  const perDiem = perDiemFor(a.facts, a.context, t, locale)
  const resolved = resolveEstimateInputs({
    ...(a.network ? { network: a.network } : {}),
    ...(a.benefits ? { benefits: a.benefits } : {}),
    ...(a.benefits && a.input.eligibility?.entry ? { benefitsFrom271: true } : {}),
    ...(a.input.treatment ? { treatment: a.input.treatment } : {}),
    ...(a.options.partnerDefaults ? { partnerDefaults: a.options.partnerDefaults } : {}),
    perDiem,
    profile,
    locale,
    t,
  })
  Object.assign(a.origins, resolved.origins)
  const result = estimateCourse(resolved.input)
  const explanation = explainEstimate(resolved.input, result, t)
  if (!resolved.typical) return { ...result, assumptions: resolved.assumptions, explanation }

  const low = estimateCourse({ ...resolved.input, ...costSharingInput(profile.low) }).patientPays
  const high = estimateCourse({ ...resolved.input, ...costSharingInput(profile.high) }).patientPays
  const range = {
    low: Math.min(low, result.patientPays),
    high: Math.max(high, result.patientPays),
    basis: [t.range.typical(textIn(locale, profile.why)), textIn(locale, profile.rangeWhy), t.range.yours],
  }
  explanation.push(t.explain.range(formatMoney(range.low), formatMoney(range.high)))
  return { ...result, assumptions: resolved.assumptions, explanation, range }
}
