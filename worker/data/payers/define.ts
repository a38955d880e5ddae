/**
 * @module
 * Small helpers that keep the payer data files short and uniform: every record gets the same
 * `verified` date of its batch and empty defaults, so a data file lists only what is specific.
 */
import { STATE_NAMES } from '../../domain/payer/states'
import type { PayerRecord } from '../../domain/payer/types'

/** The date this batch of records was compiled against its sources (see `worker/data/README.md`). */
export { STATE_NAMES }

export const VERIFIED = '2026-11-23'

/** Today's batch (issue 14): records written or re-checked on this date. */
export const TODAY = '2026-12-03'

/** A record written today from memory or a secondary source: `basis: 'compiled'`. */
export const compiled = (input: PayerInput): PayerRecord => payer({ verified: TODAY, basis: 'compiled', ...input })

/** A record as written in the data files: `verified`, `states` and `aliases` may be left out. */
export type PayerInput = Omit<PayerRecord, 'verified' | 'states' | 'aliases'> &
  Partial<Pick<PayerRecord, 'verified' | 'states' | 'aliases'>>

/**
 * Fills the defaults of one record. The 2026-11-23 batch was written from memory and secondary
 * sources, no source re-read (v0.1's closing note), so a record says `compiled` unless it states
 * `basis: 'verified'` because its source was re-read on its `verified` date.
 */
export function payer(input: PayerInput): PayerRecord {
  return { states: [], aliases: [], verified: VERIFIED, basis: 'compiled', ...input }
}

/**
 * Aliases people type for the only Blue company of a state: "bcbstx", "blue cross texas",
 * "blue cross tx". Only for states with a single Blue company, so that no alias is ambiguous;
 * other spellings ("bcbs of texas") are found by the matcher's state-name handling.
 */
export function blueAliases(code: string): string[] {
  const name = STATE_NAMES[code]!.toLowerCase()
  const lc = code.toLowerCase()
  // "in" and "co" are also words: "blue cross in" would read as plain "blue cross".
  const byCode = ['in', 'co'].includes(lc) ? [] : [`blue cross ${lc}`]
  return [...byCode, `bcbs${lc}`, `blue cross ${name}`, `blue cross blue shield ${name}`]
}
