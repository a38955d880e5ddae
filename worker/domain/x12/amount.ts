/**
 * @module
 * X12 numbers (data element types R and N) to exact values: monetary amounts to integer cents
 * without going through floating point, so "1500.5" is 150050 and ".2" is 20, always.
 */

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?$/

/**
 * Parses an X12 decimal amount into integer cents, rounding half up past the second decimal.
 * @returns `null` when the text is not a decimal number.
 * @example toCents('1500.5') // 150050
 */
export function toCents(text: string): number | null {
  const m = DECIMAL.exec(text)
  if (!m) return null
  const [, sign, int = '', frac = ''] = m
  if (!int && !frac) return null
  if (int.length > 13) return null // beyond X12 R's 18 digits in cents precision; refuse, never round silently
  const cents = Number(int || '0') * 100 + Number((frac + '00').slice(0, 2))
  const rounded = Number(frac[2] ?? '0') >= 5 ? cents + 1 : cents
  return sign === '-' ? -rounded : rounded
}

/**
 * Parses an X12 decimal number (percent as a fraction, a quantity).
 * @returns `null` when the text is not a decimal number.
 */
export function toDecimal(text: string): number | null {
  const m = DECIMAL.exec(text)
  if (!m || (!m[2] && !m[3])) return null
  const n = Number(text)
  return Number.isFinite(n) ? n : null
}
