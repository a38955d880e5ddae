/**
 * @module
 * Small helpers that keep the payer data files short and uniform: every record gets the same
 * `verified` date of its batch and empty defaults, so a data file lists only what is specific.
 */
import type { PayerRecord } from '../../domain/payer/types'

/** The date this batch of records was compiled against its sources (see `worker/data/README.md`). */
export const VERIFIED = '2026-11-23'

/** A record as written in the data files: `verified`, `states` and `aliases` may be left out. */
export type PayerInput = Omit<PayerRecord, 'verified' | 'states' | 'aliases'> &
  Partial<Pick<PayerRecord, 'verified' | 'states' | 'aliases'>>

/** Fills the defaults of one record. */
export function payer(input: PayerInput): PayerRecord {
  return { states: [], aliases: [], verified: VERIFIED, ...input }
}

/** USPS code → state name, for generated aliases ("bcbs of texas", "medicaid texas"). */
export const STATE_NAMES: Readonly<Record<string, string>> = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado',
  CT: 'Connecticut', DE: 'Delaware', DC: 'District of Columbia', FL: 'Florida', GA: 'Georgia',
  HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois', IN: 'Indiana', IA: 'Iowa', KS: 'Kansas',
  KY: 'Kentucky', LA: 'Louisiana', ME: 'Maine', MD: 'Maryland', MA: 'Massachusetts',
  MI: 'Michigan', MN: 'Minnesota', MS: 'Mississippi', MO: 'Missouri', MT: 'Montana',
  NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire', NJ: 'New Jersey', NM: 'New Mexico',
  NY: 'New York', NC: 'North Carolina', ND: 'North Dakota', OH: 'Ohio', OK: 'Oklahoma',
  OR: 'Oregon', PA: 'Pennsylvania', RI: 'Rhode Island', SC: 'South Carolina', SD: 'South Dakota',
  TN: 'Tennessee', TX: 'Texas', UT: 'Utah', VT: 'Vermont', VA: 'Virginia', WA: 'Washington',
  WV: 'West Virginia', WI: 'Wisconsin', WY: 'Wyoming', PR: 'Puerto Rico',
}

/**
 * Aliases people type for the only Blue company of a state: "bcbs tx", "blue cross texas",
 * "bcbs of texas". Only for states with a single Blue company, so that no alias is ambiguous.
 */
export function blueAliases(code: string): string[] {
  const name = STATE_NAMES[code]!.toLowerCase()
  const lc = code.toLowerCase()
  return [
    `bcbs ${lc}`, `bcbs${lc}`, `blue cross ${lc}`, `blue cross blue shield ${lc}`,
    `bcbs ${name}`, `blue cross ${name}`, `blue cross blue shield ${name}`, `blue shield ${name}`,
    `${name} blue cross`, `${name} blue cross blue shield`, `${name} bcbs`,
  ]
}
