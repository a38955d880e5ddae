/**
 * @module
 * The one-page VOB summary staff print for the patient's file: who, which plan, what the payer
 * said, what the program will cost. A template function rather than an element, so it renders
 * inside the console's shadow root and is styled by its print stylesheet.
 */
import { html, nothing, type TemplateResult } from 'lit'
import type { VobView } from '../../worker/http/schemas/vobs'
import { dateOnly, dateTime, label, money } from './format'

type Loose = Record<string, unknown>
const obj = (v: unknown): Loose => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Loose) : {})
const str = (v: unknown): string => (typeof v === 'string' ? v : '')

function benefitRows(f: Loose): TemplateResult[] {
  const ded = obj(f.deductible)
  const oop = obj(f.outOfPocketMax)
  return [
    html`<tr><th scope="row">Deductible</th><td>${money(ded.total)}</td><td>${money(ded.remaining ?? (typeof ded.total === 'number' && typeof ded.met === 'number' ? ded.total - ded.met : undefined))}</td></tr>`,
    html`<tr><th scope="row">Out-of-pocket max</th><td>${money(oop.total)}</td><td>${money(oop.remaining ?? (typeof oop.total === 'number' && typeof oop.met === 'number' ? oop.total - oop.met : undefined))}</td></tr>`,
    html`<tr><th scope="row">Coinsurance</th><td colspan="2">${typeof f.coinsurance === 'number' ? `${Math.round(f.coinsurance * 1000) / 10}%` : '–'}</td></tr>`,
    html`<tr><th scope="row">Copay per IOP day</th><td colspan="2">${money(f.copay)}</td></tr>`,
  ]
}

/** `BlueChoice PPO` + `PPO` → `BlueChoice PPO`; `Choice Plus` + `POS` → `Choice Plus · POS`. */
const planLabel = (name: string, type: string): string =>
  (type && !name.toUpperCase().includes(type.toUpperCase()) ? [name, type] : [name]).filter(Boolean).join(' · ') || '–'

/** The printable summary of a saved VOB. */
export function vobSummary(vob: VobView): TemplateResult {
  const check = obj(vob.result?.coverageCheck)
  const coverage = obj(check.coverage)
  const estimate = obj(check.estimate)
  const plan = obj(check.plan)
  const tx = obj((obj(vob.result?.eligibility).transactions as unknown[] | undefined)?.[0])
  const iopIn = obj(obj(tx.iop).inNetwork)
  const requestBenefits = obj(obj(check.request).benefits)
  const benefits = Object.keys(iopIn).length ? iopIn : requestBenefits
  return html`<article class="sheet" aria-label="Verification of benefits summary">
    <header class="sheet-head">
      <div>
        <p class="eyebrow">Verification of benefits · Intensive Outpatient Program</p>
        <h2>${vob.patient?.name ?? 'PHI purged'}</h2>
      </div>
      <dl class="sheet-meta">
        <div><dt>Verified</dt><dd>${dateTime(vob.createdAt)}</dd></div>
        <div><dt>By</dt><dd>${vob.createdBy}</dd></div>
        <div><dt>VOB id</dt><dd class="mono">${vob.id.slice(0, 8)}</dd></div>
      </dl>
    </header>

    <section class="sheet-grid">
      <dl>
        <div><dt>Date of birth</dt><dd>${vob.patient ? dateOnly(vob.patient.dob) : '–'}</dd></div>
        <div><dt>Member ID</dt><dd class="mono">${vob.patient?.memberId ?? '–'}</dd></div>
        <div><dt>Payer</dt><dd>${vob.payerName ?? vob.payerId ?? '–'}</dd></div>
        <div><dt>Plan</dt><dd>${planLabel(str(plan.name) || str(tx.planName), str(plan.type))}</dd></div>
      </dl>
      <dl>
        <div><dt>Program</dt><dd>${label(vob.program)}</dd></div>
        <div><dt>Coverage</dt><dd><span class="badge" data-status=${vob.coverageStatus ?? 'unknown'}>${label(vob.coverageStatus)}</span></dd></div>
        <div><dt>Prior authorization</dt><dd>${label(coverage.priorAuthorization ?? iopIn.priorAuthorization)}</dd></div>
        <div><dt>Eligibility (271)</dt><dd>${tx.status ? label(tx.status) : 'Not checked'}</dd></div>
      </dl>
    </section>

    ${Object.keys(benefits).length
      ? html`<section>
          <h3>Member benefits (in network)</h3>
          <table class="benefits">
            <thead><tr><th></th><th scope="col">Total</th><th scope="col">Remaining</th></tr></thead>
            <tbody>${benefitRows(benefits)}</tbody>
          </table>
        </section>`
      : nothing}

    ${Object.keys(estimate).length
      ? html`<section>
          <h3>Estimated cost of the program</h3>
          <div class="totals">
            <div><span>Patient pays</span><strong>${money(estimate.patientPays)}</strong></div>
            <div><span>Plan pays</span><strong>${money(estimate.planPays)}</strong></div>
            <div><span>IOP days</span><strong>${typeof estimate.days === 'number' ? estimate.days : '–'}</strong></div>
          </div>
        </section>`
      : nothing}

    ${vob.result?.notes ? html`<section><h3>Notes</h3><p class="notes">${vob.result.notes}</p></section>` : nothing}

    <footer class="sheet-foot">
      Estimate based on the benefits above; the payer's claim decision is final. Contains protected
      health information: store and dispose of it under your privacy policy.
    </footer>
  </article>`
}
