/**
 * @module
 * The form's behaviour, in the view chunk (fetched on the first focus inside the widget, before
 * the visitor can type or press a key): the payer combobox's search, keyboard and options
 * (WAI-ARIA APG combobox with a listbox popup), re-ranking when the state changes, "did you
 * mean" for near ties, the "does not offer plans in this state" notice, and submit. The
 * element's template and fields stay in the first bundle; this reads and writes them (one
 * property-mangling cache for both bundles, scripts/widget-bundles.mjs).
 */
import type { IopCoverageChecker as El } from '../iop-coverage-checker'
import type { PayerSearchResponse, PayerSearchResult } from '../types'
import type { LitTags } from './contract'

/** Typing pauses this long before the payer list is fetched. */
const DEBOUNCE_MS = 180

/** Two payers whose match scores are closer than this are a near tie: the visitor picks. */
const NEAR_TIE = 0.05

/**
 * Whether payer `p` offers plans in `state`: the payers API's `inState` when the list was ranked
 * for that state, else its `states` (an empty list means "not limited", so no warning).
 */
const servesState = (p: PayerSearchResult, state: string, rankedFor: string): boolean | null =>
  rankedFor === state && typeof p.inState === 'boolean' ? p.inState : p.states.length ? p.states.includes(state) : null

