/**
 * @module
 * The one-page VOB printout for the patient's file: the reference number, who verified what and
 * when, the call record, every 271 transaction (status, plan and dates, group, contacts,
 * carve-out, rejections, IOP figures in and out of network, EB lines), the one answer (verdict,
 * price or why none, conditions, assumptions, origins, sources) and a disclaimer. A template
 * function, so it renders in the console's shadow root and its print stylesheet applies.
 */
import { html, nothing, type TemplateResult } from 'lit'
import type { VobView } from '../../worker/http/schemas/vobs'
import { answerCore, answerDetails } from './answer-view'
import { arr, dateOnly, dateTime, label, obj, str } from './format'
import { transactionView } from './x12-view'

const SOURCE_WORDS: Record<string, string> = {
  real_time: 'Real-time check through the clearinghouse (270/271)',
  pasted_271: 'The payer’s 271, pasted by staff',
  staff_entry: 'Benefits entered by staff',
}

/** `BlueChoice PPO` + `PPO` → `BlueChoice PPO`; `Choice Plus` + `POS` → `Choice Plus · POS`. */
const planLabel = (name: string, type: string): string =>
  (type && !name.toUpperCase().includes(type.toUpperCase()) ? [name, type] : [name]).filter(Boolean).join(' · ')

/** The printable summary of a saved VOB. */
export function vobSummary(vob: VobView): TemplateResult {
  const result = vob.result ?? {}
  const answer = obj(result.coverageCheck)
  const hasAnswer = Object.keys(answer).length > 0
  const transactions = arr(obj(result.eligibility).transactions).map(obj)
  const chosen = typeof result.transactionIndex === 'number' ? result.transactionIndex : 0
  const tx = transactions[chosen] ?? {}
  const plan = obj(answer.plan)
  const payer = obj(answer.payer)
  const meta: [string, string][] = [
    ['Reference', vob.reference],
    ['Verified', dateTime(vob.createdAt)],
    ['By', vob.createdBy],
  ]
  const facts: [string, string][] = [
    ['Patient', vob.patient?.name ?? 'PHI purged'],
    ['Date of birth', vob.patient ? dateOnly(vob.patient.dob) : ''],
    ['Member ID', vob.patient?.memberId ?? ''],
    ['Payer', str(obj(tx.payer).name) || str(payer.name) || (vob.payerName ?? vob.payerId ?? '')],
    ['Plan', str(tx.planName) || planLabel(str(plan.name), str(plan.type))],
    ['Program', label(vob.program)],
    ['How verified', SOURCE_WORDS[result.source ?? ''] ?? ''],
    ['Payer call reference', result.callReference ?? ''],
    ['Spoke with', result.spokeWith ?? ''],
  ]
  return html`<article class="sheet" aria-labelledby="sheet-h">
    <header class="sheet-head">
      <div>
        <p class="eyebrow">Verification of benefits · Intensive Outpatient Program</p>
        <h2 id="sheet-h">${vob.patient?.name ?? 'PHI purged'}</h2>
      </div>
      <dl class="sheet-meta">
        ${meta.filter(([, v]) => v).map(([k, v]) => html`<div><dt>${k}</dt><dd class=${k === 'Reference' ? 'mono' : ''} data-testid=${k === 'Reference' ? 'reference' : nothing}>${v}</dd></div>`)}
      </dl>
    </header>
    <dl class="sheet-grid">
      ${facts.filter(([, v]) => v).map(([k, v]) => html`<div><dt>${k}</dt><dd class=${k === 'Member ID' ? 'mono' : ''}>${v}</dd></div>`)}
    </dl>
    ${hasAnswer
      ? html`<section class="sheet-answer" aria-labelledby="sheet-answer-h">
          <h3 id="sheet-answer-h">The answer${transactions.length > 1 ? ` (for transaction ${chosen + 1})` : ''}</h3>
          ${answerCore(answer)}
          <div class="sheet-cols">${answerDetails(answer)}</div>
        </section>`
      : nothing}
    ${transactions.length
      ? html`<section aria-labelledby="sheet-271-h">
          <h3 id="sheet-271-h">What the payer’s 271 says</h3>
          ${transactions.map((t, i) => transactionView(t, i, { print: true }))}
        </section>`
      : nothing}
    ${result.notes ? html`<section><h3>Notes</h3><p class="notes">${result.notes}</p></section>` : nothing}
    <footer class="sheet-foot">
      This is an estimate from the benefits above as the payer stated them on the date shown and the sources
      listed; it is not a guarantee of payment. The payer decides coverage when the claim is processed, and
      benefits can change. Contains protected health information: store and dispose of it under your privacy policy.
    </footer>
  </article>`
}
