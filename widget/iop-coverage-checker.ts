/**
 * @module
 * `<iop-coverage-checker>`: the embeddable coverage check. This file holds the class only and
 * has no side effects; `index.ts` registers the tag. Styles, events, strings, the API client
 * and the chart live in their own files.
 */
import { LitElement, html, nothing, svg, type PropertyValues, type SVGTemplateResult } from 'lit'
import { property, query, state } from 'lit/decorators.js'
import { ApiProblem, checkCoverage, searchPayers } from './api'
import { costChart } from './chart'
import {
  IopCallbackRequestEvent,
  IopCheckCompleteEvent,
  IopCheckErrorEvent,
  IopCheckStartEvent,
  IopExactCheckCompleteEvent,
  IopLeadSubmittedEvent,
  type IopCheckCompleteDetail,
  type IopCheckContext,
} from './events'
import { MSG, isFromExpected, parseFrameMessage, type BenefitsSummary } from './exact-check/protocol'
import { money, percent } from './format'
import { fill, loadMessages, pickLocale, type Locale, type MessageKey, type Messages } from './i18n'
import { styles } from './iop-coverage-checker.styles'
import type {
  CoverageCheckRequest,
  CoverageCheckResponse,
  PartnerConfig,
  PayerSearchResult,
  Program,
  WidgetStatus,
} from './types'

/** Typing pauses this long before the payer list is fetched. */
const DEBOUNCE_MS = 180

/** Loading progress: the step shown after this many ms (slow checks still show motion). */
const STEPS: readonly [number, MessageKey, number][] = [
  [0, 'step1', 20],
  [700, 'step2', 55],
  [1800, 'step3', 85],
]

const ICONS: Record<string, SVGTemplateResult> = {
  covered: svg`<path d="M8 16.5l5 5 11-11" />`,
  covered_with_conditions: svg`<path d="M16 9v8M16 22v.5" />`,
  not_covered: svg`<path d="M10.5 10.5l11 11M21.5 10.5l-11 11" />`,
  unknown: svg`<path d="M12.5 12.5a3.5 3.5 0 1 1 5 3.2c-1 .5-1.5 1.2-1.5 2.3M16 22v.5" />`,
}

/**
 * @summary Answers "will my insurance pay for an Intensive Outpatient Program, and what will it
 * cost me?" in under a minute, without a name or member ID.
 *
 * @fires iop-check-start - The visitor submitted a check. `detail`: payer, state, program.
 * @fires iop-check-complete - A verdict is shown. `detail` adds `status` and `patientPays`.
 * @fires iop-check-error - A check failed; the element shows the error with a retry.
 * @fires iop-callback-request - The visitor pressed "Request a callback".
 * @fires iop-exact-check-complete - The exact-check frame posted a PHI-free benefits summary.
 *
 * @csspart base - The card that wraps everything.
 * @csspart form - The quick-check form.
 * @csspart result - The result section.
 * @csspart verdict - The colored verdict banner.
 * @csspart chart - The figure holding the cost chart.
 * @csspart error - The error message with its retry button.
 * @csspart cta - The partner's call to action.
 *
 * @cssproperty --iop-accent - Buttons, focus rings, links, the visitor's share in the chart.
 * (Every custom property is listed in widget/README.md.)
 */
export class IopCoverageChecker extends LitElement {
  static override styles = styles

  @query('#payer') private _payerInput!: HTMLInputElement
  @query('iframe') private _frame?: HTMLIFrameElement

