/**
 * @module
 * Payer free text (MSG segments, plan names, contact names) comes from outside: a payer or a
 * clearinghouse can put control characters in it, such as terminal escape sequences, which the CLI
 * would print, or bidirectional overrides that make a console line read differently than it is.
 * Every string of a reading that is echoed is stripped of C0/C1 controls and bidi controls.
 */

// C0 and C1 controls (tab and newline included: X12 text never needs them), DEL, bidi embeddings,
// overrides and isolates, and the line/paragraph separators.
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g

/** `text` without control characters. */
export const stripControlChars = (text: string): string => text.replace(CONTROL, '')

/** A copy of `value` in which every string (at any depth) has its control characters stripped. */
export function withoutControlChars<T>(value: T): T {
  if (typeof value === 'string') return stripControlChars(value) as T
  if (Array.isArray(value)) return value.map((v) => withoutControlChars(v)) as T
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutControlChars(v)])) as T
  }
  return value
}
