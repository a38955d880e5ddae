/** @module Display helpers for the console: money in cents, dates, labels. */

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' })

/** `123456` → `$1,234.56`; null/undefined → an en dash. */
export const money = (cents: unknown): string => (typeof cents === 'number' ? usd.format(cents / 100) : '–')

/** ISO timestamp → `Nov 23, 2026, 10:04 AM` in the viewer's zone. */
export const dateTime = (iso: string | null | undefined): string =>
  iso ? new Date(iso).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short' }) : '–'

/** `YYYY-MM-DD` → `04/19/1987`, without time-zone shifts. */
export const dateOnly = (ymd: string): string => {
  const [y, m, d] = ymd.split('-')
  return y && m && d ? `${m}/${d}/${y}` : ymd
}

/** `covered_with_conditions` → `Covered with conditions`. */
export const label = (value: unknown): string =>
  typeof value === 'string' && value ? (value.charAt(0).toUpperCase() + value.slice(1)).replace(/_/g, ' ') : '–'

/** `+15125550187` → `(512) 555-0187`. */
export const phone = (e164: string | undefined): string => {
  const m = /^\+1(\d{3})(\d{3})(\d{4})$/.exec(e164 ?? '')
  return m ? `(${m[1]}) ${m[2]}-${m[3]}` : (e164 ?? '')
}

/** Dollars typed in a form (`1,500.50`) → cents, or undefined when empty or not a number. */
export const toCents = (text: string): number | undefined => {
  const n = Number(text.replace(/[$,\s]/g, ''))
  return text.trim() === '' || !Number.isFinite(n) || n < 0 ? undefined : Math.round(n * 100)
}
