/**
 * @module
 * Member-ID signals. A pasted member ID often says more than the payer field: a Medicare
 * Beneficiary Identifier (MBI) means Original Medicare, "R" + 8 digits is the Blue Cross Federal
 * Employee Program, and a Blue ID's 3-character alpha prefix names the home plan (BlueCard).
 */

/** Upper-case and strip separators: "1EG4-TE5-MK73" → "1EG4TE5MK73". */
export const cleanMemberId = (id: string): string => id.toUpperCase().replace(/[^A-Z0-9]/g, '')

/**
 * The MBI format (CMS): 11 characters C A AN N A AN N A A N N, where C is 1–9, N a digit, A a
 * letter other than S, L, O, I, B, Z, and AN either.
 */
export const MBI_PATTERN =
  /^[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9][0-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9][0-9][AC-HJKMNP-RT-Y]{2}[0-9]{2}$/

/** The BlueCard alpha prefix of a member ID: its first three characters, when they are letters. */
export function alphaPrefix(id: string): string | null {
  const clean = cleanMemberId(id)
  return /^[A-Z]{3}/.test(clean) && clean.length >= 6 ? clean.slice(0, 3) : null
}