export function form({ html, nothing }: LitTags) {
  function renderPayerNotice(el: El) {
    const t = el._t
    if (el._dym.length) {
      return html`<p class="notice">${t('didYouMean')}</p>
        <div class="dym">
          ${el._dym.map(
            (o) => html`<button class="secondary" type="button" @click=${() => pickSuggestion(el, o)}>${o.name}</button>`,
          )}
        </div>`
    }
    const p = el._payer
    if (p && el._state && servesState(p, el._state, el._rankedFor) === false) {
      const name = t('states').split('|').find((s) => s.startsWith(el._state + ' '))?.slice(3) ?? el._state
      return html`<p class="notice">${t('notInState', { payer: p.name, state: name })}</p>`
    }
    return nothing
  }


  function pickSuggestion(el: El, o: PayerSearchResult) {
    el._dym = []
    choose(el, o)
    submit(el)
  }


  function onStateChange(el: El) {
    // The ranking depends on the state (a Blue plan of that state first): ask again.
    const q = el._query.trim()
    if (q.length >= 2) void search(el, q)
  }


  function onPayerInput(el: El) {
    if (el._payer && el._query !== el._payer.name) el._payer = null
    el._clearFieldError('payer')
    clearTimeout(el._debounce)
    const q = el._query.trim()
    if (q.length < 2) {
      el._options = []
      el._searched = false
      el._open = false
      return
    }
    el._debounce = setTimeout(() => void search(el, q), DEBOUNCE_MS)
  }


  async function search(el: El, q: string) {
    el._searchAbort?.abort()
    const ctl = (el._searchAbort = new AbortController())
    const st = el._state
    try {
      const params = new URLSearchParams({ q, limit: '8', ...(st ? { state: st } : {}) })
      const res = await fetch(new URL(`/v1/payers?${params}`, el.apiBase), { headers: el._headers(), signal: ctl.signal })
      if (!res.ok) throw new Error(String(res.status))
      const results = ((await res.json()) as PayerSearchResponse).results
      if (ctl.signal.aborted || q !== el._query.trim()) return
      el._options = results
      el._rankedFor = st
      el._searched = true
      el._active = -1
      el._dym = []
      // The chosen payer, re-ranked for the new state, carries that state's `inState`.
      const same = el._payer && results.find((r) => r.id === el._payer!.id)
      if (same) el._payer = same
      el._open = el._payerInput === el.shadowRoot?.activeElement
    } catch {
      // Typeahead is a convenience: on failure the typed name is still checked as free text.
      if (!ctl.signal.aborted) {
        el._options = []
        el._searched = false
        el._open = false
      }
    }
  }


  function onPayerKeydown(el: El, e: KeyboardEvent) {
    const n = el._options.length
    const move = (i: number) => {
      e.preventDefault()
      el._open = true
      el._active = i
      void el.updateComplete.then(() =>
        el.renderRoot.querySelector(`#payer-opt-${i}`)?.scrollIntoView({ block: 'nearest' }),
      )
    }
    switch (e.key) {
      case 'ArrowDown':
        if (e.altKey) el._open = n > 0
        else if (n) move(el._open ? (el._active + 1) % n : 0)
        break
      case 'ArrowUp':
        if (n) move(el._open ? (el._active <= 0 ? n - 1 : el._active - 1) : n - 1)
        break
      case 'Home':
        if (el._open && n && el._active >= 0) move(0)
        break
      case 'End':
        if (el._open && n && el._active >= 0) move(n - 1)
        break
      case 'Enter':
        if (el._open && el._active >= 0 && el._options[el._active]) {
          e.preventDefault()
          choose(el, el._options[el._active]!)
        }
        break
      case 'Escape':
        if (el._open) {
          e.preventDefault()
          el._open = false
          el._active = -1
        } else if (el._query) {
          e.preventDefault()
          el._query = ''
          el._payer = null
          el._options = []
          el._searched = false
        }
        break
      case 'Tab':
        el._open = false
        break
    }
  }


  function choose(el: El, o: PayerSearchResult) {
    el._payer = o
    el._dym = []
    el._query = o.name
    el._open = false
    el._active = -1
    el._clearFieldError('payer')
    el._payerInput?.focus()
  }


  async function submit(el: El, offerTies = false) {
    if (el.status === 'loading') return
    const t = el._t
    const errors: Record<string, string> = {}
    const text = el._query.trim()
    if (!text) errors.payer = t('payerRequired')
    if (!el._state) errors.state = t('stateRequired')
    el._fieldErrors = errors
    if (Object.keys(errors).length) {
      void el.updateComplete.then(() =>
        (el.renderRoot.querySelector(errors.payer ? '#payer' : '#state') as HTMLElement | null)?.focus(),
      )
      return
    }
    el._open = false
    if (offerTies && !el._payer) {
      // A name typed but not picked: rank it for the state first, and let the visitor choose
      // when the best two are a near tie rather than silently taking the first.
      if (!el._searched || el._rankedFor !== el._state) await search(el, text)
      const [a, b] = el._options
      if (a && b && a.score < 1 && a.score - b.score < NEAR_TIE) {
        el._dym = el._options.filter((o) => a.score - o.score < NEAR_TIE).slice(0, 3)
        el._open = false
        return
      }
    }
    const plan = el._plan.trim()
    el._lastRequest = {
      payer: el._payer ? { id: el._payer.id } : text,
      state: el._state,
      ...(plan ? { plan } : {}),
      program: el._program,
    }
    el._lastContext = {
      payerId: el._payer?.id ?? null,
      payerName: el._payer?.name ?? text,
      state: el._state,
      program: el._program,
    }
    el._exact = false
    el._fire('iop-check-start', { ...el._lastContext })
    el._go()
  }


  /** The listbox's options (the `<ul>` itself is the element's, so `aria-controls` always resolves). */
  function options(el: El) {
    const open = el._open && (el._options.length > 0 || el._searched)
    return html`${el._options.map(
      (o, i) => html`<li
        id="payer-opt-${i}"
        role="option"
        aria-selected=${i === el._active ? 'true' : 'false'}
        @pointerdown=${(e: Event) => e.preventDefault()}
        @click=${() => choose(el, o)}
      >
        <span>${o.name}</span>${o.states.length && o.states.length <= 3 ? html`<small>${o.states.join(', ')}</small>` : nothing}
      </li>`,
    )}
    ${open && el._options.length === 0 ? html`<li class="empty" role="presentation">${el._t('noResults')}</li>` : nothing}`
  }

  /** What the visually hidden status says about the list. */
  const listStatus = (el: El) =>
    !el._open || !el._searched
      ? ''
      : el._options.length === 0
        ? el._t('noResults')
        : el._options.length === 1
          ? el._t('oneResult')
          : el._t('results', { n: el._options.length })

  return {
    notice: renderPayerNotice,
    options,
    listStatus,
    input: onPayerInput,
    keydown: onPayerKeydown,
    stateChanged: onStateChange,
    submit: (el: El) => submit(el, true),
  }
}
