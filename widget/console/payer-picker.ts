/**
 * @module
 * The payer typeahead (WAI-ARIA combobox with a listbox popup): type a few letters, pick the
 * payer from `GET /v1/payers`, so the check and the answer use the directory id rather than
 * free text. Arrow keys move, Enter picks, Escape closes. Rendered by the console; state lives there.
 */
import { html, nothing, type TemplateResult } from 'lit'
import type { PayerSearchResult } from '../../worker/http/schemas/payers'
import { label } from './format'

export type PayerPick = { id: string; name: string }

export type PayerPickerState = {
  text: string
  options: PayerSearchResult[]
  active: number
  open: boolean
  picked: PayerPick | null
}

export type PayerPickerEvents = {
  input: (text: string) => void
  key: (e: KeyboardEvent) => void
  pick: (option: PayerSearchResult) => void
}

export function payerPicker(s: PayerPickerState, on: PayerPickerEvents): TemplateResult {
  const expanded = s.open && s.options.length > 0
  return html`<div class="combo">
    <label for="c-payer">Insurance company</label>
    <input id="c-payer" name="payer" role="combobox" autocomplete="off" spellcheck="false"
      aria-autocomplete="list" aria-expanded=${expanded ? 'true' : 'false'} aria-controls="payer-list"
      aria-activedescendant=${expanded && s.active >= 0 ? `payer-opt-${s.active}` : nothing}
      .value=${s.text} @input=${(e: Event) => on.input((e.target as HTMLInputElement).value)} @keydown=${on.key} />
    <ul id="payer-list" role="listbox" aria-label="Matching payers" ?hidden=${!expanded}>
      ${s.options.map(
        (o, i) => html`<li id=${`payer-opt-${i}`} role="option" aria-selected=${i === s.active ? 'true' : 'false'}
          @mousedown=${(e: Event) => e.preventDefault()} @click=${() => on.pick(o)}>${o.name}<small>${label(o.kind)}${o.states.length && o.states.length < 6 ? ` · ${o.states.join(', ')}` : ''}</small></li>`,
      )}
    </ul>
    ${s.picked ? html`<p class="hint" data-testid="payer-picked">Payer: ${s.picked.name} <span class="mono">(${s.picked.id})</span></p>` : nothing}
  </div>`
}
