/**
 * @module
 * US state names and codes as people type them in a payer field ("bcbs of texas", "caresource
 * ga"), so that a named state counts for the payers that serve it.
 */

/** USPS code → state name. */
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
 * Codes that are also ordinary words or other things people type ("in", "co", "or", "me", "hi",
 * "ok", "la" as in L.A. Care, "va" as in Veterans Affairs, "ma" as in Medicare Advantage, "id"):
 * never read as a state.
 */
const AMBIGUOUS_CODES = new Set(['IN', 'CO', 'OR', 'ME', 'HI', 'OK', 'LA', 'VA', 'MA', 'ID', 'DE', 'OH', 'MS'])

/** Lower-case state name or unambiguous code → USPS code. */
export const STATE_BY_WORD: ReadonlyMap<string, string> = new Map([
  ...Object.entries(STATE_NAMES).map(([code, name]) => [name.toLowerCase(), code] as const),
  ...Object.keys(STATE_NAMES)
    .filter((code) => !AMBIGUOUS_CODES.has(code))
    .map((code) => [code.toLowerCase(), code] as const),
])
