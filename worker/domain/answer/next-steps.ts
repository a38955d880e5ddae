/**
 * @module
 * What to do next, in the answer's language: when there is no price, first what to do about
 * that; then each condition's action (the carve-out manager's phone, prior authorization, a
 * referral, in-network only, limits), the rules' own steps, and verifying benefits when unknown.
 */
import type { Messages } from '../../i18n/en'
import { adviseOnRejections } from '../x12/rejections'
import type { Rejection } from '../x12/types'
import type { CoverageRule } from '../coverage/rule-schema'
import type { PayerResolution } from '../payer/resolve'
import { textIn, textLocale } from './text'
import type { Condition, Locale, NoEstimateReason, Origin } from './types'
import { PLAN_DOES_NOT_APPLY } from './no-estimate'

export type NextStepFacts = {
  payer: PayerResolution | null
  state: string | null
  reason: NoEstimateReason | null
  /** The directory's doubt about the payer, said even when given benefits are priced. */
  directory: NoEstimateReason | null
  conditions: readonly Condition[]
  priorAuthorization: { value: string; origin: Origin }
  chain: readonly CoverageRule[]
  /** The answer's language, for the rules' own steps. */
  locale: Locale
  benefitsGiven: boolean
  /** The payer's AAA rejections, for what to correct. */
  rejections: readonly Rejection[]
}

/** What to do about the rejections, in the answer's language, from the fields their codes point at. */
function rejectionSteps(rejections: readonly Rejection[], t: Messages): string[] {
  const advice = adviseOnRejections(rejections)
  if (advice?.kind === 'retry_later') return [t.next.rejectedRetry]
  const fields = advice?.fields ?? []
  const keys = [...new Set(fields.map((f) => (f === 'firstName' || f === 'lastName' ? 'name' : f)))]
  const steps = keys.flatMap((k) => (k in t.next.rejectedField ? [t.next.rejectedField[k as keyof Messages['next']['rejectedField']]] : []))
  return steps.length ? steps : [t.next.rejectedDefault]
}

/** The steps and, index for index, the language of each (`en` for an English-only rule text). */
export type Steps = { steps: string[]; locales: Locale[] }

export function nextStepsFor(f: NextStepFacts, t: Messages): Steps {
  const n = t.next
  const out: { text: string; locale: Locale }[] = []
  const add = (text: string, locale: Locale = f.locale) => out.push({ text, locale })
  const name = f.payer?.name ?? ''
  const lead = f.reason ?? f.directory
  switch (lead) {
    case 'payer_unknown':
      n.payerUnknown.forEach((s) => add(s))
      break
    case 'payer_defunct':
      n.defunct(name).forEach((s) => add(s))
      break
    case 'payer_not_in_state':
      n.notInState(name, f.state ?? '').forEach((s) => add(s))
      break
    case 'not_insurance':
      n.notInsurance(name).forEach((s) => add(s))
      break
    case 'network_not_plan':
      n.networkNotPlan(name).forEach((s) => add(s))
      break
    case 'member_inactive':
      n.inactive.forEach((s) => add(s))
      break
    case 'member_rejected':
      n.rejected(rejectionSteps(f.rejections, t)).forEach((s) => add(s))
      break
    case 'not_covered':
      add(n.notCovered)
      break
    default:
      break
  }
  if (lead && PLAN_DOES_NOT_APPLY.has(lead)) return done(out)

  for (const c of f.conditions) {
    if (c.kind === 'carve_out' && c.contact) {
      add(f.reason === 'manager_holds_benefits' ? n.managerHolds(c.contact.name, c.contact.phone) : n.manager(c.contact.name, c.contact.phone))
    } else if (c.kind === 'prior_authorization') {
      add(c.origin === 'payer_271' ? n.priorAuthRequiredPayer : n.priorAuthRequired)
      if (c.contact?.phone) add(n.authorizationContact(c.contact.name || name, c.contact.phone))
    } else if (c.kind === 'referral') add(n.referral)
    else if (c.kind === 'in_network_only' && f.reason !== 'not_covered') add(n.inNetworkOnly)
    else if (c.kind === 'visit_limit' && !out.some((s) => s.text === n.visitLimit)) add(n.visitLimit)
  }
  if (f.priorAuthorization.value === 'varies') add(n.priorAuthVaries)
  for (const rule of [...f.chain].reverse()) for (const s of rule.nextSteps ?? []) add(textIn(f.locale, s), textLocale(f.locale, s))
  if (!f.benefitsGiven) add(n.verify)
  return done(out)
}

function done(out: { text: string; locale: Locale }[]): Steps {
  const unique = out.filter((s, i) => out.findIndex((o) => o.text === s.text) === i)
  return { steps: unique.map((s) => s.text), locales: unique.map((s) => s.locale) }
}
