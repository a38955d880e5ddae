/**
 * @module
 * CSV through `csv-parse` and `csv-stringify` (their sync APIs: a referral list fits in memory,
 * and the batch appends one result line at a time). What this module adds: the delimiter of
 * spreadsheet exports (`,`, `;` or tab) detected from the header line; a quoted field left open
 * is reported for its own line and reading goes on with the next line, instead of the rest of the
 * file becoming one field; and every cell written is formula-safe.
 */
import { CsvError, parse } from 'csv-parse/sync'
import { stringify } from 'csv-stringify/sync'

/** One record: its fields, the 1-based line it starts on, and why it could not be read, if so. */
export type CsvRecord = { fields: string[]; line: number; problem?: string }

const DELIMITERS = [',', ';', '\t'] as const

/**
 * The delimiter of the first line (outside quotes): the most frequent of `,` `;` tab, ties to
 * `,`. A European spreadsheet writes `;` (its decimal separator is `,`), a copy from a table tab.
 */
export function detectDelimiter(text: string): (typeof DELIMITERS)[number] {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]))
  let quoted = false
  for (const ch of text) {
    if (ch === '"') quoted = !quoted
    else if (!quoted && (ch === '\n' || ch === '\r')) break
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1)
  }
  return DELIMITERS.reduce((best, d) => (counts.get(d)! > counts.get(best)! ? d : best), DELIMITERS[0])
}

const LINE_BREAKS = /\r\n|\n|\r/g

/**
 * Reads a whole document into records; blank lines are skipped, a UTF-8 BOM dropped. With
 * `dropUnterminated`, a last line without a line break (a write cut off by a crash) is dropped
 * instead of returned.
 */
export function readCsv(text: string, { dropUnterminated = false, delimiter = detectDelimiter(text) } = {}): CsvRecord[] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  // Where each line starts, so reading can resume at a line without rewriting the text.
  const starts = [0, ...[...src.matchAll(LINE_BREAKS)].map((m) => m.index + m[0].length)]
  const blank = (i: number) => src.slice(starts[i], starts[i + 1] ?? src.length).trim() === ''
  const nextContentLine = (i: number) => {
    while (i < starts.length - 1 && blank(i)) i++
    return i
  }
  const out: CsvRecord[] = []
  let from = 0 // the line where the part still to read starts (0-based)
  while (from < starts.length) {
    let end = from // lines consumed by the records read so far
    try {
      parse(src.slice(starts[from]), {
        delimiter,
        // Spreadsheets and editors mix them; a lone CR is an old Mac export.
        record_delimiter: ['\r\n', '\n', '\r'],
        skip_empty_lines: true,
        relax_column_count: true,
        relax_quotes: true,
        on_record: (fields: string[], { lines }: { lines: number }) => {
          out.push({ fields, line: nextContentLine(end) + 1 })
          end = from + lines
          return null
        },
      })
      break
    } catch (err) {
      if (!(err instanceof CsvError) || err.code !== 'CSV_QUOTE_NOT_CLOSED') throw err
      // In a results file, an open quote can only be the last line, cut off mid-write.
      if (dropUnterminated) return out
      const bad = nextContentLine(end)
      out.push({ fields: [], line: bad + 1, problem: `line ${bad + 1}: a quoted field is not closed (a " without its closing ")` })
      from = bad + 1
    }
  }
  if (dropUnterminated && out.length && !/[\r\n]$/.test(src)) out.pop()
  return out
}

/** Every record's fields; a record that could not be read is an error naming its line. */
export function parseCsv(text: string, options: { dropUnterminated?: boolean } = {}): string[][] {
  return readCsv(text, options).map((r) => {
    if (r.problem) throw new Error(r.problem)
    return r.fields
  })
}

/**
 * One record as a CSV line ending in `\n`, quoting only fields that need it (and those with
 * leading or trailing spaces, which spreadsheets trim, or a CR, which readers take for a line
 * break). Every cell is formula-safe: text a
 * spreadsheet would run (`=…`, `+…`, `-…`, `@…`, tab, CR, and their full-width forms) gets a
 * leading apostrophe, whichever column it is in (ids and member IDs come from elsewhere too). An
 * apostrophe already there is kept, so writing a cell read back from a results file changes nothing.
 */
export function csvLine(fields: readonly string[]): string {
  return stringify([fields as string[]], { escape_formulas: true, quoted_match: /^\s|\s$|\r/, record_delimiter: '\n' })
}