  @state() private _query = ''
  @state() private _options: PayerSearchResult[] = []
  @state() private _open = false
  @state() private _active = -1
  @state() private _searched = false
  @state() private _payer: PayerSearchResult | null = null
  @state() private _state = ''
  @state() private _plan = ''
  @state() private _program: Program = 'substance_use'
  @state() private _result: CoverageCheckResponse | null = null
  @state() private _problem: ApiProblem | null = null
  @state() private _fieldErrors: Record<string, string> = {}
  @state() private _step = 0
  @state() private _callbackSent = false
  /** Which checker-origin frame is open: the exact check or the callback form. */
  @state() private _frameFor: '' | 'exact' | 'callback' = ''
  @state() private _frameHeight = 0
  @state() private _exact: BenefitsSummary | null = null
  @state() private _messages: Messages | null = null
  @state() private _loadFailed = false

  /** Publishable key of the partner site (`pk_…`), sent as `X-Site-Key`. */
  @property({ attribute: 'site-key' }) siteKey = ''

  /** Origin of the checker API; defaults to the origin the script was loaded from. */
  @property({ attribute: 'api-base' }) apiBase = new URL(import.meta.url).origin

  /** Preselected program: `substance_use` (default) or `mental_health`. */
  @property() program: Program = 'substance_use'

  /** `en` or `es`; empty follows the page's `<html lang>`. */
  @property() locale = ''

  /** Preselected state (USPS code such as `TX`). */
  @property() state = ''

  /** Heading level of the widget's title inside the host page's outline (default 3). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3

  /** Offer the exact check (member ID in a frame on the checker's origin). Off by default. */
  @property({ attribute: 'exact-check', type: Boolean }) exactCheck = false

  /** `light` or `dark` forces a color scheme; empty follows `prefers-color-scheme`. */
  @property({ reflect: true }) theme = ''

  /** The partner's call to action (phone, callback button). Property only. */
  @property({ attribute: false }) partner: PartnerConfig = {}

  /** Where the check is: reflected so pages can style `:host([status=covered])`. Read-only. */
  @property({ reflect: true }) status: WidgetStatus = 'idle'

  private _debounce?: ReturnType<typeof setTimeout>
  private _searchAbort?: AbortController
  private _checkAbort?: AbortController
  private _stepTimers: ReturnType<typeof setTimeout>[] = []
  private _lastRequest?: CoverageCheckRequest
  private _lastContext?: IopCheckContext
  private _messagesFor?: Locale

  override connectedCallback() {
    super.connectedCallback()
    window.addEventListener('message', this._onMessage)
  }

