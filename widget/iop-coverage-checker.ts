/**
 * @module
 * `<iop-coverage-checker>`: the embeddable coverage check. This file holds the class only and
 * has no side effects; `index.ts` registers the tag. Styles, events, strings, the API client
 * and the chart live in their own files.
 */
import { LitElement, html, nothing, svg, type PropertyValues } from 'lit'
import { property, query, state } from 'lit/decorators.js'
import { ApiProblem, checkCoverage, searchPayers } from './api'
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
import { MSG, type BenefitsSummary } from './exact-check/protocol'
import { fill, loadMessages, pickLocale, type Locale, type MessageKey, type Messages } from './i18n'
import { styles } from './iop-coverage-checker.styles'
import { formatPhone } from './phone'
import type {
  CoverageCheckRequest,
  CoverageCheckResponse,
  PartnerConfig,
  PayerSearchResult,
  Program,
  WidgetStatus,
} from './types'
import { loadView } from './view-loader'
import type { View, ViewHost } from './view/contract'

/** Typing pauses this long before the payer list is fetched. */
const DEBOUNCE_MS = 180

/** Two payers whose match scores are closer than this are a near tie: the visitor picks. */
const NEAR_TIE = 0.05

/** Loading progress: the step shown after this many ms (slow checks still show motion). */
const STEPS: readonly [number, MessageKey, number][] = [
  [0, 'step1', 20],
  [700, 'step2', 55],
  [1800, 'step3', 85],
]

