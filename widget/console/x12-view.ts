/**
 * @module
 * One 271 transaction (subscriber or dependent, worker/domain/x12/types.ts) as staff read it:
 * status, plan and dates, group, the payer's contacts, the carve-out manager, other insurance,
 * AAA rejections in words with what to do next, the IOP figures in and out of network, and every
 * decoded EB line with its MSG texts. The v0.2 fields are optional (older readers do not fill
 * them): what is absent is not shown.
 */
import { html, nothing, type TemplateResult } from 'lit'
import { adviseOnRejections } from '../../worker/domain/x12/rejections'
import type { Benefit, EligibilityEntry, IopFigures, Rejection } from '../../worker/domain/x12/types'
import { arr, dateOnly, label, money, num, obj, percent, phone, str, type Loose } from './format'

type Row = [string, string, string]

/**
 * The server's one answer for transaction `index` of a reading: a real-time check answers for
 * its first entry (`coverageCheck`), a pasted 271 read with `estimate=1` for each entry
 * (`coverageChecks[index]`). Null when the server composed none for that entry.
 */
export function serverAnswerFor(reading: { source: 'real_time' | 'pasted_271'; body: Loose }, index: number): Loose | null {
  const answer = reading.source === 'real_time' ? (index === 0 ? reading.body.coverageCheck : undefined) : arr(reading.body.coverageChecks)[index]
  return answer && typeof answer === 'object' ? obj(answer) : null
}

/** Whether a transaction carries benefits to use (active or unknown, not rejected, with figures or lines). */
export function hasBenefits(tx: EligibilityEntry | Loose): boolean {
  const t = tx as Loose
  if (t.status === 'rejected' || t.status === 'inactive') return false
  const iop = obj(t.iop)
  const figures = (f: Loose) =>
    num(obj(f.deductible).total) !== null ||
    num(obj(f.outOfPocketMax).total) !== null ||
    num(f.coinsurance) !== null ||
    num(f.copay) !== null
  return figures(obj(iop.inNetwork)) || figures(obj(iop.outOfNetwork))
}

export const transactionTitle = (tx: Loose, index: number): string =>
  `${tx.level === 'dependent' ? 'Dependent' : tx.level === 'subscriber' ? 'Subscriber' : label(tx.level) || 'Member'} (transaction ${index + 1})`

/** The IOP figures as rows [label, in network, out of network]; rows with nothing on either side are left out. */
export function iopRows(inNet: IopFigures | Loose, outNet: IopFigures | Loose): Row[] {
  const i = obj(inNet)
  const o = obj(outNet)
  const amount = (f: Loose, k: 'deductible' | 'outOfPocketMax', part: 'total' | 'remaining') => money(obj(f[k])[part])
  const pa = (f: Loose) => (f.priorAuthorization && f.priorAuthorization !== 'unknown' ? label(f.priorAuthorization) : '')
  const contact = (f: Loose) => {
    const c = obj(f.authorizationContact)
    return [str(c.name), phone(c.phone)].filter(Boolean).join(' · ')
  }
  const limits = (f: Loose) =>
    arr(f.limits)
      .map(obj)
      .map((l) => (num(l.quantity) !== null ? `${l.quantity} ${str(l.unit)}${str(l.period) ? ` per ${str(l.period)}` : ''}${str(l.serviceType) ? ` (${str(l.serviceType)})` : ''}` : ''))
      .filter(Boolean)
      .join('; ')
  const rows: Row[] = [
    ['Deductible', amount(i, 'deductible', 'total'), amount(o, 'deductible', 'total')],
    ['Deductible remaining', amount(i, 'deductible', 'remaining'), amount(o, 'deductible', 'remaining')],
    ['Out-of-pocket max', amount(i, 'outOfPocketMax', 'total'), amount(o, 'outOfPocketMax', 'total')],
    ['Out-of-pocket remaining', amount(i, 'outOfPocketMax', 'remaining'), amount(o, 'outOfPocketMax', 'remaining')],
    ['Coinsurance (patient share)', percent(i.coinsurance), percent(o.coinsurance)],
    ['Copay', money(i.copay), money(o.copay)],
    ['Prior authorization', pa(i), pa(o)],
    ['Authorization contact', contact(i), contact(o)],
    ['Visit or day limits', limits(i), limits(o)],
  ]
  return rows.filter(([, a, b]) => a || b)
}

/** A decoded EB line in one sentence: "Co-insurance · IND · Alcoholism · in network · 20%". */
export function benefitLine(b: Benefit | Loose): string {
  const l = b as Loose
  const coded = (v: unknown) => str(obj(v).meaning) || str(obj(v).code)
  const q = obj(l.quantity)
  const parts = [
    coded(l.info),
    coded(l.coverageLevel),
    arr(l.serviceTypes).map(coded).filter(Boolean).join(', '),
    str(l.planDescription),
    l.network === 'in' ? 'in network' : l.network === 'out' ? 'out of network' : l.network === 'both' ? 'in and out of network' : '',
    coded(l.timePeriod),
    money(l.amount),
    percent(l.percent),
    num(q.value) !== null ? `${q.value} ${coded(q.qualifier)}`.trim() : '',
    l.authorization === 'required' ? 'authorization required' : l.authorization === 'not_required' ? 'no authorization' : '',
  ]
  return parts.filter(Boolean).join(' · ')
}

