/**
 * @module
 * `<iop-admissions-console>`: the staff console at /console. Staff sign in with a staff key that
 * is exchanged at once for an HttpOnly session cookie (api.ts); the key is cleared from the form
 * and never kept. Then: leads (status, owner, "Start VOB"), verify benefits (a real-time check
 * or a pasted 271, every transaction shown, "Use these benefits" → the one answer), save the
 * verification as a VOB with the call record, and print it on one page. Every PHI read goes
 * through the audited staff API; nothing is cached outside this element's state, and signing
 * out or expiry clears it. This file holds the class and its flows; the views are template
 * functions in their own files, and `index.ts` registers the tag.
 */
import { LitElement, html, nothing, type TemplateResult } from 'lit'
import { query, state } from 'lit/decorators.js'
import type { AuditEntryView } from '../../worker/http/schemas/audit'
import type { LeadView } from '../../worker/http/schemas/leads'
import type { PayerSearchResult } from '../../worker/http/schemas/payers'
import type { VobListItemView, VobView } from '../../worker/http/schemas/vobs'
import { consoleStyles } from './admissions-console.styles'
import { answerCore, answerDetails } from './answer-view'
import { ApiFailure, ConsoleApi } from './api'
import { arr, dateTime, label, obj, str, toCents, type Loose } from './format'
import { leadsTable } from './leads-view'
import { payerPicker, type PayerPickerState } from './payer-picker'
import { vobSummary } from './vob-summary'
import { hasBenefits, serverAnswerFor, transactionView } from './x12-view'

type Tab = 'leads' | 'verify' | 'vobs' | 'audit'
const TABS: [Tab, string][] = [
  ['leads', 'Leads'],
  ['verify', 'Verify benefits'],
  ['vobs', 'Saved VOBs'],
  ['audit', 'Audit log'],
]

/** A 271 reading on screen, and how it was obtained. */
type Reading = { source: 'real_time' | 'pasted_271'; body: Loose }
/** The one answer on screen, and what it rests on. */
type Shown = { answer: Loose; source: 'real_time' | 'pasted_271' | 'staff_entry'; transactionIndex: number | null }

const FIELD_NAMES: Record<string, string> = {
  memberId: 'member ID',
  firstName: 'first name',
  lastName: 'last name',
  dateOfBirth: 'date of birth',
  payer: 'payer',
  plan: 'plan',
}

/** sessionStorage key holding only when the session ends (no key, no token). */
const SESSION_MARK = 'iop-console-session-ends'

const NO_PAYER: PayerPickerState = { text: '', options: [], active: -1, open: false, picked: null }

/**
 * @summary Admissions console: leads, benefit verification, saved VOBs and the audit log.
 */
export class IopAdmissionsConsole extends LitElement {
  static override styles = consoleStyles

  readonly #api = new ConsoleApi()
  #expiry: ReturnType<typeof setTimeout> | undefined
  #payerSearch: ReturnType<typeof setTimeout> | undefined

  @query('#verify-form') private _verifyForm!: HTMLFormElement

  @state() private _signedIn = false
  @state() private _checking = true
  @state() private _staffLabel = ''
  @state() private _expiresAt = ''
  @state() private _tab: Tab = 'leads'
  @state() private _busy = false
  @state() private _error = ''
  @state() private _notice = ''
  @state() private _leads: LeadView[] = []
  @state() private _vobs: VobListItemView[] = []
  @state() private _audit: AuditEntryView[] = []
  @state() private _vob: VobView | null = null
  @state() private _payer: PayerPickerState = NO_PAYER
  @state() private _prefill: { state: string; program: string; from: string } = { state: '', program: 'substance_use', from: '' }
  @state() private _reading: Reading | null = null
  @state() private _rejected: { message: string; fields: string[] } | null = null
  @state() private _shown: Shown | null = null

