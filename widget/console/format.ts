/**
 * @module
 * Display helpers for the console. Money goes through the one shared formatter
 * (worker/domain/money/format.ts, dependency-free) so the console reads like every other surface;
 * a VOB shows cents, as benefits-verification forms do. Each helper returns '' for a missing
 * value, so callers can leave a row out rather than print a blank or "undefined".
 */
import { formatMoney, formatPercent } from '../../worker/domain/money/format'

export type Loose = Record<string, unknown>
export const obj = (v: unknown): Loose => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Loose) : {})
export const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])
export const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : '')
export const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null)

/** `123456` → `$1,234.56`; anything else → ''. */
export const money = (cents: unknown): string => (num(cents) === null ? '' : formatMoney(cents as number, 'always'))

/** `0.2` → `20%`; anything else → ''. */
export const percent = (fraction: unknown): string => (num(fraction) === null ? '' : formatPercent(fraction as number))

/** ISO timestamp → `Nov 23, 2026, 10:04 AM` in the viewer's zone; '' when absent. */
export const dateTime = (iso: unknown): string =>
  typeof iso === 'string' && iso ? new Date(iso).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short' }) : ''

/** `YYYY-MM-DD` → `04/19/1987`, without time-zone shifts; '' when absent. */
export const dateOnly = (ymd: unknown): string => {
  const [y, m, d] = str(ymd).split('-')
  return y && m && d ? `${m}/${d}/${y}` : str(ymd)
}

/** `covered_with_conditions` → `Covered with conditions`; '' when absent. */
export const label = (value: unknown): string =>
  typeof value === 'string' && value ? (value.charAt(0).toUpperCase() + value.slice(1)).replace(/_/g, ' ') : ''

/** `+15125550187` or `5125550187` → `(512) 555-0187`; other text as given. */
export const phone = (value: unknown): string => {
  const text = str(value)
  const m = /^(?:\+?1)?(\d{3})(\d{3})(\d{4})$/.exec(text.replace(/[\s().-]/g, ''))
  return m ? `(${m[1]}) ${m[2]}-${m[3]}` : text
}

/** Dollars typed in a form (`1,500.50`) → cents, or undefined when empty or not a number. */
export const toCents = (text: string): number | undefined => {
  const n = Number(text.replace(/[$,\s]/g, ''))
  return text.trim() === '' || !Number.isFinite(n) || n < 0 ? undefined : Math.round(n * 100)
}

/** Where a fact came from, in words (DESIGN.md "The one answer"). */
export function originLabel(origin: unknown): string {
  const o = str(origin)
  if (o === 'payer_271') return 'Payer (271)'
  if (o === 'partner_contract') return 'Your contract'
  if (o === 'typical') return 'Typical for the plan kind'
  if (o === 'request') return 'Entered by staff'
  if (o.startsWith('rule:')) return `Rule ${o.slice(5)}`
  return o
}

/** The verdict in words: never a bare "with conditions" (the conditions are listed beside it). */
export function verdictLabel(status: unknown): string {
  switch (status) {
    case 'covered':
      return 'Covered'
    case 'covered_with_conditions':
      return 'Covered, with conditions'
    case 'not_covered':
      return 'Not covered'
    case 'unknown':
      return 'Not known yet'
    default:
      return label(status)
  }
}

/** Why there is no price (the answer's `noEstimate`), in words. */
export function noEstimateLabel(reason: unknown): string {
  switch (reason) {
    case 'payer_unknown':
      return 'No price: the payer could not be identified.'
    case 'payer_defunct':
      return 'No price: this payer no longer offers plans.'
    case 'payer_not_in_state':
      return 'No price: this payer does not offer plans in the given state.'
    case 'member_inactive':
      return 'No price: the payer says the member’s coverage is inactive.'
    case 'member_rejected':
      return 'No price: the payer rejected the inquiry.'
    case 'manager_holds_benefits':
      return 'No price: the behavioral-health manager holds these benefits; call them.'
    case 'not_covered':
      return 'No price: IOP is not covered for this plan.'
    default:
      return 'No price was computed.'
  }
}
