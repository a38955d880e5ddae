/**
 * @module
 * Dollars as people type them ("1500", "1,500.00", "$61.7") to integer cents, exactly: the
 * decimal string is split and read as integers, never through a float, so "0.29" is 29 cents
 * and not 28.999….
 */
import { formatMoney } from '../../worker/domain/money/format'

const DOLLARS = /^\$?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/

/** Largest amount accepted, in cents ($10 million), far above any IOP cost. */
export const MAX_CENTS = 1_000_000_000

/**
 * "1,500.50" → 150050. Returns an error message for anything else (negative, more than two
 * decimals, letters, too large).
 */
export function dollarsToCents(text: string): { cents: number } | { error: string } {
  const m = DOLLARS.exec(text.trim())
  if (!m) return { error: 'must be a dollar amount such as 1500 or 1500.00 (at most 2 decimals, not negative)' }
  const whole = m[1]!.replaceAll(',', '')
  if (whole.length > 8) return { error: `must be at most $${MAX_CENTS / 100}` }
  const cents = Number(whole) * 100 + Number((m[2] ?? '').padEnd(2, '0'))
  if (cents > MAX_CENTS) return { error: `must be at most $${MAX_CENTS / 100}` }
  return { cents }
}

/** 150050 → "1500.50": what spreadsheets read back as a number. */
export function centsToDollars(cents: number): string {
  const sign = cents < 0 ? '-' : ''
  const abs = Math.abs(cents)
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`
}

/**
 * 150050 → "$1,500.50", for people: the shared formatter of every surface (worker texts, widget,
 * console, VOB print), with the cents always shown, as a benefits form writes them.
 */
export const formatUsd = (cents: number): string => formatMoney(cents, 'always')

const FRACTION = /^(0(?:\.\d{1,6})?|1(?:\.0{1,6})?|\.\d{1,6})$/
const PERCENT = /^(\d{1,3})(?:\.(\d{1,4}))?\s*%$/

/**
 * A share of the allowed amount: "0.2", ".2" or "20%". Must be between 0 and 1 with at most six
 * decimals (what the API accepts). Percentages are converted by shifting digits, not by dividing.
 */
export function parseFraction(text: string): { value: number } | { error: string } {
  const t = text.trim()
  const pct = PERCENT.exec(t)
  if (pct) {
    const digits = pct[1]! + (pct[2] ?? '').padEnd(4, '0') // percent × 10⁴ = millionths
    const millionths = Number(digits)
    if (millionths > 1_000_000) return { error: 'must be between 0 and 1 (or 0% and 100%)' }
    return { value: millionths / 1_000_000 }
  }
  if (FRACTION.test(t)) return { value: Number(t) }
  if (/^\d*\.?\d+$/.test(t)) {
    return Number(t) > 1 ? { error: 'must be between 0 and 1' } : { error: 'must have at most 6 decimal places' }
  }
  return { error: 'must be a fraction between 0 and 1, such as 0.2 or 20%' }
}