/**
 * @summary Answers "will my insurance pay for an Intensive Outpatient Program, and what will it
 * cost me?" in under a minute, without a name or member ID.
 *
 * @fires iop-check-start - The visitor submitted a check. `detail`: payer, state, program.
 * @fires iop-check-complete - A verdict is shown. `detail` adds `kind` (`quick` or `exact`), `status` and `patientPays`.
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
  @state() private _messages: Partial<Messages> | null = null
  @state() private _loadFailed = false
  /** The answer view chunk, once fetched (first focus or submit). */
  @state() private _view: View | null = null
  /** The visitor's own language choice from the switch ('' until used). */
  @state() private _chosenLocale: Locale | '' = ''
  /** Near-tie payers offered as "did you mean" after a free-text submit. */
  @state() private _dym: PayerSearchResult[] = []
  /** Text of the always-present live regions (they exist before their text changes). */
  @state() private _announce = ''
  @state() private _alert = ''
  /** The state the options were ranked for (`inState` is relative to it). */
  private _rankedFor = ''

  /** Publishable key of the partner site (`pk_…`), sent as `X-Site-Key`. */
  @property({ attribute: 'site-key' }) siteKey = ''

  /** Origin of the checker API; defaults to the origin the script was loaded from. */
  @property({ attribute: 'api-base' }) apiBase = new URL(import.meta.url).origin

  /** Preselected program: `substance_use` (default) or `mental_health`. */
  @property() program: Program = 'substance_use'

  /** `en` or `es`; empty follows the browser's languages, then the page's `<html lang>`. */
  @property() locale = ''

  /** Show a visible English/Español switch. Off by default. */
  @property({ attribute: 'language-switch', type: Boolean }) languageSwitch = false

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
    // The answer view is fetched on the first focus inside the widget, so it is usually there
    // (or on its way) by the time the visitor submits; submit fetches it too, with the API call.
    this.addEventListener('focusin', this._prefetch, { once: true })
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
      loadMessages(locale, 'form')
        .catch(() => loadMessages('en', 'form'))
        .then(
          (m) => locale === this._messagesFor && (this._messages = { ...this._messages, ...m }),
          () => (this._loadFailed = true),
        )
      if (this._view) void this._loadViewMessages(locale)
    }
  }

  protected override updated() {
    // CSSOM, not a style attribute: allowed under a CSP without 'unsafe-inline'.
    if (this._frame && this._frameHeight) this._frame.style.height = `${this._frameHeight}px`
  }

  private _prefetch = () => void this._ensureView().catch(() => undefined)

  /** The view chunk and its strings in the current locale; its stylesheet adopted once. */
  private async _ensureView(): Promise<View> {
    const [view] = await Promise.all([loadView({ html, svg, nothing }), this._loadViewMessages(this._locale)])
    if (!this._view) {
      const root = this.renderRoot as ShadowRoot
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, viewSheet(view.css)]
      this._view = view
    }
    return view
  }

  private async _loadViewMessages(locale: Locale) {
    const m = await loadMessages(locale, 'view').catch(() => loadMessages('en', 'view'))
    if (locale === this._locale) this._messages = { ...this._messages, ...m }
  }

  /** Level of the title; the verdict is one below, section headings two below. */
  private get _level() {
    return Math.min(4, Math.max(1, this.headingLevel || 3))
  }

  private get _locale(): Locale {
    return pickLocale(this._chosenLocale || this.locale, document.documentElement.lang, navigator.languages ?? [])
  }

  private _t = (key: MessageKey, vars?: Record<string, string | number>) => fill(this._messages?.[key] ?? '', vars)

  private _setLocale(l: Locale) {
    if (l === this._locale) return
    this._chosenLocale = l
    // A quick answer on screen is asked for again, so the API's texts follow the language too.
    if (this._result && !this._exact && this.status !== 'loading') void this.updateComplete.then(() => this._run())
  }

  private _renderSwitch() {
    if (!this.languageSwitch) return nothing
    const l = this._locale
    return html`<div class="lang" role="group" aria-label=${this._t('language')}>
      ${(['en', 'es'] as const).map(
        (x) => html`<button type="button" lang=${x} aria-pressed=${l === x ? 'true' : 'false'} @click=${() => this._setLocale(x)}>
          ${x === 'en' ? 'English' : 'Español'}
        </button>`,
      )}
    </div>`
  }

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
      ${this._renderSwitch()}
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
              @change=${(e: Event) => this._onStateChange((e.target as HTMLSelectElement).value)}
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
      <div class="sr-only" role="status" aria-live="polite">${this._announce}</div>
      <div class="sr-only" role="alert">${this._alert}</div>
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
      <div role="status" aria-live="polite">${this._renderPayerNotice()}</div>
    </div>`
  }

  /** "Did you mean" for a near tie, or "does not offer plans in <state>". */
  private _renderPayerNotice() {
    const t = this._t
    if (this._dym.length) {
      return html`<p class="notice">${t('didYouMean')}</p>
        <div class="dym">
          ${this._dym.map(
            (o) => html`<button class="secondary" type="button" @click=${() => this._pickSuggestion(o)}>${o.name}</button>`,
          )}
        </div>`
    }
    const p = this._payer
    if (p && this._state && servesState(p, this._state, this._rankedFor) === false) {
      const name = t('states').split('|').find((s) => s.startsWith(this._state + ' '))?.slice(3) ?? this._state
      return html`<p class="notice">${t('notInState', { payer: p.name, state: name })}</p>`
    }
    return nothing
  }

  private _pickSuggestion(o: PayerSearchResult) {
    this._dym = []
    this._choose(o)
    this._submit()
  }

  private _onStateChange(value: string) {
    this._state = value
    this._clearFieldError('state')
    // The ranking depends on the state (a Blue plan of that state first): ask again.
    const q = this._query.trim()
    if (q.length >= 2) void this._search(q)
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
    const st = this._state
    try {
      const results = await searchPayers(q, st, this._opts(ctl.signal))
      if (ctl.signal.aborted || q !== this._query.trim()) return
      this._options = results
      this._rankedFor = st
      this._searched = true
      this._active = -1
      this._dym = []
      // The chosen payer, re-ranked for the new state, carries that state's `inState`.
      const same = this._payer && results.find((r) => r.id === this._payer!.id)
      if (same) this._payer = same
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
    this._dym = []
    this._query = o.name
    this._open = false
    this._active = -1
    this._clearFieldError('payer')
    this._payerInput?.focus()
  }

  // ── the check ─────────────────────────────────────────────────────────────────────────────

  private _onSubmit(e: Event) {
    e.preventDefault()
    this._prefetch()
    void this._submit(true)
  }

  private async _submit(offerTies = false) {
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
    if (offerTies && !this._payer) {
      // A name typed but not picked: rank it for the state first, and let the visitor choose
      // when the best two are a near tie rather than silently taking the first.
      if (!this._searched || this._rankedFor !== this._state) await this._search(text)
      const [a, b] = this._options
      if (a && b && a.score < 1 && a.score - b.score < NEAR_TIE) {
        this._dym = this._options.filter((o) => a.score - o.score < NEAR_TIE).slice(0, 3)
        this._open = false
        return
      }
    }
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
    this._alert = ''
    this.status = 'loading'
    this._startSteps()
    try {
      // The view chunk comes in parallel with the answer (usually already fetched on focus).
      const view = this._ensureView().catch(() => {
        throw new ApiProblem({ status: 0, code: 'view' })
      })
      const [result] = await Promise.all([checkCoverage(request, this._opts(ctl.signal)), view])
      if (ctl.signal.aborted) return
      this._show(this._exact && this._view ? this._view.withExact(result, this._exact) : result)
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
      this._announce = ''
      this._alert = `${this._t('errorTitle')}. ${this._problemText(problem)}`
      this.dispatchEvent(
        new IopCheckErrorEvent({ httpStatus: problem.status, code: problem.code, retryable: problem.retryable }),
      )
      await this.updateComplete
      ;(this.renderRoot.querySelector('.error h3') as HTMLElement | null)?.focus()
    } finally {
      this._clearSteps()
    }
  }

  /** Shows an answer: reflected status, announcement, event, verdict in view and focused. */
  private async _show(result: CoverageCheckResponse) {
    this._result = result
    this.status = result.coverage.status
    if (result.payer) this._lastContext = { ...this._lastContext!, payerId: result.payer.id, payerName: result.payer.name }
    this._announce = this._t(result.coverage.status)
    this.dispatchEvent(new IopCheckCompleteEvent(this._completeDetail()))
    await this.updateComplete
    const result_ = this.renderRoot.querySelector('.result') as HTMLElement | null
    // The verdict at the top of the screen, so the price and conditions follow it on a phone.
    result_?.scrollIntoView({ block: 'start' })
    ;(this.renderRoot.querySelector('.verdict h3') as HTMLElement | null)?.focus({ preventScroll: true })
  }

  private _completeDetail(): IopCheckCompleteDetail {
    return {
      ...this._lastContext!,
      kind: this._exact ? 'exact' : 'quick',
      status: this._result?.coverage.status ?? 'unknown',
      patientPays: this._result?.estimate?.patientPays ?? null,
    }
  }

  private _startSteps() {
    this._clearSteps()
    this._step = 0
    this._announce = this._t('step1')
    this._stepTimers = STEPS.slice(1).map(([ms, key], i) =>
      setTimeout(() => {
        this._step = i + 1
        this._announce = this._t(key)
      }, ms),
    )
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
    this._dym = []
    this._exact = null
    this._announce = ''
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
        <p>${t(key)}</p>
        <progress class="progress" max="100" .value=${pct} aria-label=${t(key)}></progress>
        <div class="skeleton" aria-hidden="true"><div></div><div></div><div></div><div></div></div>
      </section>`
    }
    if (this._problem) return this._renderError(this._problem)
    if (this._result && this._view) return this._view.render(this._host())
    return nothing
  }

  private _problemText(p: ApiProblem) {
    const t = this._t
    return p.code === 'view'
      ? t('viewFailed')
      : p.code === 'timeout'
        ? t('errorTimeout')
        : p.status === 0
          ? t('errorNetwork')
          : p.status >= 500 || !p.detail
            ? t('errorGeneric')
            : p.detail
  }

  private _renderError(p: ApiProblem) {
    const t = this._t
    const text = this._problemText(p)
    const fieldErrors = p.errors.filter((e) => !FORM_FIELDS.includes(e.path.split('.')[0] ?? ''))
    return html`<section part="error" class="error">
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

  private _renderCall() {
    const phone = this.partner?.phone
    if (!phone) return nothing
    const t = this._t
    return html`<a class="button secondary" href="tel:${phone.replace(/[^\d+]/g, '')}">
      ${this.partner.name ? t('call', { name: this.partner.name }) : t('callUs')} · ${formatPhone(phone)}
    </a>`
  }

  private _onCallback() {
    this.dispatchEvent(new IopCallbackRequestEvent(this._completeDetail()))
    // Contact details are typed in the checker's frame, like the member ID (DESIGN.md §4).
    void this._openFrame('callback')
  }

  // ── exact check (frame on the checker's origin; PHI never enters this element) ───────────

  private get _apiOrigin() {
    return new URL(this.apiBase).origin
  }

  /** What the view chunk reads, and the actions it may call. */
  private _host(): ViewHost {
    return {
      t: this._t,
      has: (k) => !!this._messages?.[k as MessageKey],
      locale: this._locale,
      level: this._level + 1,
      answer: this._result!,
      payerName: this._lastContext?.payerName ?? '',
      program: this._lastRequest?.program ?? 'substance_use',
      exactCheck: this.exactCheck,
      exact: this._exact,
      frameFor: this._frameFor,
      callbackSent: this._callbackSent,
      partner: this.partner ?? {},
      frameUrl: (form) => this._frameUrl(form),
      openFrame: (form) => this._openFrame(form),
      callback: () => this._onCallback(),
      reset: () => this._reset(),
    }
  }

  /**
   * The checker-origin frame on the bundle's own channel: a pinned bundle (`/widget/v0.1.0/…`)
   * opens `/widget/v0.1.0/exact-check`, the floating one `/widget/v1/exact-check`.
   */
  private _frameUrl(form: 'exact' | 'callback') {
    const src = new URL(new URL('exact-check', import.meta.url).pathname, this.apiBase)
    src.search = new URLSearchParams({ 'site-key': this.siteKey, origin: location.origin, locale: this._locale, form }).toString()
    return src.href
  }

  /** Opens a frame and moves focus into it; the frame focuses its first field (frame.ts). */
  private async _openFrame(form: 'exact' | 'callback') {
    this._frameFor = form
    await this.updateComplete
    this._frame?.focus()
  }

  private _onMessage = (e: MessageEvent) => {
    const frame = this._frame
    const m = frame && this._view?.frameMessage(e, this._apiOrigin, frame.contentWindow)
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
      this._exact = m.summary
      // The payer's own figures replace the typical ones: check again for the member's estimate.
      // Inactive, rejected or carved out: no price; the view says what the payer said.
      if (m.summary.status === 'active' && m.summary.inNetwork && !m.summary.carveOut) {
        this._lastRequest = { ...this._lastRequest!, benefits: m.summary.inNetwork }
        void this._run()
      } else if (this._result && this._view) {
        this._frameFor = ''
        void this._show(this._view.withExact(this._result, m.summary))
      }
    }
  }
}

/** The view's stylesheet, built once for every element on the page. */
let sheet: CSSStyleSheet | undefined
const viewSheet = (text: string) => {
  if (!sheet) {
    sheet = new CSSStyleSheet()
    sheet.replaceSync(text)
  }
  return sheet
}

/**
 * Whether payer `p` offers plans in `state`: the payers API's `inState` when the list was ranked
 * for that state, else its `states` (an empty list means "not limited", so no warning).
 */
const servesState = (p: PayerSearchResult, state: string, rankedFor: string): boolean | null =>
  rankedFor === state && typeof p.inState === 'boolean' ? p.inState : p.states.length ? p.states.includes(state) : null

/** Request fields the form shows errors beside; other API errors are listed in the alert. */
const FORM_FIELDS = ['payer', 'state', 'plan']
