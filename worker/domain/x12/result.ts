/**
 * @module
 * Expected failures of the X12 reader are values, not exceptions: a caller must look at `ok`
 * before it can touch the value, and the error's `reason` tag is switched on exhaustively.
 */

export type Result<T, E> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E }

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value })
export const err = <E>(error: E): { ok: false; error: E } => ({ ok: false, error })

/**
 * Why a document could not be read. Every arm carries a `message` fit to show a person: it names
 * the segment (by 1-based position and id) and the element, and quotes at most the bad value of a
 * code or amount element, never a name, an ID or a date.
 */
export type X12Error =
  | { reason: 'empty'; message: string }
  | { reason: 'bad_isa'; message: string; segment: number }
  | { reason: 'bad_segment'; message: string; segment: number; id?: string }
  | { reason: 'bad_element'; message: string; segment: number; id: string; element: string }
  | { reason: 'bad_structure'; message: string; segment: number; id: string }
  /** Readable, but above a documented per-document limit (entries or benefit lines): a 413. */
  | { reason: 'too_large'; message: string; segment: number; limit: 'entries' | 'benefit_lines' }
