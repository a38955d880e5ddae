/**
 * @module
 * `<iop-coverage-checker>`: the embeddable coverage check. This file holds the class only and
 * has no side effects; `index.ts` registers the tag.
 */
import { LitElement, css, html, nothing } from 'lit'
import { property, state } from 'lit/decorators.js'
import type { PayerSearchResponse, PayerSearchResult } from '../worker/http/schemas/payers'

/**
 * @summary Checks whether an insurance plan covers Intensive Outpatient treatment.
 * @csspart base - The wrapper of the whole checker.
 * @cssproperty --iop-accent - Accent color for focus rings and highlights.
 */
export class IopCoverageChecker extends LitElement {
  static override styles = css`
    :host {
      display: block;
      font: inherit;
      color: var(--iop-text, #1f2933);
    }
    .base {
      border: 1px solid var(--iop-border, #d0d7de);
      border-radius: var(--iop-radius, 12px);
      padding: 1rem;
      background: var(--iop-surface, #fff);
    }
    label {
      display: block;
      font-weight: 600;
      margin-bottom: 0.25rem;
    }
    input {
      font: inherit;
      width: 100%;
      box-sizing: border-box;
      padding: 0.5rem 0.75rem;
      border: 1px solid var(--iop-border, #8c959f);
      border-radius: 8px;
    }
    input:focus-visible {
      outline: 3px solid var(--iop-accent, #0a7c66);
      outline-offset: 1px;
    }
    ul {
      list-style: none;
      padding: 0;
      margin: 0.5rem 0 0;
    }
    li {
      padding: 0.25rem 0;
    }
  `

  @state() private _query = ''
  @state() private _results: PayerSearchResult[] = []
  @state() private _error = ''

  /** Publishable key of the partner site (`pk_…`), sent as `X-Site-Key`. */
  @property({ attribute: 'site-key' }) siteKey = ''

  /** Origin of the checker API; defaults to the origin the script was loaded from. */
  @property({ attribute: 'api-base' }) apiBase = new URL(import.meta.url).origin

  override render() {
    return html`<div part="base" class="base">
      <label for="payer">Insurance company</label>
      <input id="payer" autocomplete="off" .value=${this._query} @input=${this._onInput} />
      ${this._error ? html`<p role="alert">${this._error}</p>` : nothing}
      <ul role="status" aria-live="polite">
        ${this._results.map((r) => html`<li>${r.name}</li>`)}
      </ul>
    </div>`
  }

  private async _onInput(event: Event) {
    this._query = (event.target as HTMLInputElement).value
    const q = this._query.trim()
    if (!q) {
      this._results = []
      return
    }
    try {
      const url = new URL('/v1/payers', this.apiBase)
      url.searchParams.set('q', q)
      const res = await fetch(url, { headers: { 'X-Site-Key': this.siteKey } })
      if (!res.ok) throw new Error(String(res.status))
      const body = (await res.json()) as PayerSearchResponse
      if (q === this._query.trim()) this._results = body.results
      this._error = ''
    } catch {
      this._error = 'We could not reach the coverage service. Please try again.'
    }
  }
}
