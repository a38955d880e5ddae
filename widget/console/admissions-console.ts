/**
 * @module
 * `<iop-admissions-console>`: the staff console at /console. Staff sign in with a staff key
 * (kept in memory only, see api.ts), see the leads the widget collected, verify a patient's
 * benefits (coverage check with the member's real numbers, or a pasted 271), save the
 * verification as a VOB, and print a one-page summary. Every PHI read goes through the audited
 * staff API; nothing is cached outside this element's state, and signing out clears it.
 * This file holds the class only; `index.ts` registers the tag.
 */
import { LitElement, html, nothing, type TemplateResult } from 'lit'
import { query, state } from 'lit/decorators.js'
import type { AuditEntryView } from '../../worker/http/schemas/audit'
import type { LeadView } from '../../worker/http/schemas/leads'
import type { VobListItemView, VobView } from '../../worker/http/schemas/vobs'
import { consoleStyles } from './admissions-console.styles'
import { ApiFailure, ConsoleApi } from './api'
import { dateTime, label, money, phone, toCents } from './format'
import { vobSummary } from './vob-summary'

type Tab = 'leads' | 'verify' | 'vobs' | 'audit'
const TABS: [Tab, string][] = [
  ['leads', 'Leads'],
  ['verify', 'Verify benefits'],
  ['vobs', 'Saved VOBs'],
  ['audit', 'Audit log'],
]

type Loose = Record<string, unknown>
const obj = (v: unknown): Loose => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Loose) : {})

/**
 * @summary Admissions console: leads, benefit verification, saved VOBs and the audit log.
 */
export class IopAdmissionsConsole extends LitElement {
  static override styles = consoleStyles

  readonly #api = new ConsoleApi()

  @query('#verify-form') private _verifyForm!: HTMLFormElement

  @state() private _signedIn = false
  @state() private _tab: Tab = 'leads'
  @state() private _busy = false
  @state() private _error = ''
  @state() private _notice = ''
  @state() private _leads: LeadView[] = []
  @state() private _vobs: VobListItemView[] = []
  @state() private _audit: AuditEntryView[] = []
  @state() private _vob: VobView | null = null
  @state() private _check: Loose | null = null
  @state() private _eligibility: Loose | null = null

