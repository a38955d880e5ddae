/**
 * @module
 * The one answer (worker/domain/answer/types.ts) as the console and the printed VOB show it:
 * verdict, price or why there is none, the named conditions, the prior authorization and the
 * behavioral-health manager, assumptions, next steps, sources, and where each fact came from.
 * Read defensively: a v0.1 coverage check (no origins, no conditions) renders too, and anything
 * absent is left out rather than shown blank.
 */
import { html, nothing, type TemplateResult } from 'lit'
import type { Answer } from '../../worker/domain/answer/types'
import { arr, label, money, noEstimateLabel, num, obj, originLabel, percent, phone, str, verdictLabel, type Loose } from './format'

/** Labels of the origin paths the answer names (DESIGN.md): what the person reads. */
const FACT_NAMES: Record<string, string> = {
  'coverage.status': 'Coverage',
  'coverage.priorAuthorization': 'Prior authorization',
  'coverage.referralRequired': 'Referral',
  'coverage.behavioralHealthManager': 'Behavioral-health manager',
  'coverage.outOfNetworkBenefits': 'Out-of-network benefits',
  network: 'Network',
  'treatment.allowedPerDay': 'Allowed per day',
  'treatment.chargePerDay': 'Charge per day',
  'treatment.daysPerWeek': 'Days per week',
  'treatment.weeks': 'Weeks',
  'benefits.deductible': 'Deductible',
  'benefits.outOfPocketMax': 'Out-of-pocket maximum',
  'benefits.coinsurance': 'Coinsurance',
  'benefits.copay': 'Copay',
  'benefits.deductibleApplies': 'Deductible applies',
  'plan.name': 'Plan name',
}

const originOf = (answer: Loose, path: string): string => originLabel(obj(answer.origins)[path])

/** Fields whose number is integer cents (DESIGN.md: money is cents); the rest are counts or fractions. */
const MONEY_FIELDS = /(PerDay|copay|deductible|outOfPocketMax)$/

function valueText(value: unknown, field: string): string {
  if (typeof value === 'boolean') return value ? 'Yes' : 'No'
  if (typeof value === 'number') {
    if (MONEY_FIELDS.test(field)) return money(value)
    return field.endsWith('coinsurance') ? percent(value) : String(value)
  }
  if (typeof value === 'string') return label(value)
  const o = obj(value)
  if (num(o.total) !== null) return `${money(o.total)}${num(o.met) !== null ? ` (met ${money(o.met)})` : ''}`
  return ''
}

/** Verdict, price and conditions: the part every surface must show the same (tested). */
export function answerCore(answer: Answer | Loose): TemplateResult {
  const a = answer as Loose
  const coverage = obj(a.coverage)
  const estimate = a.estimate === null ? null : obj(a.estimate)
  const conditions = arr(coverage.conditions).map(obj)
  const manager = obj(coverage.behavioralHealthManager)
  const pa = str(coverage.priorAuthorization)
  return html`<div class="answer" data-testid="answer">
    <p class="verdict">
      <span class="badge" data-status=${str(coverage.status) || 'unknown'} data-testid="verdict">${verdictLabel(coverage.status)}</span>
      ${pa ? html`<span>Prior authorization: <strong data-testid="prior-auth">${label(pa)}</strong>
          ${originOf(a, 'coverage.priorAuthorization') ? html`<small class="origin">(${originOf(a, 'coverage.priorAuthorization')})</small>` : nothing}</span>` : nothing}
    </p>
    ${estimate && Object.keys(estimate).length
      ? html`<div class="totals" data-testid="price">
          <div><span>Patient pays</span><strong data-testid="patient-pays">${money(estimate.patientPays)}</strong></div>
          <div><span>Plan pays</span><strong>${money(estimate.planPays)}</strong></div>
          ${num(estimate.days) !== null ? html`<div><span>IOP days</span><strong>${estimate.days}</strong></div>` : nothing}
        </div>`
      : html`<p class="no-price" data-testid="no-price">${noEstimateLabel(a.noEstimate)}</p>`}
    ${str(manager.name)
      ? html`<p>Behavioral health is managed by <strong>${str(manager.name)}</strong>${str(manager.phone) ? html` · ${phone(manager.phone)}` : nothing}
          ${originOf(a, 'coverage.behavioralHealthManager') ? html`<small class="origin">(${originOf(a, 'coverage.behavioralHealthManager')})</small>` : nothing}</p>`
      : nothing}
    ${conditions.length
      ? html`<h4>Conditions</h4>
          <ul class="conditions" data-testid="conditions">
            ${conditions.map((c) => {
              const contact = obj(c.contact)
              return html`<li data-kind=${str(c.kind)}>${str(c.text) || label(c.kind)}${str(contact.name) ? html` · ${str(contact.name)}${str(contact.phone) ? html` ${phone(contact.phone)}` : nothing}` : nothing}
                ${originLabel(c.origin) ? html`<small class="origin">(${originLabel(c.origin)})</small>` : nothing}</li>`
            })}
          </ul>`
      : nothing}
  </div>`
}

/** Assumptions, next steps, sources and origins: the rest of the answer. */
export function answerDetails(answer: Answer | Loose): TemplateResult {
  const a = answer as Loose
  const coverage = obj(a.coverage)
  const assumptions = arr(obj(a.estimate).assumptions).map(obj)
  const nextSteps = arr(a.nextSteps).map(str).filter(Boolean)
  const notes = arr(coverage.notes).map(str).filter(Boolean)
  const sources = arr(coverage.sources).map(obj).filter((s) => str(s.title))
  const origins = Object.entries(obj(a.origins)).filter(([, o]) => str(o))
  return html`
    ${assumptions.length
      ? html`<h4>Assumptions</h4>
          <ul class="assumptions">
            ${assumptions.map((s) => html`<li>${FACT_NAMES[str(s.field)] ?? str(s.field)}${valueText(s.value, str(s.field)) ? html`: ${valueText(s.value, str(s.field))}` : nothing}${str(s.why) ? html` — ${str(s.why)}` : nothing}
              ${originLabel(s.origin) ? html`<small class="origin">(${originLabel(s.origin)})</small>` : nothing}</li>`)}
          </ul>`
      : nothing}
    ${nextSteps.length ? html`<h4>Next steps</h4><ul>${nextSteps.map((s) => html`<li>${s}</li>`)}</ul>` : nothing}
    ${notes.length ? html`<h4>Notes</h4><ul>${notes.map((s) => html`<li>${s}</li>`)}</ul>` : nothing}
    ${origins.length
      ? html`<h4>Where each fact comes from</h4>
          <dl class="origins" data-testid="origins">
            ${origins.map(([path, o]) => html`<div><dt>${FACT_NAMES[path] ?? path}</dt><dd>${originLabel(o)}</dd></div>`)}
          </dl>`
      : nothing}
    ${sources.length
      ? html`<h4>Sources</h4>
          <ul class="sources">
            ${sources.map((s) => html`<li>${str(s.url) ? html`<a href=${str(s.url)} rel="noopener noreferrer" target="_blank">${str(s.title)}</a>` : str(s.title)}${str(s.verified) ? html` <small>(verified ${str(s.verified)})</small>` : str(s.compiled) ? html` <small>(compiled ${str(s.compiled)})</small>` : nothing}</li>`)}
          </ul>`
      : nothing}
  `
}
