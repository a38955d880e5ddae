/**
 * @module
 * RFC 4180 CSV, small on purpose: referral lists are spreadsheets exported as CSV, and the
 * batch writes one result line at a time with a synchronous append, which a streaming library
 * would only wrap. Quoted fields, doubled quotes, embedded commas and line breaks, CRLF or LF,
 * a UTF-8 BOM. Property-tested: `parseCsv(rows.map(csvLine).join(''))` gives the rows back.
 */

/**
 * Parses a whole document into records; blank lines are skipped. With `dropUnterminated`, a last
 * line without a line break (a write cut off by a crash) is dropped instead of returned.
 */
export function parseCsv(text: string, { dropUnterminated = false } = {}): string[][] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  let i = 0
  let fieldStarted = false
  while (i < src.length) {
    const ch = src[i]!
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          field += '"'
          i += 2
          continue
        }
        quoted = false
        i++
        continue
      }
      field += ch
      i++
      continue
    }
    if (ch === '"' && !fieldStarted) {
      quoted = true
      fieldStarted = true
      i++
      continue
    }
    if (ch === ',') {
      row.push(field)
      field = ''
      fieldStarted = false
      i++
      continue
    }
    if (ch === '\r' || ch === '\n') {
      if (row.length > 0 || fieldStarted) {
        row.push(field)
        rows.push(row)
      }
      row = []
      field = ''
      fieldStarted = false
      i += ch === '\r' && src[i + 1] === '\n' ? 2 : 1
      continue
    }
    field += ch
    fieldStarted = true
    i++
  }
  if (fieldStarted || row.length > 0) {
    // The text ended without a line break: a complete last line, or one cut off mid-write.
    if (!dropUnterminated) {
      row.push(field)
      rows.push(row)
    }
  }
  return rows
}

/** One record as a CSV line ending in `\n`, quoting only fields that need it. */
export function csvLine(fields: readonly string[]): string {
  return fields.map((f) => (/[",\r\n]/.test(f) || /^\s|\s$/.test(f) ? `"${f.replaceAll('"', '""')}"` : f)).join(',') + '\n'
}

/**
 * Text a spreadsheet would run as a formula (`=…`, `+…`, `-…`, `@…`) gets a leading apostrophe,
 * for free-text cells that come from elsewhere (payer names, error messages).
 */
export const spreadsheetSafe = (text: string): string => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text)
