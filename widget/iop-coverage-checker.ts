/**
 * @module
 * `<iop-coverage-checker>`: the embeddable coverage check. This file holds the class only and
 * has no side effects; `index.ts` registers the tag. Styles, events, strings, the API client
 * and the chart live in their own files.
 */
import { LitElement, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit'
import {
  IopCallbackRequestEvent,
  IopCheckCompleteEvent,
  IopCheckErrorEvent,
  IopCheckStartEvent,
  IopExactCheckCompleteEvent,
  IopLeadSubmittedEvent,
  type IopCheckContext,
} from './events'
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
import { loadView } from './view-loader'
import type { View, ViewHost } from './view/contract'

/** How long a coverage check may take before the visitor is offered a retry. */
const CHECK_TIMEOUT_MS = 20_000

/** The public events the view chunk fires through `_fire` (one class each, from this bundle). */
const EVENTS = {
  'iop-check-start': IopCheckStartEvent,
  'iop-check-complete': IopCheckCompleteEvent,
  'iop-check-error': IopCheckErrorEvent,
  'iop-callback-request': IopCallbackRequestEvent,
  'iop-exact-check-complete': IopExactCheckCompleteEvent,
  'iop-lead-submitted': IopLeadSubmittedEvent,
}

/**
 * @summary Answers "will my insurance pay for an Intensive Outpatient Program, and what will it
 * cost me?" in under a minute, without a name or member ID.
 *
 * @fires {IopCheckStartEvent} iop-check-start - The visitor submitted the quick check. `detail`: `{payerId, payerName, state, program}`.
 * @fires {IopCheckCompleteEvent} iop-check-complete - A verdict is shown, after the quick check (`kind: "quick"`) and again after an exact check (`kind: "exact"`). `detail`: `{payerId, payerName, state, program, kind, status, patientPays}`; `patientPays` is integer cents, `null` without a price.
 * @fires {IopCheckErrorEvent} iop-check-error - A check failed (shown with a retry). `detail`: `{httpStatus, code, retryable}`; `httpStatus` 0 when the service was not reached.
 * @fires {IopCallbackRequestEvent} iop-callback-request - "Request a callback" was pressed (the form opens). `detail`: as `iop-check-complete`.
 * @fires {IopExactCheckCompleteEvent} iop-exact-check-complete - The exact-check frame posted the member's one answer. `detail`: `{answer}`, the `coverageCheck` of `POST /v1/eligibility/checks` as checked by the element (no name, member ID or date of birth).
 * @fires {IopLeadSubmittedEvent} iop-lead-submitted - The callback form's lead was accepted. `detail`: `{leadId, payerId, state, program}`.
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

  get _payerInput() {
    return this.renderRoot?.querySelector<HTMLInputElement>('#payer') ?? null
  }
  get _frame() {
    return this.renderRoot?.querySelector('iframe') ?? null
  }

  // Reactive properties without decorators (their runtime is bytes the first bundle lacks):
  // the public ones with their attribute, the internal ones as state.
  static override properties = {
    _query: { state: true },
    _options: { state: true },
    _open: { state: true },
    _active: { state: true },
    _searched: { state: true },
    _payer: { state: true },
    _state: { state: true },
    _plan: { state: true },
    _program: { state: true },
    _result: { state: true },
    _problem: { state: true },
    _viewFailed: { state: true },
    _fieldErrors: { state: true },
    _step: { state: true },
    _callbackSent: { state: true },
    _frameFor: { state: true },
    _frameHeight: { state: true },
    _exact: { state: true },
    _messages: { state: true },
    _loadFailed: { state: true },
    _view: { state: true },
    _chosenLocale: { state: true },
    _dym: { state: true },
    _announce: { state: true },
    _alert: { state: true },
    siteKey: { attribute: 'site-key' },
    apiBase: { attribute: 'api-base' },
    program: {},
    locale: {},
    languageSwitch: { attribute: 'language-switch', type: Boolean },
    state: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    exactCheck: { attribute: 'exact-check', type: Boolean },
    theme: { reflect: true },
    partner: { attribute: false },
    status: { reflect: true },
  }

  _query = ''
  _options: PayerSearchResult[] = []
  _open = false
  _active = -1
  _searched = false
  _payer: PayerSearchResult | null = null
  _state = ''
  _plan = ''
  _program: Program = 'substance_use'
  _result: CoverageCheckResponse | null = null
  _problem: import('./view/controller').CheckProblem | null = null
  _viewFailed = false
  _fieldErrors: Record<string, string> = {}
  _step = 0
  _callbackSent = false
  /** Which checker-origin frame is open: the exact check or the callback form. */
  _frameFor: '' | 'exact' | 'callback' = ''
  _frameHeight = 0
  /** Whether the answer on screen is the exact check's (the member's benefits). */
  _exact = false
  _messages: Partial<Messages> | null = null
  _loadFailed = false
  /** The answer view chunk, once fetched (first focus or submit). */
  _view: View | null = null
  /** The visitor's own language choice from the switch ('' until used). */
  _chosenLocale: Locale | '' = ''
  /** Near-tie payers offered as "did you mean" after a free-text submit. */
  _dym: PayerSearchResult[] = []
  /** Text of the always-present live regions (they exist before their text changes). */
  _announce = ''
  _alert = ''
  /** The state the options were ranked for (`inState` is relative to it). */
  _rankedFor = ''

  /** The partner site's publishable key (`pk_…`), sent as `X-Site-Key`. */
  siteKey = ''

  /** The checker's origin, for the API and the exact-check frame. Default: the origin the script was loaded from (set it when your bundler serves the script). */
  apiBase: string = new URL(import.meta.url).origin

  /** The preselected program. */
  program: Program = 'substance_use'

  /** The language, `en` or `es`; empty follows `navigator.languages`, then `<html lang>`, then English. */
  locale = ''

  /** Shows a visible English/Español switch (`role="group"`, `aria-pressed` buttons). */
  languageSwitch = false

  /** The preselected state (USPS code, e.g. `TX`). */
  state = ''

  /** The level of the title in your page's outline; the verdict is one below, section headings two below. */
  headingLevel = 3

  /** Offers the exact check: member ID, name and date of birth typed into a frame on the checker's origin. */
  exactCheck = false

  /** `light` or `dark` forces a color scheme; empty follows `prefers-color-scheme`. Reflected. */
  theme = ''

  /** The call to action: a "Call {name}" `tel:` link and the "Request a callback" button. Property only (no attribute). */
  partner: PartnerConfig = {}

  /**
   * Where the check is, reflected so pages can style `iop-coverage-checker[status=covered]`.
   * Read-only. After an exact check it follows the payer's word (`not_covered` for an inactive member).
   */
  status: WidgetStatus = 'idle'

  _debounce?: ReturnType<typeof setTimeout>
  _searchAbort?: AbortController
  _checkAbort?: AbortController
  _stepTimers: ReturnType<typeof setTimeout>[] = []
  _lastRequest?: CoverageCheckRequest
  _lastContext?: IopCheckContext
  _messagesFor?: Locale

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
    this._stepTimers.forEach(clearTimeout)
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

  _prefetch = () => void this._ensureView().catch(() => undefined)

  /** The view chunk and its strings in the current locale; its stylesheet adopted once. */
  async _ensureView(): Promise<View> {
    const [view] = await Promise.all([loadView({ html, svg, nothing }), this._loadViewMessages(this._locale)])
    if (!this._view) {
      const root = this.renderRoot as ShadowRoot
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, viewSheet(view.css)]
      this._view = view
    }
    return view
  }

  async _loadViewMessages(locale: Locale) {
    const m = await loadMessages(locale, 'view').catch(() => loadMessages('en', 'view'))
    if (locale === this._locale) this._messages = { ...this._messages, ...m }
  }

  /** Level of the title; the verdict is one below, section headings two below. */
  get _level() {
    return Math.min(4, Math.max(1, this.headingLevel || 3))
  }

  get _locale(): Locale {
    return pickLocale(this._chosenLocale || this.locale, document.documentElement.lang, navigator.languages ?? [])
  }

  _t = (key: MessageKey, vars?: Record<string, string | number>) => fill(this._messages?.[key] ?? '', vars)

  _setLocale(l: Locale) {
    if (l === this._locale) return
    this._chosenLocale = l
    // A quick answer on screen is asked for again, so the API's texts follow the language too.
    if (this._result && !this._exact && this.status !== 'loading') void this.updateComplete.then(() => this._go())
  }

  _renderSwitch() {
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

  override render(): TemplateResult {
    if (!this._messages) {
      // Strings are on their way (one small verified fetch); hold the space (:host min-height).
      return html`<div part="base" class="base" aria-busy="true">
        ${this._loadFailed
          ? html`<p part="error" role="alert">The coverage checker could not load. Please reload the page.</p>`
          : nothing}
      </div>`
    }
    const t = this._t
    const busy = this.status === 'loading'
    return html`<div part="base" class="base" lang=${this._locale}>
      ${this._renderSwitch()}
      <div class="title" role="heading" aria-level=${this._level}>${t('title')}</div>
      <p class="intro">${t('intro')}</p>
      <form
        part="form"
        novalidate
        @submit=${(e: Event) => {
          e.preventDefault()
          this._withView((v) => v.submit(this))
        }}
      >
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
                this._withView((v) => v.stateChanged(this))
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
      <div class="sr-only" role="status" aria-live="polite">${this._announce}</div>
      <div class="sr-only" role="alert">${this._alert}</div>
    </div>`
  }

  // ── payer combobox (WAI-ARIA APG: combobox with listbox popup, list autocomplete) ──────────

  _renderCombobox() {
    const t = this._t
    const v = this._view
    const open = this._open && (this._options.length > 0 || this._searched)
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
          @input=${(e: Event) => {
            this._query = (e.target as HTMLInputElement).value
            this._withView((v) => v.input(this))
          }}
          @keydown=${(e: KeyboardEvent) => v?.keydown(this, e)}
          @blur=${() => (this._open = false)}
          @click=${() => this._options.length && (this._open = true)}
        />
        <ul id="payer-list" role="listbox" aria-label=${t('payerList')} ?hidden=${!open}>${v?.options(this)}</ul>
      </div>
      <p class="hint" id="payer-hint">${t('payerHint')}</p>
      ${this._fieldError('payer')}
      <div class="sr-only" role="status" aria-live="polite">${v?.listStatus(this)}</div>
      <div role="status" aria-live="polite">${v?.notice(this)}</div>
    </div>`
  }

  /** Runs `f` with the view chunk (the form's behaviour lives there), fetching it if need be. */
  _withView(f: (v: View) => unknown) {
    this._ensureView().then(f, () => (this._viewFailed = true))
  }

  /**
   * Starts the check: the API call here, the view chunk (usually fetched already on focus) in
   * parallel; the chunk reads the answer and shows it. Also the retry and the exact re-check.
   */
  _go() {
    this._checkAbort?.abort()
    const ctl = (this._checkAbort = new AbortController())
    const timer = setTimeout(() => ctl.abort('timeout'), CHECK_TIMEOUT_MS)
    this.status = 'loading'
    this._viewFailed = false
    const pending = fetch(new URL('/v1/coverage/checks', this.apiBase), {
      method: 'POST',
      body: JSON.stringify(this._lastRequest),
      headers: { ...this._headers(), 'Content-Type': 'application/json' },
      signal: ctl.signal,
    })
    pending.catch(() => undefined).finally(() => clearTimeout(timer))
    this._ensureView().then(
      (view) => view.run(this, pending, ctl),
      () => {
        if (ctl.signal.aborted) return
        this.status = 'error'
        this._viewFailed = true
      },
    )
  }

  /** The headers of every API call: the site key and the visitor's language. */
  _headers() {
    return { Accept: 'application/json', 'Accept-Language': this._locale, 'X-Site-Key': this.siteKey }
  }

  /** Dispatches one of the public events (the view chunk fires them through here). */
  _fire<K extends keyof typeof EVENTS>(type: K, detail: ConstructorParameters<(typeof EVENTS)[K]>[0]) {
    this.dispatchEvent(new EVENTS[type](detail as never))
  }

  _fieldError(name: string) {
    const text = this._fieldErrors[name]
    return html`<p class="field-error" id="${name}-error" ?hidden=${!text}>${text ?? ''}</p>`
  }

  _clearFieldError(name: string) {
    if (this._fieldErrors[name]) {
      const { [name]: _, ...rest } = this._fieldErrors
      this._fieldErrors = rest
    }
  }

  // ── outcome: loading, error, result ───────────────────────────────────────────────────────

  _renderOutcome() {
    if (this._view) return this._view.outcome(this)
    if (this._viewFailed) {
      return html`<section part="error" class="error">
        <p>${this._t('viewFailed')}</p>
        <button class="primary" type="button" @click=${() => this._go()}>${this._t('retry')}</button>
      </section>`
    }
    return this.status === 'loading' ? html`<section class="loading" aria-busy="true"></section>` : nothing
  }

  _onMessage = (e: MessageEvent) => this._view?.message(this, e)
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