  override disconnectedCallback() {
    super.disconnectedCallback()
    window.removeEventListener('message', this._onMessage)
    this._checkAbort?.abort()
    this._searchAbort?.abort()
    clearTimeout(this._debounce)
    this._clearSteps()
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('state') && !this._state) this._state = this.state.toUpperCase()
    if (changed.has('program')) this._program = this.program === 'mental_health' ? 'mental_health' : 'substance_use'
    const locale = this._locale
    if (locale !== this._messagesFor) {
      this._messagesFor = locale
      loadMessages(locale)
        .catch(() => loadMessages('en'))
        .then(
          (m) => locale === this._messagesFor && (this._messages = m),
          () => (this._loadFailed = true),
        )
    }
  }

  protected override updated() {
    // CSSOM, not a style attribute: allowed under a CSP without 'unsafe-inline'.
    if (this._frame && this._frameHeight) this._frame.style.height = `${this._frameHeight}px`
  }

  /** Level of the title; the verdict is one below, section headings two below. */
  private get _level() {
    return Math.min(4, Math.max(1, this.headingLevel || 3))
  }

  private get _locale(): Locale {
    return pickLocale(this.locale, document.documentElement.lang)
  }

  private _t = (key: MessageKey, vars?: Record<string, string | number>) => fill(this._messages?.[key] ?? '', vars)

  override render() {
    if (!this._messages) {
      // Strings are on their way (one small verified fetch); hold the space, announce nothing.
      return html`<div part="base" class="base" aria-busy="true">
        ${this._loadFailed
          ? html`<p part="error" role="alert">The coverage checker could not load. Please reload the page.</p>`
          : html`<div class="skeleton"><div></div><div></div><div></div><div></div></div>`}
      </div>`
    }
    const t = this._t
    const busy = this.status === 'loading'
    return html`<div part="base" class="base" lang=${this._locale}>
      <div class="title" role="heading" aria-level=${this._level}>${t('title')}</div>
      <p class="intro">${t('intro')}</p>
      <form part="form" novalidate @submit=${this._onSubmit}>
        ${this._renderCombobox()}
        <div class="row">
          <div class="field">
            <label for="state">${t('state')}</label>
            <select
              id="state"
              autocomplete="address-level1"
              aria-invalid=${this._fieldErrors.state ? 'true' : 'false'}
              aria-describedby="state-error"
              @change=${(e: Event) => {
                this._state = (e.target as HTMLSelectElement).value
                this._clearFieldError('state')
              }}
            >
              <option value="" ?selected=${!this._state}>${t('stateChoose')}</option>
              ${t('states')
                .split('|')
                .map((s) => html`<option value=${s.slice(0, 2)} ?selected=${this._state === s.slice(0, 2)}>${s.slice(3)}</option>`)}
            </select>
            ${this._fieldError('state')}
          </div>
          <div class="field">
            <label for="plan">${t('plan')} <span class="opt">(${t('optional')})</span></label>
            <input
              id="plan"
              type="text"
              autocomplete="off"
              maxlength="100"
              aria-describedby="plan-hint plan-error"
              aria-invalid=${this._fieldErrors.plan ? 'true' : 'false'}
              .value=${this._plan}
              @input=${(e: Event) => (this._plan = (e.target as HTMLInputElement).value)}
            />
            <p class="hint" id="plan-hint">${t('planHint')}</p>
            ${this._fieldError('plan')}
          </div>
        </div>
        <fieldset>
          <legend>${t('program')}</legend>
          <div class="choices">
            ${(['substance_use', 'mental_health'] as const).map(
              (p) => html`<label class="choice">
                <input
                  type="radio"
                  name="program"
                  value=${p}
                  .checked=${this._program === p}
                  @change=${() => (this._program = p)}
                />${t(p)}
              </label>`,
            )}
          </div>
        </fieldset>
        <button class="primary submit" type="submit" ?disabled=${busy}>
          ${busy ? t('checking') : t('submit')}
        </button>
      </form>
      ${this._renderOutcome()}
    </div>`
  }

  // ── payer combobox (WAI-ARIA APG: combobox with listbox popup, list autocomplete) ──────────

  private _renderCombobox() {
    const t = this._t
    const open = this._open && (this._options.length > 0 || this._searched)
    const status = !this._searched
      ? ''
      : this._options.length === 0
        ? t('noResults')
        : this._options.length === 1
          ? t('oneResult')
          : t('results', { n: this._options.length })
    return html`<div class="field">
      <label for="payer" id="payer-label">${t('payer')}</label>
      <div class="combo">
        <input
          id="payer"
          type="text"
          role="combobox"
          autocomplete="off"
          autocapitalize="off"
          spellcheck="false"
          maxlength="100"
          aria-autocomplete="list"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls="payer-list"
          aria-activedescendant=${open && this._active >= 0 ? `payer-opt-${this._active}` : nothing}
          aria-describedby="payer-hint payer-error"
          aria-invalid=${this._fieldErrors.payer ? 'true' : 'false'}
          .value=${this._query}
          @input=${this._onPayerInput}
          @keydown=${this._onPayerKeydown}
          @blur=${() => (this._open = false)}
          @click=${() => this._options.length && (this._open = true)}
        />
        <ul id="payer-list" role="listbox" aria-label=${t('payerList')} ?hidden=${!open}>
          ${this._options.map(
            (o, i) => html`<li
              id="payer-opt-${i}"
              role="option"
              aria-selected=${i === this._active ? 'true' : 'false'}
              @pointerdown=${(e: Event) => e.preventDefault()}
              @click=${() => this._choose(o)}
            >
              <span>${o.name}</span>${o.states.length && o.states.length <= 3
                ? html`<small>${o.states.join(', ')}</small>`
                : nothing}
            </li>`,
          )}
          ${open && this._options.length === 0 ? html`<li class="empty" role="presentation">${t('noResults')}</li>` : nothing}
        </ul>
      </div>
      <p class="hint" id="payer-hint">${t('payerHint')}</p>
      ${this._fieldError('payer')}
      <div class="sr-only" role="status" aria-live="polite">${this._open ? status : ''}</div>
    </div>`
  }

  private _onPayerInput(e: Event) {
    this._query = (e.target as HTMLInputElement).value
    if (this._payer && this._query !== this._payer.name) this._payer = null
    this._clearFieldError('payer')
    clearTimeout(this._debounce)
    const q = this._query.trim()
    if (q.length < 2) {
      this._options = []
      this._searched = false
      this._open = false
      return
    }
    this._debounce = setTimeout(() => void this._search(q), DEBOUNCE_MS)
  }

  private async _search(q: string) {
    this._searchAbort?.abort()
    const ctl = (this._searchAbort = new AbortController())
    try {
      const results = await searchPayers(q, this._state, this._opts(ctl.signal))
      if (ctl.signal.aborted || q !== this._query.trim()) return
      this._options = results
      this._searched = true
      this._active = -1
      this._open = this._payerInput === this.shadowRoot?.activeElement
    } catch {
      // Typeahead is a convenience: on failure the typed name is still checked as free text.
      if (!ctl.signal.aborted) {
        this._options = []
        this._searched = false
        this._open = false
      }
    }
  }

  private _onPayerKeydown(e: KeyboardEvent) {
    const n = this._options.length
    const move = (i: number) => {
      e.preventDefault()
      this._open = true
      this._active = i
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector(`#payer-opt-${i}`)?.scrollIntoView({ block: 'nearest' }),
      )
    }
    switch (e.key) {
      case 'ArrowDown':
        if (e.altKey) this._open = n > 0
        else if (n) move(this._open ? (this._active + 1) % n : 0)
        break
      case 'ArrowUp':
        if (n) move(this._open ? (this._active <= 0 ? n - 1 : this._active - 1) : n - 1)
        break
      case 'Home':
        if (this._open && n && this._active >= 0) move(0)
        break
      case 'End':
        if (this._open && n && this._active >= 0) move(n - 1)
        break
      case 'Enter':
        if (this._open && this._active >= 0 && this._options[this._active]) {
          e.preventDefault()
          this._choose(this._options[this._active]!)
        }
        break
      case 'Escape':
        if (this._open) {
          e.preventDefault()
          this._open = false
          this._active = -1
        } else if (this._query) {
          e.preventDefault()
          this._query = ''
          this._payer = null
          this._options = []
          this._searched = false
        }
        break
      case 'Tab':
        this._open = false
        break
    }
  }

  private _choose(o: PayerSearchResult) {
    this._payer = o
    this._query = o.name
    this._open = false
    this._active = -1
    this._clearFieldError('payer')
    this._payerInput?.focus()
  }

  // ── the check ─────────────────────────────────────────────────────────────────────────────

  private _onSubmit(e: Event) {
    e.preventDefault()
    if (this.status === 'loading') return
    const t = this._t
    const errors: Record<string, string> = {}
    const text = this._query.trim()
    if (!text) errors.payer = t('payerRequired')
    if (!this._state) errors.state = t('stateRequired')
    this._fieldErrors = errors
    if (Object.keys(errors).length) {
      void this.updateComplete.then(() =>
        (this.renderRoot.querySelector(errors.payer ? '#payer' : '#state') as HTMLElement | null)?.focus(),
      )
      return
    }
    this._open = false
    const plan = this._plan.trim()
    this._lastRequest = {
      payer: this._payer ? { id: this._payer.id } : text,
      state: this._state,
      ...(plan ? { plan } : {}),
      program: this._program,
    }
    this._lastContext = {
      payerId: this._payer?.id ?? null,
      payerName: this._payer?.name ?? text,
      state: this._state,
      program: this._program,
    }
    this._exact = null
    this.dispatchEvent(new IopCheckStartEvent({ ...this._lastContext }))
    void this._run()
  }

  private async _run() {
    const request = this._lastRequest
    if (!request) return
    this._checkAbort?.abort()
    const ctl = (this._checkAbort = new AbortController())
    this._result = null
    this._problem = null
    this._callbackSent = false
    this._frameFor = ''
    this.status = 'loading'
    this._startSteps()
    try {
      const result = await checkCoverage(request, this._opts(ctl.signal))
      if (ctl.signal.aborted) return
      this._result = result
      this.status = result.coverage.status
      if (result.payer) this._lastContext = { ...this._lastContext!, payerId: result.payer.id, payerName: result.payer.name }
      this.dispatchEvent(new IopCheckCompleteEvent(this._completeDetail()))
      await this.updateComplete
      ;(this.renderRoot.querySelector('.verdict h3') as HTMLElement | null)?.focus()
    } catch (err) {
      if (ctl.signal.aborted) return
      const problem = err instanceof ApiProblem ? err : new ApiProblem({ status: 0, code: 'network' })
      this._problem = problem
      this._fieldErrors = Object.fromEntries(
        problem.errors
          .map((fe) => [fe.path.split('.')[0] ?? '', fe.message] as const)
          .filter(([k]) => FORM_FIELDS.includes(k)),
      )
      this.status = 'error'
      this.dispatchEvent(
        new IopCheckErrorEvent({ httpStatus: problem.status, code: problem.code, retryable: problem.retryable }),
      )
      await this.updateComplete
      ;(this.renderRoot.querySelector('.error h3') as HTMLElement | null)?.focus()
    } finally {
      this._clearSteps()
    }
  }

  private _completeDetail(): IopCheckCompleteDetail {
    return {
      ...this._lastContext!,
      status: this._result?.coverage.status ?? 'unknown',
      patientPays: this._result?.estimate?.patientPays ?? null,
    }
  }

  private _startSteps() {
    this._clearSteps()
    this._step = 0
    this._stepTimers = STEPS.slice(1).map(([ms], i) => setTimeout(() => (this._step = i + 1), ms))
  }

  private _clearSteps() {
    this._stepTimers.forEach(clearTimeout)
    this._stepTimers = []
  }

  private _opts(signal: AbortSignal) {
    return { base: this.apiBase, siteKey: this.siteKey, lang: this._locale, signal }
  }

  private _reset() {
    this._checkAbort?.abort()
    this._result = null
    this._problem = null
    this._payer = null
    this._query = ''
    this._plan = ''
    this._options = []
    this._searched = false
    this.status = 'idle'
    void this.updateComplete.then(() => this._payerInput?.focus())
  }

  private _fieldError(name: string) {
    const text = this._fieldErrors[name]
    return html`<p class="field-error" id="${name}-error" ?hidden=${!text}>${text ?? ''}</p>`
  }

  private _clearFieldError(name: string) {
    if (this._fieldErrors[name]) {
      const { [name]: _, ...rest } = this._fieldErrors
      this._fieldErrors = rest
    }
  }

  // ── outcome: loading, error, result ───────────────────────────────────────────────────────

  private _renderOutcome() {
    const t = this._t
    if (this.status === 'loading') {
      const [, key, pct] = STEPS[this._step]!
      return html`<section class="loading" aria-busy="true">
        <p role="status" aria-live="polite">${t(key)}</p>
        <progress class="progress" max="100" .value=${pct} aria-label=${t(key)}></progress>
        <div class="skeleton" aria-hidden="true"><div></div><div></div><div></div><div></div></div>
      </section>`
    }
    if (this._problem) return this._renderError(this._problem)
    if (this._result) return this._renderResult(this._result)
    return nothing
  }

  private _renderError(p: ApiProblem) {
    const t = this._t
    const text =
      p.code === 'timeout'
        ? t('errorTimeout')
        : p.status === 0
          ? t('errorNetwork')
          : p.status >= 500 || !p.detail
            ? t('errorGeneric')
            : p.detail
    const fieldErrors = p.errors.filter((e) => !FORM_FIELDS.includes(e.path.split('.')[0] ?? ''))
    return html`<section part="error" class="error" role="alert">
      <h3 tabindex="-1" aria-level=${this._level + 1}>${t('errorTitle')}</h3>
      <p>${text}</p>
      ${fieldErrors.length ? html`<ul>${fieldErrors.map((e) => html`<li>${e.message}</li>`)}</ul>` : nothing}
      <div class="actions">
        ${p.retryable || p.status >= 500 || p.status === 0
          ? html`<button class="primary" type="button" @click=${() => void this._run()}>${t('retry')}</button>`
          : nothing}
        ${this._renderCall()}
      </div>
    </section>`
  }

  private _renderResult(r: CoverageCheckResponse) {
    const t = this._t
    const loc = this._locale
    const c = r.coverage
    const e = r.estimate
    const payerName = r.payer?.name ?? this._lastContext?.payerName ?? t('unknownPayer')
    const program = t(this._lastRequest?.program ?? 'substance_use').toLowerCase()
    const bh = c.behavioralHealthManager
    const weeks = e?.weeks ?? []
    const totals = weeks.reduce((a, w) => [a[0]! + w.patientPays, a[1]! + w.planPays], [0, 0])
    return html`<section part="result" class="result" aria-labelledby="verdict-title">
      <div part="verdict" class="verdict ${c.status}">
        <svg viewBox="0 0 32 32" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round">
          <circle cx="16" cy="16" r="14" stroke-width="2" />${ICONS[c.status] ?? ICONS.unknown}
        </svg>
        <div>
          <h3 id="verdict-title" tabindex="-1" aria-level=${this._level + 1}>${t(c.status)}</h3>
          <p>${t('verdictFor', { program, payer: payerName })}${r.plan?.type ? ` · ${r.plan.type}` : ''}</p>
        </div>
      </div>
      <dl class="facts">
        ${c.priorAuthorization !== 'unknown'
          ? html`<dt>${t('priorAuth')}</dt><dd>${t(c.priorAuthorization)}</dd>`
          : nothing}
        ${typeof c.referralRequired === 'boolean'
          ? html`<dt>${t('referral')}</dt><dd>${t(c.referralRequired ? 'yes' : 'no')}</dd>`
          : nothing}
        ${bh
          ? html`<dt>${t('bhManager')}</dt>
              <dd>${bh.name}${bh.phone ? html` · <a href="tel:${bh.phone.replace(/[^\d+]/g, '')}">${bh.phone}</a>` : nothing}</dd>`
          : nothing}
      </dl>
      ${e
        ? html`<div class="estimate">
            <h4 aria-level=${this._level + 2}>${t('estimate')}</h4>
            <div class="totals">
              <div><span class="label">${t('youPay')}</span><span class="big">${money(loc, e.patientPays)}</span></div>
              <div><span class="label">${t('planPays')}</span><span class="plan-pays">${money(loc, e.planPays)}</span></div>
            </div>
            <p class="muted">
              ${t('course', { days: e.days, weeks: weeks.length })}${e.range
                ? html` · ${t('range', { low: money(loc, e.range.low), high: money(loc, e.range.high) })}`
                : nothing}
            </p>
            ${e.outOfPocketMaxReachedOnDay ? html`<p class="muted">${t('oopReached', { day: e.outOfPocketMaxReachedOnDay })}</p>` : nothing}
            ${weeks.length
              ? html`<figure part="chart">
                  ${costChart(
                    weeks,
                    t('chartLabel', { patient: money(loc, totals[0]!), plan: money(loc, totals[1]!), weeks: weeks.at(-1)!.week }),
                  )}
                  <figcaption aria-hidden="true">
                    <div class="ticks"><span>${t('week', { n: weeks[0]!.week })}</span><span>${t('week', { n: weeks.at(-1)!.week })}</span></div>
                    <div class="legend"><span>${t('youPay')}</span><span>${t('planPays')}</span></div>
                  </figcaption>
                </figure>`
              : nothing}
            ${e.assumptions.length
              ? html`<h4 aria-level=${this._level + 2}>${t('assumptions')}</h4>
                  <ul class="plain">${e.assumptions.map((a) => html`<li>${this._assumption(a)}</li>`)}</ul>`
              : nothing}
            ${e.explanation?.length
              ? html`<details><summary>${t('howCalculated')}</summary>
                  <ul class="plain">${e.explanation.map((x) => html`<li>${x}</li>`)}</ul></details>`
              : nothing}
          </div>`
        : nothing}
      ${r.nextSteps.length
        ? html`<h4 aria-level=${this._level + 2}>${t('nextSteps')}</h4><ol class="steps">${r.nextSteps.map((s) => html`<li>${s}</li>`)}</ol>`
        : nothing}
      ${c.notes?.length ? html`<h4 aria-level=${this._level + 2}>${t('notes')}</h4><ul class="plain">${c.notes.map((n) => html`<li>${n}</li>`)}</ul>` : nothing}
      ${c.sources?.length
        ? html`<details><summary>${t('sources')}</summary><ul class="plain">
            ${c.sources.map((s) => html`<li><a href=${safeUrl(s.url)} target="_blank" rel="noopener noreferrer">${s.title}</a></li>`)}
          </ul></details>`
        : nothing}
      ${this._renderCta()} ${this._renderExact(r)}
      <p class="disclaimer">${t('disclaimer')}</p>
      <div class="actions"><button class="link" type="button" @click=${this._reset}>${t('again')}</button></div>
    </section>`
  }

  /** One assumption in plain words: "Your share after the deductible: 20% (typical for PPO…)". */
  private _assumption(a: { field: string; value: unknown; why: string }) {
    const t = this._t
    const loc = this._locale
    const parts = a.field.split('.')
    const leaf = parts.at(-1) ?? ''
    const known = (p: string) => !!this._messages?.[`f.${p}` as MessageKey]
    const head = parts.find(known) ?? leaf
    let label = known(head) ? t(`f.${head}` as MessageKey) : a.field
    if (leaf === 'met') label += ` (${t('f.met')})`
    const v = a.value
    const value =
      typeof v === 'number'
        ? head === 'coinsurance'
          ? percent(loc, v)
          : MONEY_FIELDS.has(head)
            ? money(loc, v)
            : String(v)
        : typeof v === 'boolean'
          ? t(v ? 'yes' : 'no')
          : v === 'in' || v === 'out'
            ? t(v)
            : String(v ?? '')
    return html`<strong>${label}: ${value}</strong>${a.why ? html`. <span class="muted">${a.why}</span>` : nothing}`
  }

  private _renderCall() {
    const phone = this.partner?.phone
    if (!phone) return nothing
    const t = this._t
    return html`<a class="button secondary" href="tel:${phone.replace(/[^\d+]/g, '')}">
      ${this.partner.name ? t('call', { name: this.partner.name }) : t('callUs')} · ${formatPhone(phone)}
    </a>`
  }

  private _renderCta() {
    const p = this.partner ?? {}
    if (!p.phone && !p.callback) return nothing
    const t = this._t
    return html`<div part="cta" class="cta">
      ${this._renderCall()}
      ${p.callback
        ? this._callbackSent
          ? html`<p role="status">${t('callbackSent')}</p>`
          : html`<button class="primary" type="button" @click=${this._onCallback}>${t('callback')}</button>`
        : nothing}
    </div>
    ${this._frameFor == 'callback' ? this._renderFrame(t('callback')) : nothing}`
  }

  private _onCallback() {
    this.dispatchEvent(new IopCallbackRequestEvent(this._completeDetail()))
    // Contact details are typed in the checker's frame, like the member ID (docs/architecture.md §4).
    this._frameFor = 'callback'
  }

  // ── exact check (frame on the checker's origin; PHI never enters this element) ───────────

  private get _apiOrigin() {
    return new URL(this.apiBase).origin
  }

  private _renderExact(r: CoverageCheckResponse) {
    if (!this.exactCheck) return nothing
    const t = this._t
    if (this._exact) {
      return html`<p role="status" class="muted">${t('exactDone', { payer: this._exact.payerName ?? r.payer?.name ?? '' })}</p>`
    }
    return html`<div class="estimate">
      <h4 aria-level=${this._level + 2}>${t('exactTitle')}</h4>
      <p class="muted">${t('exactIntro')}</p>
      ${this._frameFor == 'exact'
        ? this._renderFrame(t('exactFrame'))
        : html`<div class="actions">
            <button class="secondary button" type="button" @click=${() => (this._frameFor = 'exact')}>${t('exactOpen')}</button>
          </div>`}
    </div>`
  }

  /** The checker-origin frame (one at a time): `form` picks the exact check or the callback form. */
  private _renderFrame(title: string) {
    const src = new URL('/widget/v1/exact-check', this.apiBase)
    src.search = new URLSearchParams({
      'site-key': this.siteKey,
      origin: location.origin,
      locale: this._locale,
      form: this._frameFor,
    }).toString()
    return html`<iframe title=${title} src=${src.href}></iframe>`
  }

  private _onMessage = (e: MessageEvent) => {
    const frame = this._frame
    if (!frame || !isFromExpected(e, this._apiOrigin, frame.contentWindow)) return
    const m = parseFrameMessage(e.data)
    if (!m) return
    if (m.type === MSG.ready) {
      frame.contentWindow!.postMessage({ ...this._completeDetail(), type: MSG.context }, this._apiOrigin)
    } else if (m.type === MSG.resize) {
      this._frameHeight = m.height
    } else if (m.type === MSG.lead) {
      const { payerId, state, program } = this._lastContext!
      this._callbackSent = true
      this._frameFor = ''
      this.dispatchEvent(new IopLeadSubmittedEvent({ leadId: m.leadId, payerId, state, program }))
    } else {
      this.dispatchEvent(new IopExactCheckCompleteEvent({ summary: m.summary }))
      // The payer's own figures replace the typical ones: check again for the member's estimate.
      // Otherwise (inactive, carved out) the frame says what it found and stays open.
      if (m.summary.status == 'active') {
        this._exact = m.summary
        if (m.summary.inNetwork) {
          this._lastRequest = { ...this._lastRequest!, benefits: m.summary.inNetwork }
          void this._run()
        }
      }
    }
  }
}

/** Request fields the form shows errors beside; other API errors are listed in the alert. */
const FORM_FIELDS = ['payer', 'state', 'plan']

const MONEY_FIELDS = new Set(['deductible', 'outOfPocketMax', 'copay', 'chargePerDay', 'allowedPerDay'])

/** Only http(s) links from the API's sources become hrefs. */
const safeUrl = (url: string) => (/^https?:\/\//i.test(url) ? url : '#')

/** `+18005550100` → `(800) 555-0100`; anything else as given. */
export const formatPhone = (phone: string): string => {
  const d = phone.replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '')
  return d.length === 10 ? `(${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}` : phone
}