  override connectedCallback() {
    super.connectedCallback()
    // After a reload, a live session cookie signs in without the key. The page cannot read the
    // HttpOnly cookie, so a non-secret marker (when the session ends) says whether to ask at all.
    const until = sessionStorage.getItem(SESSION_MARK)
    if (!until || !(Date.parse(until) > Date.now())) {
      sessionStorage.removeItem(SESSION_MARK)
      this._checking = false
      return
    }
    void this.#api.resume().then(async (live) => {
      this._checking = false
      if (!live) return sessionStorage.removeItem(SESSION_MARK)
      this._signedIn = true
      this._expiresAt = until
      this.#scheduleExpiry(until)
      await this.#load('leads')
    })
  }

  override disconnectedCallback() {
    super.disconnectedCallback()
    clearTimeout(this.#expiry)
    clearTimeout(this.#payerSearch)
  }

  override render() {
    if (this._checking) return html`<main><h1 class="page-h">Admissions console</h1><p role="status">Checking your session…</p></main>`
    if (!this._signedIn) return this.#renderSignIn()
    return html`
      <header class="topbar">
        <h1>Admissions console</h1>
        <span class="who">${this._staffLabel ? `Signed in as ${this._staffLabel}` : 'Signed in'}${this._expiresAt ? ` · session ends ${dateTime(this._expiresAt)}` : ''} ·
          <button class="secondary" @click=${() => this.#signOut()}>Sign out</button></span>
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
        <h1 class="page-h">Admissions console</h1>
        <p>Sign in with your staff key. It is exchanged for a session that ends after half an hour or when you sign out; the key itself is not kept.</p>
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
      ${leadsTable(this._leads, {
        setStatus: (lead, status) => void this.#updateLead(lead, { status }),
        setOwner: (lead, owner) => void this.#updateLead(lead, { owner: owner.trim() || null }),
        startVob: (lead) => this.#startVob(lead),
      })}
    </section>`
  }

  #renderVerify(): TemplateResult {
    const transactions = arr(this._reading?.body.transactions).map(obj)
    return html`<section aria-labelledby="verify-h">
      <div class="toolbar"><h2 id="verify-h">Verify benefits</h2></div>
      ${this._prefill.from ? html`<p class="hint">Started from the lead of ${this._prefill.from}.</p>` : nothing}
      <form id="verify-form" class="card" aria-busy=${this._busy ? 'true' : 'false'} @submit=${(e: Event) => e.preventDefault()}>
        <fieldset>
          <legend>Plan</legend>
          <div class="grid">
            ${payerPicker(this._payer, {
              input: (text) => this.#payerInput(text),
              key: (e) => this.#payerKey(e),
              pick: (o) => this.#pickPayer(o),
            })}
            <div><label for="c-state">State</label><input id="c-state" name="state" maxlength="2" autocomplete="off" .value=${this._prefill.state} /></div>
            <div><label for="c-plan">Plan name or type</label><input id="c-plan" name="plan" autocomplete="off" /></div>
            <div><label for="c-program">Program</label>
              <select id="c-program" name="program" .value=${this._prefill.program}>
                <option value="substance_use" ?selected=${this._prefill.program === 'substance_use'}>Substance use</option>
                <option value="mental_health" ?selected=${this._prefill.program === 'mental_health'}>Mental health</option>
              </select></div>
            <div><label for="c-network">Network</label>
              <select id="c-network" name="network"><option value="in">In network</option><option value="out">Out of network</option></select></div>
          </div>
        </fieldset>
        <fieldset>
          <legend>Patient (as on the insurance card)</legend>
          <div class="grid">
            <div><label for="p-first">First name</label><input id="p-first" name="firstName" autocomplete="off" /></div>
            <div><label for="p-last">Last name</label><input id="p-last" name="lastName" autocomplete="off" /></div>
            <div><label for="p-dob">Date of birth</label><input id="p-dob" name="dob" type="date" /></div>
            <div><label for="p-member">Member ID</label><input id="p-member" name="memberId" autocomplete="off" spellcheck="false" /></div>
          </div>
          <div class="row"><button class="primary" type="button" ?disabled=${this._busy} @click=${this.#realTimeCheck}>Check eligibility now</button>
            <span class="hint">A real-time 270/271 through your clearinghouse.</span></div>
        </fieldset>
        <fieldset>
          <legend>Or paste the payer’s 271</legend>
          <label for="x12">X12 271 eligibility response</label>
          <textarea id="x12" name="x12" spellcheck="false"></textarea>
          <div class="row"><button class="secondary" type="button" ?disabled=${this._busy} @click=${this.#readX12}>Read 271</button></div>
        </fieldset>
        <details class="card-ish">
          <summary>Treatment plan and benefits from a phone call</summary>
          <fieldset>
            <legend>Treatment plan</legend>
            <div class="grid">
              <div><label for="t-days">Days per week</label><input id="t-days" name="daysPerWeek" inputmode="numeric" value="3" /></div>
              <div><label for="t-weeks">Weeks</label><input id="t-weeks" name="weeks" inputmode="numeric" value="12" /></div>
              <div><label for="t-charge">Charge per day ($)</label><input id="t-charge" name="chargePerDay" inputmode="decimal" /></div>
              <div><label for="t-allowed">Allowed per day ($)</label><input id="t-allowed" name="allowedPerDay" inputmode="decimal" /></div>
            </div>
          </fieldset>
          <fieldset>
            <legend>Member benefits, as the payer told you</legend>
            <div class="grid">
              <div><label for="b-ded">Deductible ($)</label><input id="b-ded" name="dedTotal" inputmode="decimal" /></div>
              <div><label for="b-ded-met">Deductible met ($)</label><input id="b-ded-met" name="dedMet" inputmode="decimal" /></div>
              <div><label for="b-oop">Out-of-pocket max ($)</label><input id="b-oop" name="oopTotal" inputmode="decimal" /></div>
              <div><label for="b-oop-met">OOP met ($)</label><input id="b-oop-met" name="oopMet" inputmode="decimal" /></div>
              <div><label for="b-coins">Coinsurance (%)</label><input id="b-coins" name="coinsurance" inputmode="decimal" /></div>
              <div><label for="b-copay">Copay per day ($)</label><input id="b-copay" name="copay" inputmode="decimal" /></div>
              <div><label for="b-pa">Prior authorization</label>
                <select id="b-pa" name="priorAuthorization"><option value="">Not asked</option><option value="required">Required</option><option value="not_required">Not required</option></select></div>
            </div>
            <p class="check"><input id="b-ded-applies" name="deductibleApplies" type="checkbox" checked /><label for="b-ded-applies">Deductible applies to IOP</label></p>
            <div class="row"><button class="secondary" type="button" ?disabled=${this._busy} @click=${this.#staffEntryCheck}>Run coverage check with these benefits</button></div>
          </fieldset>
        </details>

        ${this._rejected
          ? html`<div class="card rejection" data-testid="rejection"><p><strong>The payer rejected this inquiry.</strong></p>
              <p class="next"><strong>What to do next:</strong> ${this._rejected.message}</p>
              ${this._rejected.fields.length ? html`<p>Check: ${this._rejected.fields.map((f) => FIELD_NAMES[f] ?? f).join(', ')}.</p>` : nothing}</div>`
          : nothing}
        ${transactions.length
          ? html`<section class="result" aria-labelledby="reading-h">
              <h3 id="reading-h">What the payer says (${transactions.length} ${transactions.length === 1 ? 'transaction' : 'transactions'})</h3>
              ${transactions.map((t, i) =>
                transactionView(t, i, {
                  action: hasBenefits(t) && this._reading && serverAnswerFor(this._reading, i)
                    ? html`<div class="row"><button class="primary" type="button" ?disabled=${this._busy} @click=${() => this.#useBenefits(i)}>Use these benefits</button></div>`
                    : undefined,
                }),
              )}
            </section>`
          : nothing}
        ${this._shown
          ? html`<section class="result card" aria-labelledby="answer-h">
              <h3 id="answer-h">The answer${this._shown.transactionIndex !== null && transactions.length > 1 ? ` (transaction ${this._shown.transactionIndex + 1})` : ''}</h3>
              ${answerCore(this._shown.answer)}
              ${answerDetails(this._shown.answer)}
            </section>`
          : nothing}

        <fieldset>
          <legend>Save the verification</legend>
          <div class="grid">
            <div><label for="s-ref">Payer call reference</label><input id="s-ref" name="callReference" autocomplete="off" maxlength="60" /></div>
            <div><label for="s-spoke">Spoke with</label><input id="s-spoke" name="spokeWith" autocomplete="off" maxlength="120" /></div>
          </div>
          <label for="notes">Notes</label>
          <textarea id="notes" name="notes"></textarea>
          <div class="row"><button class="primary" type="button" ?disabled=${this._busy || (!this._shown && !this._reading)} @click=${this.#saveVob}>Save VOB</button></div>
        </fieldset>
      </form>
    </section>`
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
        : html`<div class="scroll-region" role="region" aria-label="Saved VOBs table" tabindex="0"><table>
            <thead><tr><th scope="col">Verified</th><th scope="col">Reference</th><th scope="col">Payer</th><th scope="col">Program</th><th scope="col">Coverage</th><th scope="col">By</th><th scope="col">Actions</th></tr></thead>
            <tbody>
              ${this._vobs.map(
                (v) => html`<tr>
                  <td>${dateTime(v.createdAt)}</td>
                  <td class="mono">${v.reference}</td>
                  <td>${v.payerName ?? v.payerId ?? html`<em>not named</em>`}</td>
                  <td>${label(v.program) || html`<em>not given</em>`}</td>
                  <td>${v.coverageStatus ? html`<span class="badge" data-status=${v.coverageStatus}>${label(v.coverageStatus)}</span>` : html`<em>not given</em>`}</td>
                  <td>${v.createdBy}</td>
                  <td>${v.purgedAt ? html`<em>purged</em>` : html`<button class="secondary" aria-label=${`Print view of ${v.reference}`} @click=${() => this.#openVob(v.id)}>Print view</button>`}</td>
                </tr>`,
              )}
            </tbody>
          </table></div>`}
    </section>`
  }

  #renderAudit(): TemplateResult {
    return html`<section aria-labelledby="audit-h">
      <div class="toolbar">
        <h2 id="audit-h">Audit log</h2>
        <button class="secondary" @click=${() => this.#load('audit')}>Refresh</button>
      </div>
      <div class="scroll-region" role="region" aria-label="Audit log table" tabindex="0"><table>
        <thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">Action</th><th scope="col">Record</th></tr></thead>
        <tbody>
          ${this._audit.map(
            (a) => html`<tr><td>${dateTime(a.at)}</td><td>${a.actor}</td><td class="mono">${a.action}</td><td class="mono">${a.subjectId?.slice(0, 8) ?? '–'}</td></tr>`,
          )}
        </tbody>
      </table></div>
    </section>`
  }

  // ── session ────────────────────────────────────────────────────────────────────────────

  async #signIn(e: SubmitEvent) {
    e.preventDefault()
    const form = e.target as HTMLFormElement
    const input = form.elements.namedItem('key') as HTMLInputElement
    const key = input.value.trim()
    input.value = '' // the key leaves the page as soon as it is sent
    this._busy = true
    this._error = ''
    try {
      const session = await this.#api.signIn(key)
      this._signedIn = true
      this._staffLabel = session.staff.label
      this._expiresAt = session.expiresAt
      sessionStorage.setItem(SESSION_MARK, session.expiresAt)
      this.#scheduleExpiry(session.expiresAt)
      await this.#load('leads')
    } catch (err) {
      this._error =
        err instanceof ApiFailure && err.status === 401
          ? 'That staff key was not accepted.'
          : err instanceof ApiFailure
            ? err.message
            : 'The server could not be reached. Try again.'
    } finally {
      this._busy = false
    }
  }

  /** The session ends on the server at `expiresAt`; the page forgets everything then too. */
  #scheduleExpiry(expiresAt: string) {
    clearTimeout(this.#expiry)
    const ms = Date.parse(expiresAt) - Date.now()
    if (Number.isFinite(ms)) this.#expiry = setTimeout(() => this.#forget('Your session expired. Sign in again.'), Math.max(0, ms))
  }

  async #signOut() {
    await this.#api.signOut()
    this.#forget('')
  }

  /** Drops every PHI-bearing piece of state and shows the sign-in view. */
  #forget(message: string) {
    clearTimeout(this.#expiry)
    sessionStorage.removeItem(SESSION_MARK)
    this._signedIn = false
    this._staffLabel = ''
    this._expiresAt = ''
    this._tab = 'leads'
    this._leads = []
    this._vobs = []
    this._audit = []
    this._vob = null
    this._reading = null
    this._rejected = null
    this._shown = null
    this._payer = NO_PAYER
    this._prefill = { state: '', program: 'substance_use', from: '' }
    this._notice = ''
    this._error = message
  }

  // ── navigation and lists ──────────────────────────────────────────────────────────────

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

  async #updateLead(lead: LeadView, patch: { status?: LeadView['status']; owner?: string | null }) {
    await this.#run(async () => {
      const updated = await this.#api.updateLead(lead.id, patch)
      this._leads = this._leads.map((l) => (l.id === lead.id ? { ...l, ...updated } : l))
      this._notice = `Lead updated: ${label(updated.status)}${updated.owner ? `, owner ${updated.owner}` : ', unassigned'}.`
    })
  }

  /** Opens the verification with the lead's context: payer, state, program. */
  #startVob(lead: LeadView) {
    this.#clearVerification()
    const payerId = lead.context.payerId
    this._payer = payerId ? { ...NO_PAYER, text: payerId, picked: { id: payerId, name: payerId } } : NO_PAYER
    this._prefill = { state: lead.context.state ?? '', program: lead.context.program ?? 'substance_use', from: lead.contact?.name ?? 'a purged lead' }
    this._tab = 'verify'
    this._error = ''
    this._notice = ''
    // Show the directory name of the payer, not just its id.
    if (payerId) {
      void this.#api
        .payers(payerId, lead.context.state ?? '')
        .then(({ results }) => {
          const match = results.find((r) => r.id === payerId)
          if (match && this._payer.picked?.id === payerId) this._payer = { ...this._payer, text: match.name, picked: { id: match.id, name: match.name } }
        })
        .catch(() => undefined)
    }
  }

  // ── payer typeahead ───────────────────────────────────────────────────────────────────

  #payerInput(text: string) {
    this._payer = { ...this._payer, text, picked: null, active: -1 }
    clearTimeout(this.#payerSearch)
    if (text.trim().length < 2) {
      this._payer = { ...this._payer, options: [], open: false }
      return
    }
    this.#payerSearch = setTimeout(() => {
      const state = this.#text('state').toUpperCase()
      this.#api
        .payers(text.trim(), /^[A-Z]{2}$/.test(state) ? state : '')
        .then(({ results }) => {
          if (this._payer.text === text) this._payer = { ...this._payer, options: results, open: true, active: results.length ? 0 : -1 }
        })
        .catch(() => undefined)
    }, 150)
  }

  #payerKey(e: KeyboardEvent) {
    const p = this._payer
    if (e.key === 'ArrowDown' && p.options.length) {
      e.preventDefault()
      this._payer = { ...p, open: true, active: (p.active + 1) % p.options.length }
    } else if (e.key === 'ArrowUp' && p.options.length) {
      e.preventDefault()
      this._payer = { ...p, open: true, active: (p.active - 1 + p.options.length) % p.options.length }
    } else if (e.key === 'Enter' && p.open && p.options[p.active]) {
      e.preventDefault()
      this.#pickPayer(p.options[p.active]!)
    } else if (e.key === 'Escape') {
      this._payer = { ...p, open: false }
    }
  }

  #pickPayer(o: PayerSearchResult) {
    this._payer = { text: o.name, options: [], active: -1, open: false, picked: { id: o.id, name: o.name } }
  }

  // ── verification ──────────────────────────────────────────────────────────────────────

  #text(name: string): string {
    const el = this._verifyForm?.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement | null
    return el ? el.value.trim() : ''
  }

  /** The payer as the API takes it: the picked directory id, else the typed text, else `fallback`. */
  #payerField(fallback = ''): string | { id: string } | undefined {
    if (this._payer.picked) return { id: this._payer.picked.id }
    const text = this._payer.text.trim() || fallback
    return text || undefined
  }

  #treatment(): Loose {
    const treatment: Loose = { daysPerWeek: Number(this.#text('daysPerWeek')) || 3, weeks: Number(this.#text('weeks')) || 12 }
    const charge = toCents(this.#text('chargePerDay'))
    if (charge !== undefined) treatment.chargePerDay = charge
    const allowed = toCents(this.#text('allowedPerDay'))
    if (allowed !== undefined) treatment.allowedPerDay = allowed
    return treatment
  }

  #clearVerification() {
    this._reading = null
    this._rejected = null
    this._shown = null
  }

  async #realTimeCheck() {
    this.#clearVerification()
    const state = this.#text('state').toUpperCase()
    const plan = this.#text('plan')
    const body = {
      payer: this.#payerField(),
      memberId: this.#text('memberId'),
      firstName: this.#text('firstName'),
      lastName: this.#text('lastName'),
      dateOfBirth: this.#text('dob'),
      program: this.#text('program') || 'substance_use',
      network: this.#text('network') || 'in',
      ...(state ? { state } : {}),
      ...(plan ? { plan } : {}),
      treatment: this.#treatment(),
    }
    await this.#run(async () => {
      try {
        this._reading = { source: 'real_time', body: await this.#api.realTimeCheck(body) }
        this._notice = 'The payer answered. Review each transaction, then use its benefits.'
      } catch (e) {
        // A rejection is the payer's answer, not a failure of the console: show it with its advice.
        if (e instanceof ApiFailure && e.code === 'eligibility_rejected') {
          this._rejected = { message: e.message, fields: e.fields }
          return
        }
        throw e
      }
    })
  }

  async #readX12() {
    this.#clearVerification()
    const state = this.#text('state').toUpperCase()
    await this.#run(async () => {
      const body = await this.#api.readX12(this.#text('x12'), {
        program: this.#text('program') || 'substance_use',
        network: this.#text('network') || 'in',
        ...(/^[A-Z]{2}$/.test(state) ? { state } : {}),
      })
      this._reading = { source: 'pasted_271', body }
      const n = arr(body.transactions).length
      this._notice = `Read ${n} ${n === 1 ? 'transaction' : 'transactions'} from the 271.`
    })
  }

  /**
   * "Use these benefits": the server's own answer for this transaction, composed once with the
   * 271 as the payer's word (the real-time check's `coverageCheck`, or the pasted 271's
   * `coverageChecks[i]`). Never a second coverage check from re-posted figures: that would apply
   * the request's "missing means none" where the server filled the 271's silence with typical
   * values, and could answer differently from the API for the same member.
   */
  #useBenefits(index: number) {
    const reading = this._reading
    const answer = reading ? serverAnswerFor(reading, index) : null
    if (!reading || !answer) return
    this._error = ''
    this._shown = { answer, source: reading.source, transactionIndex: index }
    this._notice = 'The answer below uses the payer’s figures for this member.'
  }

  /** Benefits a payer representative read out on the phone, typed by staff. */
  async #staffEntryCheck() {
    this._shown = null
    const benefits: Loose = {}
    const dedTotal = toCents(this.#text('dedTotal'))
    if (dedTotal !== undefined) benefits.deductible = { total: dedTotal, met: toCents(this.#text('dedMet')) ?? 0 }
    const oopTotal = toCents(this.#text('oopTotal'))
    if (oopTotal !== undefined) benefits.outOfPocketMax = { total: oopTotal, met: toCents(this.#text('oopMet')) ?? 0 }
    const coins = Number(this.#text('coinsurance'))
    if (this.#text('coinsurance') !== '' && Number.isFinite(coins)) benefits.coinsurance = Math.round(coins * 10_000) / 1_000_000
    const copay = toCents(this.#text('copay'))
    if (copay !== undefined) benefits.copay = copay
    if (this.#text('priorAuthorization')) benefits.priorAuthorization = this.#text('priorAuthorization')
    benefits.deductibleApplies = (this._verifyForm.elements.namedItem('deductibleApplies') as HTMLInputElement).checked
    const state = this.#text('state').toUpperCase()
    const plan = this.#text('plan')
    const memberId = this.#text('memberId')
    const body = {
      payer: this.#payerField(),
      ...(/^[A-Z]{2}$/.test(state) ? { state } : {}),
      ...(plan ? { plan } : {}),
      ...(memberId ? { memberId } : {}),
      program: this.#text('program') || 'substance_use',
      network: this.#text('network') || 'in',
      benefits,
      treatment: this.#treatment(),
    }
    await this.#run(async () => {
      this._shown = { answer: await this.#api.coverageCheck(body), source: 'staff_entry', transactionIndex: null }
    })
  }

  async #saveVob() {
    const shown = this._shown
    const reading = this._reading
    const name = [this.#text('firstName'), this.#text('lastName')].filter(Boolean).join(' ')
    const notes = this.#text('notes')
    const callReference = this.#text('callReference')
    const spokeWith = this.#text('spokeWith')
    const answerPayer = obj(shown?.answer.payer)
    const payerName = str(answerPayer.name) || this._payer.picked?.name || ''
    const payerId = str(answerPayer.id) || this._payer.picked?.id || ''
    const body = {
      patient: { name, dob: this.#text('dob'), memberId: this.#text('memberId') },
      program: this.#text('program') || 'substance_use',
      ...(payerId || payerName ? { payer: { ...(payerId ? { id: payerId } : {}), ...(payerName ? { name: payerName } : {}) } } : {}),
      ...(shown ? { coverageCheck: shown.answer } : {}),
      ...(reading ? { eligibility: reading.body } : {}),
      source: shown?.source ?? reading?.source ?? 'staff_entry',
      ...(shown?.transactionIndex !== null && shown?.transactionIndex !== undefined ? { transactionIndex: shown.transactionIndex } : {}),
      ...(notes ? { notes } : {}),
      ...(callReference ? { callReference } : {}),
      ...(spokeWith ? { spokeWith } : {}),
    }
    await this.#run(async () => {
      const saved = await this.#api.saveVob(body)
      this._verifyForm.reset()
      this.#clearVerification()
      this._payer = NO_PAYER
      this._prefill = { state: '', program: 'substance_use', from: '' }
      this._tab = 'vobs'
      // The list behind "Back to saved VOBs" already holds the new VOB.
      this._vobs = (await this.#api.vobs()).vobs
      this._vob = await this.#api.vob(saved.id)
      this._notice = `VOB saved: reference ${saved.reference}.`
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
        this.#forget('Your session has ended or expired. Sign in again.')
      } else if (e instanceof ApiFailure) {
        const fields = e.fields.length ? ` (check: ${e.fields.map((f) => FIELD_NAMES[f.split('.').pop() ?? f] ?? f).join(', ')})` : ''
        this._error = `${e.message}${fields}`
      } else {
        this._error = 'The server could not be reached. Try again.'
      }
    } finally {
      this._busy = false
    }
  }
}
