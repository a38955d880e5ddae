/**
 * @module
 * The X12 tokenizer and envelope reader: text → interchanges → functional groups → transaction
 * sets of segments. Delimiters come from each ISA header (element separator at position 3,
 * repetition separator ISA11 from 00501 on, component separator ISA16, segment terminator right
 * after it), so one document may hold interchanges written with different delimiters. Line breaks,
 * `\r\n`, surrounding whitespace and trailing empty elements are tolerated; anything it cannot
 * read is a `bad_isa` / `bad_segment` error naming the segment, never an exception.
 * Our own tokenizer rather than a library: see README "Libraries, and why".
 */
import { err, ok, type Result, type X12Error } from './result'

export type Delimiters = {
  element: string
  /** ISA11 in 00501 and later; `null` when ISA11 is not punctuation (004010's standards id `U`). */
  repetition: string | null
  component: string
  segment: string
}

/** One segment: `elements[0]` is the id, `elements[i]` is element i (`EB03` is `elements[3]`). */
export type Segment = {
  id: string
  elements: string[]
  /** 1-based position in the whole document (ISA is 1), for error messages. */
  position: number
}

export type TransactionSet = {
  /** ST01: `271`, `270`, … */
  type: string
  control: string
  /** ST03 (5010) or the group's GS08. */
  version: string
  /** Every segment from ST to SE inclusive. */
  segments: Segment[]
}

export type FunctionalGroup = {
  functionalId: string
  control: string
  version: string
  transactions: TransactionSet[]
}

export type Interchange = {
  delimiters: Delimiters
  /** ISA12: `00501` or `00401`. */
  version: string
  control: string
  groups: FunctionalGroup[]
}

const ALNUM = /^[A-Za-z0-9]$/
const WHITESPACE = /\s/
const SEGMENT_ID = /^[A-Z][A-Z0-9]{1,2}$/

/** Reads the ISA at `start`: its delimiters, its elements and where the next segment begins. */
function readIsa(
  text: string,
  start: number,
  position: number,
): Result<{ delimiters: Delimiters; isa: Segment; next: number }, X12Error> {
  const bad = (why: string) =>
    err<X12Error>({ reason: 'bad_isa', segment: position, message: `segment ${position} (ISA): ${why}` })
  if (!text.startsWith('ISA', start)) return bad('the interchange must start with an ISA segment')
  const element = text[start + 3]
  if (element === undefined || ALNUM.test(element) || WHITESPACE.test(element)) {
    return bad('the element separator (the character after "ISA") must not be a letter, digit or space')
  }
  // ISA is fixed-width (106 characters) in theory; count separators so padding mistakes still read.
  let p = start + 3
  for (let n = 1; n < 16; n++) {
    p = text.indexOf(element, p + 1)
    if (p === -1 || p - start > 200) return bad(`ISA has fewer than 16 elements`)
  }
  const component = text[p + 1]
  let segment = text[p + 2]
  if (component === undefined || segment === undefined) return bad('ISA16 or the segment terminator is missing')
  // "…*:\r\n": a CR LF terminator reads as LF; the CR is trimmed as whitespace.
  if (segment === '\r' && text[p + 3] === '\n') segment = '\n'
  if (component === element || ALNUM.test(component) || WHITESPACE.test(component)) {
    return bad('ISA16 (the component separator) must be a punctuation character other than the element separator')
  }
  if (segment === element || segment === component || ALNUM.test(segment) || segment === ' ') {
    return bad('the segment terminator (the character after ISA16) must differ from the other delimiters')
  }
  const elements = text.slice(start, p + 2).split(element)
  const version = (elements[12] ?? '').trim()
  if (!/^\d{5}$/.test(version)) return bad(`ISA12 must be a 5-digit version such as 00501`)
  // 00501+: ISA11 is the repetition separator. In 00401 it is the standards id `U`; a 4010 file
  // that carries punctuation there was written 5010-style, so it is honoured too.
  const isa11 = elements[11] ?? ''
  const repetition =
    isa11.length === 1 && !ALNUM.test(isa11) && isa11 !== ' ' && ![element, component, segment].includes(isa11)
      ? isa11
      : null
  const next = segment === '\n' && text[p + 2] === '\r' ? p + 4 : p + 3
  return ok({
    delimiters: { element, repetition, component, segment },
    isa: { id: 'ISA', elements, position },
    next,
  })
}

/**
 * Splits a document into interchanges, groups and transaction sets.
 * @example
 * const doc = parseX12(text)
 * if (doc.ok) for (const ix of doc.value) for (const g of ix.groups) g.transactions
 */
export function parseX12(input: string): Result<Interchange[], X12Error> {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input
  const interchanges: Interchange[] = []
  let pos = 0
  let position = 0
  while (true) {
    while (pos < text.length && WHITESPACE.test(text[pos]!)) pos++
    if (pos >= text.length) break
    position++
    const head = readIsa(text, pos, position)
    if (!head.ok) return head
    const { delimiters, isa } = head.value
    const interchange: Interchange = {
      delimiters,
      version: (isa.elements[12] ?? '').trim(),
      control: (isa.elements[13] ?? '').trim(),
      groups: [],
    }
    interchanges.push(interchange)
    pos = head.value.next
    let group: FunctionalGroup | null = null
    let tx: TransactionSet | null = null
    let ended = false
    while (!ended && pos < text.length) {
      const stop = text.indexOf(delimiters.segment, pos)
      const end = stop === -1 ? text.length : stop
      const raw = text.slice(pos, end).trim()
      pos = end + 1
      if (!raw) continue
      position++
      const elements = raw.split(delimiters.element)
      const id = elements[0]!.trim()
      if (!SEGMENT_ID.test(id)) {
        return err({
          reason: 'bad_segment',
          segment: position,
          message: `segment ${position}: does not start with a segment identifier (is the segment terminator "${printable(delimiters.segment)}" right?)`,
        })
      }
      elements[0] = id
      const seg: Segment = { id, elements, position }
      switch (id) {
        case 'ISA':
          return err({
            reason: 'bad_isa',
            segment: position,
            message: `segment ${position} (ISA): a new interchange started before IEA closed the previous one`,
          })
        case 'IEA':
          ended = true
          break
        case 'GS':
          group = {
            functionalId: (elements[1] ?? '').trim(),
            control: (elements[6] ?? '').trim(),
            version: (elements[8] ?? '').trim(),
            transactions: [],
          }
          interchange.groups.push(group)
          break
        case 'GE':
          group = null
          break
        case 'ST':
          if (!group) {
            // Tolerated: an ST without GS gets an implicit group.
            group = { functionalId: '', control: '', version: '', transactions: [] }
            interchange.groups.push(group)
          }
          tx = {
            type: (elements[1] ?? '').trim(),
            control: (elements[2] ?? '').trim(),
            version: (elements[3] ?? '').trim() || group.version,
            segments: [seg],
          }
          group.transactions.push(tx)
          break
        case 'SE':
          tx?.segments.push(seg)
          tx = null
          break
        default:
          // Segments outside ST…SE carry nothing we read; unknown segments inside are kept.
          tx?.segments.push(seg)
      }
    }
  }
  if (interchanges.length === 0) return err({ reason: 'empty', message: 'The document is empty: paste a whole 271, starting with ISA.' })
  return ok(interchanges)
}

function printable(ch: string): string {
  return ch === '\n' ? '\\n' : ch === '\r' ? '\\r' : ch === '\t' ? '\\t' : ch
}