function rejectionsView(rejections: Rejection[]): TemplateResult | typeof nothing {
  if (rejections.length === 0) return nothing
  const advice = adviseOnRejections(rejections)
  return html`<div class="rejection" data-testid="rejection">
    <p><strong>The payer rejected this inquiry.</strong></p>
    <ul>
      ${rejections.map((r) => html`<li>AAA ${r.code}: ${r.meaning ?? 'a reason the payer did not name'}${r.followUp?.meaning ? html` — ${r.followUp.meaning}` : nothing}</li>`)}
    </ul>
    ${advice ? html`<p class="next"><strong>What to do next:</strong> ${advice.message}</p>` : nothing}
  </div>`
}

/** The facts of one transaction as dt/dd pairs, present ones only. */
function factRows(t: Loose): [string, TemplateResult | string][] {
  const dates = obj(t.dates)
  const span = (begin: unknown, end: unknown) =>
    [dateOnly(begin), dateOnly(end)].some(Boolean) ? `${dateOnly(begin) || '…'} – ${dateOnly(end) || 'open'}` : ''
  const payer = obj(t.payer)
  const carveOut = obj(t.carveOut)
  const rows: [string, TemplateResult | string][] = [
    ['Payer (as the 271 names it)', [str(payer.name), str(payer.id) ? `ID ${str(payer.id)}` : ''].filter(Boolean).join(' · ')],
    ['Plan', str(t.planName)],
    ['Eligibility dates', span(dates.eligibilityBegin, dates.eligibilityEnd)],
    ['Plan dates', span(dates.planBegin, dates.planEnd)],
    ['Group number', str(t.groupNumber)],
    [
      'Behavioral health carved out to',
      str(carveOut.name) ? html`<strong data-testid="carve-out">${str(carveOut.name)}</strong>${str(carveOut.phone) ? ` · ${phone(carveOut.phone)}` : ''}` : '',
    ],
    [
      'Other insurance (coordination of benefits)',
      arr(t.otherPayers)
        .map(obj)
        .map((p) => [str(p.name), str(p.insuranceType)].filter(Boolean).join(' · '))
        .filter(Boolean)
        .join('; '),
    ],
  ]
  return rows.filter(([, v]) => v !== '')
}

function contactsView(t: Loose): TemplateResult | typeof nothing {
  const contacts = arr(t.payerContacts)
    .map(obj)
    .map((c) => [str(c.name), phone(c.phone), str(c.fax) ? `fax ${phone(c.fax)}` : '', str(c.email), str(c.url)].filter(Boolean).join(' · '))
    .filter(Boolean)
  return contacts.length ? html`<div><dt>Payer contacts</dt><dd>${contacts.map((c) => html`<span class="line">${c}</span>`)}</dd></div>` : nothing
}

/**
 * One transaction. `benefitsOpen`: show the EB lines expanded (print) rather than in a
 * disclosure (screen). `action`: the "Use these benefits" button, only where there are benefits.
 */
export function transactionView(
  tx: EligibilityEntry | Loose,
  index: number,
  options: { action?: TemplateResult | undefined; print?: boolean } = {},
): TemplateResult {
  const t = tx as Loose
  const iop = obj(t.iop)
  const rows = iopRows(obj(iop.inNetwork), obj(iop.outOfNetwork))
  const benefits = arr(t.benefits).map(obj)
  const lines = html`<ol class="eb-lines">
    ${benefits.map((b) => html`<li>${benefitLine(b)}${arr(b.messages).map((m) => html`<span class="msg">“${str(m)}”</span>`)}</li>`)}
  </ol>`
  const headingId = `tx-${index}-h`
  return html`<article class="card tx" aria-labelledby=${headingId} data-testid="transaction" data-status=${str(t.status)}>
    <h3 id=${headingId}>${transactionTitle(t, index)}
      <span class="badge" data-status=${str(t.status) || 'unknown'}>${label(t.status) || 'Unknown'}</span></h3>
    ${rejectionsView(arr(t.rejections) as Rejection[])}
    <dl class="facts">
      ${factRows(t).map(([k, v]) => html`<div><dt>${k}</dt><dd>${v}</dd></div>`)}
      ${contactsView(t)}
    </dl>
    ${rows.length
      ? html`<table class="iop">
          <caption>IOP benefits for the program</caption>
          <thead><tr><th scope="col">Benefit</th><th scope="col">In network</th><th scope="col">Out of network</th></tr></thead>
          <tbody>${rows.map(([k, a, b]) => html`<tr><th scope="row">${k}</th><td>${a || 'Not stated'}</td><td>${b || 'Not stated'}</td></tr>`)}</tbody>
        </table>`
      : nothing}
    ${benefits.length
      ? options.print
        ? html`<h4>Benefit lines (EB) from the 271</h4>${lines}`
        : html`<details class="eb"><summary>Benefit lines (EB) from the 271: ${benefits.length}</summary>${lines}</details>`
      : nothing}
    ${options.action ?? nothing}
  </article>`
}
