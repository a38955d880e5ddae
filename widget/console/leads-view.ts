/**
 * @module
 * The leads list: who asked to be called back, their coverage context, and where admissions
 * stands (status, owner), with "Start VOB" carrying the lead's payer, state and program into the
 * verification form. A table inside its own scrolling region, so at phone width the page never
 * scrolls sideways (the region does, and is keyboard-focusable).
 */
import { html, nothing, type TemplateResult } from 'lit'
import { LEAD_STATUSES } from '../../worker/domain/lead/status'
import type { LeadView } from '../../worker/http/schemas/leads'
import { dateTime, label, money, phone } from './format'

export type LeadActions = {
  setStatus: (lead: LeadView, status: LeadView['status']) => void
  setOwner: (lead: LeadView, owner: string) => void
  startVob: (lead: LeadView) => void
}

const STATUS_WORDS: Record<LeadView['status'], string> = {
  new: 'New',
  contacted: 'Contacted',
  admitted: 'Admitted',
  not_admitted: 'Not admitted',
}

export function leadsTable(leads: LeadView[], actions: LeadActions): TemplateResult {
  if (leads.length === 0) return html`<p class="card empty">No leads yet.</p>`
  return html`<div class="scroll-region" role="region" aria-label="Leads table" tabindex="0">
    <table class="leads">
      <thead><tr><th scope="col">Received</th><th scope="col">Name</th><th scope="col">Contact</th><th scope="col">Insurance</th><th scope="col">Coverage</th><th scope="col">Status</th><th scope="col">Owner</th><th scope="col">Actions</th></tr></thead>
      <tbody>
        ${leads.map((l) => {
          const where = [l.context.state, label(l.context.program)].filter(Boolean).join(' · ')
          const name = l.contact?.name ?? 'purged lead'
          return html`<tr data-lead=${l.id}>
            <td>${dateTime(l.createdAt)}<small>consent v${l.consent.textVersion}</small></td>
            <td>${l.contact?.name ?? html`<em>purged</em>`}${l.contact?.message ? html`<small>${l.contact.message}</small>` : nothing}${l.contact?.preferredTime ? html`<small>Best time: ${label(l.contact.preferredTime)}</small>` : nothing}</td>
            <td>${l.contact?.phone ? phone(l.contact.phone) : nothing}${l.contact?.email ? html`<small>${l.contact.email}</small>` : nothing}</td>
            <td>${l.context.payerId ?? html`<em>not given</em>`}${where ? html`<small>${where}</small>` : nothing}</td>
            <td>${l.context.coverageStatus ? html`<span class="badge" data-status=${l.context.coverageStatus}>${label(l.context.coverageStatus)}</span>` : html`<em>not checked</em>`}${l.context.patientPays !== undefined ? html`<small>est. ${money(l.context.patientPays)}</small>` : nothing}</td>
            <td>
              <select aria-label=${`Status of ${name}`} @change=${(e: Event) => actions.setStatus(l, (e.target as HTMLSelectElement).value as LeadView['status'])}>
                ${LEAD_STATUSES.map((s) => html`<option value=${s} ?selected=${l.status === s}>${STATUS_WORDS[s]}</option>`)}
              </select>
            </td>
            <td>
              <input aria-label=${`Owner of ${name}`} .value=${l.owner ?? ''} placeholder="Unassigned" maxlength="80"
                @change=${(e: Event) => actions.setOwner(l, (e.target as HTMLInputElement).value)} />
            </td>
            <td><button class="secondary" type="button" aria-label=${`Start VOB for ${name}`} @click=${() => actions.startVob(l)}>Start VOB</button></td>
          </tr>`
        })}
      </tbody>
    </table>
  </div>`
}