  override render() {
    if (!this._signedIn) return this.#renderSignIn()
    return html`
      <header class="topbar">
        <h1>Admissions console</h1>
        <span class="who">Signed in with a staff key ·
          <button class="secondary" @click=${this.#signOut}>Sign out</button></span>
      </header>
      <nav aria-label="Console sections">
        ${TABS.map(
          ([tab, text]) =>
            html`<button aria-current=${this._tab === tab ? 'page' : 'false'} @click=${() => this.#open(tab)}>${text}</button>`,
        )}
      </nav>
      <main>
        ${this._error ? html`<div role="alert">${this._error}</div>` : nothing}
        <div role="status" aria-live="polite">${this._notice}</div>
        ${this._tab === 'leads' ? this.#renderLeads() : nothing}
        ${this._tab === 'verify' ? this.#renderVerify() : nothing}
        ${this._tab === 'vobs' ? this.#renderVobs() : nothing}
        ${this._tab === 'audit' ? this.#renderAudit() : nothing}
      </main>
    `
  }

  #renderSignIn(): TemplateResult {
    return html`<main>
      <form class="card signin" @submit=${this.#signIn}>
        <h2>Admissions console</h2>
        <p>Sign in with your staff key. It stays in this tab's memory only: reloading or closing the tab signs you out.</p>
        ${this._error ? html`<div role="alert">${this._error}</div>` : nothing}
        <label for="staff-key">Staff key</label>
        <input id="staff-key" name="key" type="password" autocomplete="off" spellcheck="false" required placeholder="sk_…" />
        <div class="row"><button class="primary" type="submit" ?disabled=${this._busy}>Sign in</button></div>
      </form>
    </main>`
  }

  #renderLeads(): TemplateResult {
    return html`<section aria-labelledby="leads-h">
      <div class="toolbar">
        <h2 id="leads-h">Leads</h2>
        <button class="secondary no-print" @click=${() => this.#load('leads')}>Refresh</button>
      </div>
      ${this._leads.length === 0
        ? html`<p class="card empty">No leads yet.</p>`
        : html`<table>
            <thead><tr><th>Received</th><th>Name</th><th>Contact</th><th>Best time</th><th>Insurance</th><th>Coverage</th><th>Webhook</th></tr></thead>
            <tbody>
              ${this._leads.map(
                (l) => html`<tr>
                  <td>${dateTime(l.createdAt)}<small>consent v${l.consent.textVersion}</small></td>
                  <td>${l.contact?.name ?? html`<em>purged</em>`}${l.contact?.message ? html`<small>${l.contact.message}</small>` : nothing}</td>
                  <td>${phone(l.contact?.phone)}${l.contact?.email ? html`<small>${l.contact.email}</small>` : nothing}</td>
                  <td>${label(l.contact?.preferredTime)}</td>
                  <td>${l.context.payerId ?? '–'}<small>${[l.context.state, label(l.context.program)].filter((x) => x && x !== '–').join(' · ')}</small></td>
                  <td>${l.context.coverageStatus ? html`<span class="badge" data-status=${l.context.coverageStatus}>${label(l.context.coverageStatus)}</span>` : '–'}${l.context.patientPays !== undefined ? html`<small>est. ${money(l.context.patientPays)}</small>` : nothing}</td>
                  <td><span class="badge" data-status=${l.delivery.status}>${label(l.delivery.status)}</span></td>
                </tr>`,
              )}
            </tbody>
          </table>`}
    </section>`
  }

  #renderVerify(): TemplateResult {
    const tx = obj((obj(this._eligibility).transactions as unknown[] | undefined)?.[0])
    return html`<section aria-labelledby="verify-h">
      <div class="toolbar"><h2 id="verify-h">Verify benefits</h2></div>
      <form id="verify-form" class="card" @submit=${(e: Event) => e.preventDefault()}>
        <fieldset>
          <legend>Patient</legend>
          <div class="grid">
            <div><label for="p-name">Full name</label><input id="p-name" name="name" autocomplete="off" /></div>
            <div><label for="p-dob">Date of birth</label><input id="p-dob" name="dob" type="date" /></div>
            <div><label for="p-member">Member ID</label><input id="p-member" name="memberId" autocomplete="off" spellcheck="false" /></div>
          </div>
        </fieldset>
        <fieldset>
          <legend>Plan</legend>
          <div class="grid">
            <div><label for="c-payer">Insurance company</label><input id="c-payer" name="payer" /></div>
            <div><label for="c-state">State</label><input id="c-state" name="state" maxlength="2" /></div>
            <div><label for="c-plan">Plan name or type</label><input id="c-plan" name="plan" /></div>
            <div><label for="c-program">Program</label>
              <select id="c-program" name="program"><option value="substance_use">Substance use</option><option value="mental_health">Mental health</option></select></div>
            <div><label for="c-network">Network</label>
              <select id="c-network" name="network"><option value="in">In network</option><option value="out">Out of network</option></select></div>
          </div>
        </fieldset>
        <fieldset>
          <legend>Member benefits (from the payer)</legend>
          <div class="grid">
            <div><label for="b-ded">Deductible ($)</label><input id="b-ded" name="dedTotal" inputmode="decimal" /></div>
            <div><label for="b-ded-met">Deductible met ($)</label><input id="b-ded-met" name="dedMet" inputmode="decimal" /></div>
            <div><label for="b-oop">Out-of-pocket max ($)</label><input id="b-oop" name="oopTotal" inputmode="decimal" /></div>
            <div><label for="b-oop-met">OOP met ($)</label><input id="b-oop-met" name="oopMet" inputmode="decimal" /></div>
            <div><label for="b-coins">Coinsurance (%)</label><input id="b-coins" name="coinsurance" inputmode="decimal" /></div>
            <div><label for="b-copay">Copay per day ($)</label><input id="b-copay" name="copay" inputmode="decimal" /></div>
          </div>
          <p class="check"><input id="b-ded-applies" name="deductibleApplies" type="checkbox" checked /><label for="b-ded-applies">Deductible applies to IOP</label></p>
        </fieldset>
        <fieldset>
          <legend>Treatment plan</legend>
          <div class="grid">
            <div><label for="t-days">Days per week</label><input id="t-days" name="daysPerWeek" inputmode="numeric" value="3" /></div>
            <div><label for="t-weeks">Weeks</label><input id="t-weeks" name="weeks" inputmode="numeric" value="12" /></div>
            <div><label for="t-charge">Charge per day ($)</label><input id="t-charge" name="chargePerDay" inputmode="decimal" /></div>
            <div><label for="t-allowed">Allowed per day ($)</label><input id="t-allowed" name="allowedPerDay" inputmode="decimal" /></div>
          </div>
        </fieldset>
        <div class="row"><button class="primary" type="button" ?disabled=${this._busy} @click=${this.#runCheck}>Run coverage check</button></div>
        ${this._check ? this.#renderCheck(this._check) : nothing}

        <fieldset class="result">
          <legend>Or paste the payer's 271</legend>
          <label for="x12">X12 271 eligibility response</label>
          <textarea id="x12" name="x12" spellcheck="false"></textarea>
          <div class="row"><button class="secondary" type="button" ?disabled=${this._busy} @click=${this.#readX12}>Read 271</button></div>
          ${this._eligibility
            ? html`<p>Eligibility: <span class="badge" data-status=${String(tx.status ?? 'unknown')}>${label(tx.status)}</span>
                ${tx.planName ? html` · ${String(tx.planName)}` : nothing}
                <button class="secondary" type="button" @click=${this.#useX12Benefits}>Use these benefits</button></p>`
            : nothing}
        </fieldset>

        <fieldset>
          <legend>Save</legend>
          <label for="notes">Notes (reference numbers, who you spoke to)</label>
          <textarea id="notes" name="notes"></textarea>
          <div class="row"><button class="primary" type="button" ?disabled=${this._busy || (!this._check && !this._eligibility)} @click=${this.#saveVob}>Save VOB</button></div>
        </fieldset>
      </form>
    </section>`
  }

  #renderCheck(check: Loose): TemplateResult {
    const coverage = obj(check.coverage)
    const estimate = obj(check.estimate)
    return html`<div class="result">
      <p>Coverage: <span class="badge" data-status=${String(coverage.status ?? 'unknown')}>${label(coverage.status)}</span>
        · prior authorization ${label(coverage.priorAuthorization)}</p>
      <div class="totals">
        <div><span>Patient pays</span><strong>${money(estimate.patientPays)}</strong></div>
        <div><span>Plan pays</span><strong>${money(estimate.planPays)}</strong></div>
        <div><span>IOP days</span><strong>${typeof estimate.days === 'number' ? estimate.days : '–'}</strong></div>
      </div>
    </div>`
  }

  #renderVobs(): TemplateResult {
    if (this._vob) {
      return html`<section aria-label="VOB summary">
        <div class="toolbar sheet-tools no-print">
          <button class="secondary" @click=${() => (this._vob = null)}>← Back to saved VOBs</button>
          <button class="primary" @click=${() => window.print()}>Print</button>
        </div>
        ${vobSummary(this._vob)}
      </section>`
    }
    return html`<section aria-labelledby="vobs-h">
      <div class="toolbar">
        <h2 id="vobs-h">Saved VOBs</h2>
        <button class="secondary" @click=${() => this.#load('vobs')}>Refresh</button>
      </div>
      ${this._vobs.length === 0
        ? html`<p class="card empty">No saved verifications.</p>`
        : html`<table>
            <thead><tr><th>Verified</th><th>Payer</th><th>Program</th><th>Coverage</th><th>By</th><th></th></tr></thead>
            <tbody>
              ${this._vobs.map(
                (v) => html`<tr>
                  <td>${dateTime(v.createdAt)}<small class="mono">${v.id.slice(0, 8)}</small></td>
                  <td>${v.payerName ?? v.payerId ?? '–'}</td>
                  <td>${label(v.program)}</td>
                  <td><span class="badge" data-status=${v.coverageStatus ?? 'unknown'}>${label(v.coverageStatus)}</span></td>
                  <td>${v.createdBy}</td>
                  <td>${v.purgedAt ? html`<em>purged</em>` : html`<button class="secondary" @click=${() => this.#openVob(v.id)}>Print view</button>`}</td>
                </tr>`,
              )}
            </tbody>
          </table>`}
    </section>`
  }

  #renderAudit(): TemplateResult {
    return html`<section aria-labelledby="audit-h">
      <div class="toolbar">
        <h2 id="audit-h">Audit log</h2>
        <button class="secondary" @click=${() => this.#load('audit')}>Refresh</button>
      </div>
      <table>
        <thead><tr><th>When</th><th>Who</th><th>Action</th><th>Record</th></tr></thead>
        <tbody>
          ${this._audit.map(
            (a) => html`<tr><td>${dateTime(a.at)}</td><td>${a.actor}</td><td class="mono">${a.action}</td><td class="mono">${a.subjectId?.slice(0, 8) ?? '–'}</td></tr>`,
          )}
        </tbody>
      </table>
    </section>`
  }

  async #signIn(e: SubmitEvent) {
    e.preventDefault()
    const form = e.target as HTMLFormElement
    const input = form.elements.namedItem('key') as HTMLInputElement
    await this.#run(async () => {
      await this.#api.signIn(input.value.trim())
      input.value = ''
      this._signedIn = true
      await this.#load('leads')
    })
  }

  #signOut() {
    this.#api.signOut()
    this._signedIn = false
    this._leads = []
    this._vobs = []
    this._audit = []
    this._vob = null
    this._check = null
    this._eligibility = null
    this._error = ''
    this._notice = ''
  }

  #open(tab: Tab) {
    this._tab = tab
    this._error = ''
    this._notice = ''
    if (tab !== 'verify') void this.#load(tab)
  }

  async #load(tab: Exclude<Tab, 'verify'>) {
    await this.#run(async () => {
      if (tab === 'leads') this._leads = (await this.#api.leads()).leads
      if (tab === 'vobs') {
        this._vob = null
        this._vobs = (await this.#api.vobs()).vobs
      }
      if (tab === 'audit') this._audit = (await this.#api.audit()).entries
    })
  }

  async #openVob(id: string) {
    await this.#run(async () => {
      this._vob = await this.#api.vob(id)
    })
  }

  #formValues() {
    const data = new FormData(this._verifyForm)
    const text = (name: string) => String(data.get(name) ?? '').trim()
    const coins = Number(text('coinsurance'))
    const benefits: Loose = {}
    const dedTotal = toCents(text('dedTotal'))
    if (dedTotal !== undefined) benefits.deductible = { total: dedTotal, met: toCents(text('dedMet')) ?? 0 }
    const oopTotal = toCents(text('oopTotal'))
    if (oopTotal !== undefined) benefits.outOfPocketMax = { total: oopTotal, met: toCents(text('oopMet')) ?? 0 }
    if (text('coinsurance') !== '' && Number.isFinite(coins)) benefits.coinsurance = Math.round(coins * 10_000) / 1_000_000
    const copay = toCents(text('copay'))
    if (copay !== undefined) benefits.copay = copay
    benefits.deductibleApplies = data.get('deductibleApplies') === 'on'
    const treatment: Loose = { daysPerWeek: Number(text('daysPerWeek')) || 3, weeks: Number(text('weeks')) || 12 }
    const charge = toCents(text('chargePerDay'))
    if (charge !== undefined) treatment.chargePerDay = charge
    const allowed = toCents(text('allowedPerDay'))
    if (allowed !== undefined) treatment.allowedPerDay = allowed
    return {
      patient: { name: text('name'), dob: text('dob'), memberId: text('memberId') },
      check: {
        payer: text('payer'),
        ...(text('state') ? { state: text('state') } : {}),
        ...(text('plan') ? { plan: text('plan') } : {}),
        ...(text('memberId') ? { memberId: text('memberId') } : {}),
        program: text('program'),
        network: text('network'),
        benefits,
        treatment,
      },
      x12: String(data.get('x12') ?? ''),
      notes: text('notes'),
    }
  }

  async #runCheck() {
    const { check } = this.#formValues()
    await this.#run(async () => {
      const result = await this.#api.coverageCheck(check)
      // Keep what was asked with the answer, so the printed summary shows the benefits used.
      this._check = { ...result, request: { benefits: check.benefits, treatment: check.treatment } }
    })
  }

  async #readX12() {
    const { x12, check } = this.#formValues()
    await this.#run(async () => {
      this._eligibility = await this.#api.readX12(x12, String(check.program || 'substance_use'))
    })
  }

  /** Copies the in-network IOP benefits read from the 271 into the benefit fields. */
  #useX12Benefits() {
    const tx = obj((obj(this._eligibility).transactions as unknown[] | undefined)?.[0])
    const f = obj(obj(tx.iop).inNetwork)
    const set = (id: string, cents: unknown) => {
      const input = this.renderRoot.querySelector<HTMLInputElement>(`#${id}`)
      if (input && typeof cents === 'number') input.value = (cents / 100).toFixed(2)
    }
    const ded = obj(f.deductible)
    const oop = obj(f.outOfPocketMax)
    set('b-ded', ded.total)
    if (typeof ded.total === 'number' && typeof ded.remaining === 'number') set('b-ded-met', ded.total - ded.remaining)
    set('b-oop', oop.total)
    if (typeof oop.total === 'number' && typeof oop.remaining === 'number') set('b-oop-met', oop.total - oop.remaining)
    set('b-copay', f.copay)
    const coins = this.renderRoot.querySelector<HTMLInputElement>('#b-coins')
    if (coins && typeof f.coinsurance === 'number') coins.value = String(Math.round(f.coinsurance * 100_000) / 1000)
    this._notice = 'Benefits copied from the 271. Run the coverage check to get the estimate.'
  }

  async #saveVob() {
    const { patient, check, notes } = this.#formValues()
    await this.#run(async () => {
      const saved = await this.#api.saveVob({
        patient,
        program: check.program,
        ...(check.payer ? { payer: { name: check.payer } } : {}),
        ...(this._check ? { coverageCheck: this._check } : {}),
        ...(this._eligibility ? { eligibility: this._eligibility } : {}),
        ...(notes ? { notes } : {}),
      })
      this._verifyForm.reset()
      this._check = null
      this._eligibility = null
      this._tab = 'vobs'
      this._vob = await this.#api.vob(saved.id)
      this._notice = 'VOB saved.'
    })
  }

  /** Runs an API action with a busy flag; failures become a readable alert, never PHI. */
  async #run(action: () => Promise<void>) {
    this._busy = true
    this._error = ''
    try {
      await action()
    } catch (e) {
      if (e instanceof ApiFailure && e.status === 401) {
        this.#signOut()
        this._error = 'That staff key was not accepted.'
      } else if (e instanceof ApiFailure && e.status === 404 && e.code === 'not_found') {
        this._error = 'Not found. It may have been deleted, or this feature is not available on this server yet.'
      } else {
        this._error = e instanceof ApiFailure ? e.message : 'The server could not be reached. Try again.'
      }
    } finally {
      this._busy = false
    }
  }
}
