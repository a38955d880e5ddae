/**
 * @module
 * Reads 271 transaction sets into PHI-free eligibility entries: one per subscriber (HL 22) or
 * dependent (HL 23) loop that carries EB or AAA segments, in document order (docs/architecture.md,
 * `POST /v1/eligibility/x12`). Names, member IDs and DMG (the birth date) are read past, never
 * copied: the entry has no field that could hold them. Of REF and DTP only what describes the
 * plan is kept: the group or plan number (REF 6P / 18) and coverage dates (DTP 346/347, 356/357,
 * 291, 307), never a date about the person.
 */
import { toCents, toDecimal } from './amount'
import {
  AAA03,
  AAA04,
  BEHAVIORAL_HEALTH_STCS,
  EB01,
  EB02,
  EB06,
  EB09,
  ENTITY_CODES,
  PROVIDER_ENTITIES,
  SERVICE_TYPES,
  decode,
  meaningOf,
} from './codes'
import { summarizeIop } from './iop'
import { parseX12, type Delimiters, type Segment, type TransactionSet } from './parse'
import { err, ok, type Result, type X12Error } from './result'
import type {
  Benefit,
  Contact,
  EligibilityEntry,
  EligibilityReading,
  Program,
  Rejection,
  RelatedEntity,
} from './types'

/** An entry before the program-specific `iop` summary is added. */
export type EntryCore = Omit<EligibilityEntry, 'iop'>

type Dates = NonNullable<EligibilityEntry['dates']>

type Loop = {
  id: string
  parent: string
  level: string
  /** Position among the transaction's HL loops. */
  index: number
  name: { entity: string; name: string | null; id: string | null; hasId: boolean } | null
  aaa: Rejection[]
  benefits: Benefit[]
  /** PER outside any 2120 loop: in 271s only 2100A (the payer's contacts). */
  contacts: Contact[]
  /** DTP of the member loop (2100C/D) and, apart, of its coverage-status lines (2110C/D). */
  dates: Dates
  lineDates: Dates
  /** REF 6P / 18 of the member loop, and apart those of its coverage-status lines. */
  refs: { group: string | null; plan: string | null }
  lineRefs: { group: string | null; plan: string | null }
}

/**
 * Limits of one document, so a reading (and, with `?estimate=1`, a coverage check per entry)
 * stays well inside an isolate's 128 MB: a real-time 271 has one subscriber and a few
 * dependents, and the largest real ones carry a few hundred benefit lines.
 */
export const MAX_ENTRIES_PER_DOCUMENT = 250
export const MAX_BENEFIT_LINES_PER_DOCUMENT = 5_000

export type ReadLimits = { maxEntries: number; maxBenefitLines: number }

/** Counts the reader's work (segments visited, HL parent steps, lookups), for the linearity test. */
export type ReadMeter = { steps: number }

const DEFAULT_LIMITS: ReadLimits = { maxEntries: MAX_ENTRIES_PER_DOCUMENT, maxBenefitLines: MAX_BENEFIT_LINES_PER_DOCUMENT }

/** NM108 qualifiers that identify an organization, safe to return; `MI` (member ID), `34` (SSN) are not. */
const ORG_ID_QUALIFIERS = new Set(['PI', 'XV', 'XX', 'FI', 'SV', 'PP', '46', 'NI'])

const LEVELS: Record<string, EligibilityEntry['level']> = {
  '20': 'payer',
  '21': 'provider',
  '22': 'subscriber',
  '23': 'dependent',
}

const el = (seg: Segment, i: number): string => (seg.elements[i] ?? '').trim()

/** "20" → 0.2, "12.5" → 0.125: moves the decimal point two places in the text, then parses. */
function percentFromWhole(text: string): number {
  const [int = '', frac = ''] = text.replace(/^\+/, '').split('.')
  const digits = int.padStart(3, '0')
  return Number(`${digits.slice(0, -2)}.${digits.slice(-2)}${frac}`)
}

const badElement = (seg: Segment, name: string, why: string): X12Error => ({
  reason: 'bad_element',
  segment: seg.position,
  id: seg.id,
  element: name,
  message: `segment ${seg.position} (${seg.id}): ${name} ${why}`,
})

/**
 * A short value is safe to quote in an error (`'12x'`); anything longer might be a member ID, a
 * name or a date that landed in the wrong element, so it is never shown.
 */
const quote = (v: string): string => (v.length <= 6 && /^[\w.+\- ]*$/.test(v) ? `'${v}'` : '(value not shown)')

function readEb(seg: Segment, d: Delimiters): Result<Benefit, X12Error> {
  const eb01 = el(seg, 1)
  if (!eb01) return err(badElement(seg, 'EB01', 'is missing'))
  const eb03 = el(seg, 3)
  const stcs = eb03 ? (d.repetition ? eb03.split(d.repetition) : [eb03]) : []
  const amountText = el(seg, 7)
  const amount = amountText ? toCents(amountText) : null
  if (amountText && amount === null) return err(badElement(seg, 'EB07', `${quote(amountText)} is not an amount`))
  const percentText = el(seg, 8)
  const raw = percentText ? toDecimal(percentText) : null
  const notPercent = !!percentText && (raw === null || raw < 0 || raw > 100)
  // EB08 is a figure only on a coinsurance line (EB01 A): there a bad value refuses the document
  // rather than guess. Elsewhere it is read past: CMS's own HETS companion-guide example sends
  // `EB*F*IND*AE*MB***29*1840` (the therapy cap landed in EB08).
  if (notPercent && eb01 === 'A') return err(badElement(seg, 'EB08', `${quote(percentText)} is not a percentage`))
  // The TR3 writes EB08 as a fraction (.2); some payers send whole percents (20). Above 1 it can
  // only be the latter: 20 → 0.2 (decimal-exact through the string, no 0.20000000000000004).
  const percent = raw === null || notPercent ? null : raw > 1 ? percentFromWhole(percentText) : raw
  const qtyText = el(seg, 10)
  const qty = qtyText ? toDecimal(qtyText) : null
  if (qtyText && qty === null) return err(badElement(seg, 'EB10', `${quote(qtyText)} is not a quantity`))
  const eb09 = el(seg, 9)
  const eb11 = el(seg, 11)
  const eb12 = el(seg, 12)
  const eb13 = el(seg, 13)
  return ok({
    info: { code: eb01, meaning: meaningOf(EB01, eb01) },
    coverageLevel: decode(EB02, el(seg, 2)),
    serviceTypes: stcs.map((s) => s.trim()).filter(Boolean).map((code) => ({ code, meaning: meaningOf(SERVICE_TYPES, code) })),
    insuranceType: el(seg, 4) || null,
    planDescription: el(seg, 5) || null,
    timePeriod: decode(EB06, el(seg, 6)),
    amount,
    percent,
    quantity: eb09 || qtyText ? { qualifier: decode(EB09, eb09), value: qty } : null,
    authorization: eb11 === 'Y' ? 'required' : eb11 === 'N' ? 'not_required' : eb11 ? 'unknown' : null,
    network: eb12 === 'Y' ? 'in' : eb12 === 'N' ? 'out' : eb12 === 'W' ? 'both' : eb12 ? 'unknown' : null,
    procedure: eb13 ? eb13.split(d.component).join(':') : null,
    messages: [],
    relatedEntities: [],
  })
}

function readAaa(seg: Segment): Result<Rejection, X12Error> {
  const code = el(seg, 3)
  if (!code) return err(badElement(seg, 'AAA03', 'is missing (the reject reason)'))
  const followUp = el(seg, 4)
  return ok({ code, meaning: meaningOf(AAA03, code), followUp: decode(AAA04, followUp) })
}

function readPer(seg: Segment): Contact {
  const contact: Contact = { name: el(seg, 2) || null, phone: null, fax: null, email: null, url: null }
  for (let i = 3; i <= 7; i += 2) {
    const value = el(seg, i + 1)
    if (!value) continue
    switch (el(seg, i)) {
      case 'TE':
        contact.phone ??= value
        break
      case 'FX':
        contact.fax ??= value
        break
      case 'EM':
        contact.email ??= value
        break
      case 'UR':
        contact.url ??= value
        break
    }
  }
  return contact
}

function nm1Name(seg: Segment): string | null {
  const last = el(seg, 3)
  const first = el(seg, 4)
  return [first, last].filter(Boolean).join(' ') || null
}

/** CCYYMMDD → `CCYY-MM-DD`, only for a real calendar date. */
function isoDate(text: string): string | null {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(text)
  if (!m) return null
  const [, y, mo, d] = m.map(Number) as [number, number, number, number]
  const probe = new Date(Date.UTC(y, mo - 1, d))
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d ? `${m[1]}-${m[2]}-${m[3]}` : null
}

/**
 * DTP qualifiers about the plan or the coverage, never the person: 346/347 plan begin/end,
 * 356/357 eligibility begin/end, 291 plan and 307 eligibility (a D8 date is the begin, an RD8
 * range both ends). A date that is not a real date is read past. The first value of a field wins.
 */
const DTP_FIELDS: Readonly<Record<string, [begin: keyof Dates | null, end: keyof Dates | null]>> = {
  '346': ['planBegin', null],
  '347': [null, 'planEnd'],
  '356': ['eligibilityBegin', null],
  '357': [null, 'eligibilityEnd'],
  '291': ['planBegin', 'planEnd'],
  '307': ['eligibilityBegin', 'eligibilityEnd'],
}

function readDtp(seg: Segment, into: Dates): void {
  const fields = Object.hasOwn(DTP_FIELDS, el(seg, 1)) ? DTP_FIELDS[el(seg, 1)] : undefined
  if (!fields) return
  const [beginField, endField] = fields
  const format = el(seg, 2)
  const value = el(seg, 3)
  const [a, b] = format === 'RD8' ? value.split('-').map((v) => isoDate(v.trim())) : [isoDate(value), null]
  if (format === 'RD8') {
    if (beginField && a) into[beginField] ??= a
    if (endField && b) into[endField] ??= b
  } else if (format === 'D8' || format === '') {
    const field = beginField ?? endField
    if (field && a) into[field] ??= a
  }
}

function readRef(seg: Segment, into: { group: string | null; plan: string | null }): void {
  const value = el(seg, 2)
  if (!value) return
  if (el(seg, 1) === '6P') into.group ??= value
  else if (el(seg, 1) === '18') into.plan ??= value
}

const MEMBER_LEVELS = new Set(['22', '23'])

/** Reads one transaction set's HL loops (program-independent). */
function readLoops(tx: TransactionSet, d: Delimiters, budget: { benefitLines: number; max: number }, meter?: ReadMeter): Result<Loop[], X12Error> {
  const loops: Loop[] = []
  let loop: Loop | null = null
  let benefit: Benefit | null = null
  let entity: RelatedEntity | null = null
  let in2120 = false
  for (const seg of tx.segments) {
    if (meter) meter.steps++
    switch (seg.id) {
      case 'HL': {
        loop = {
          id: el(seg, 1),
          parent: el(seg, 2),
          level: el(seg, 3),
          index: loops.length,
          name: null,
          aaa: [],
          benefits: [],
          contacts: [],
          dates: {},
          lineDates: {},
          refs: { group: null, plan: null },
          lineRefs: { group: null, plan: null },
        }
        loops.push(loop)
        benefit = null
        entity = null
        in2120 = false
        break
      }
      case 'NM1': {
        if (!loop) break
        if (in2120 && benefit) {
          const qualifier = el(seg, 8)
          const value = el(seg, 9)
          const nm101 = el(seg, 1)
          entity = {
            entity: { code: nm101, meaning: meaningOf(ENTITY_CODES, nm101) },
            // A person named here may be the member at another plan: organizations only.
            name: el(seg, 2) === '1' && (nm101 === 'IL' || nm101 === '03') ? null : nm1Name(seg),
            id: value && ORG_ID_QUALIFIERS.has(qualifier) ? { qualifier, value } : null,
            contacts: [],
          }
          benefit.relatedEntities.push(entity)
        } else if (!benefit && !loop.name) {
          loop.name = { entity: el(seg, 1), name: nm1Name(seg), id: el(seg, 9) || null, hasId: !!el(seg, 9) }
        }
        break
      }
      case 'PER':
        if (in2120 && entity) entity.contacts.push(readPer(seg))
        // 2100A: the payer's own contacts (the member loops carry no PER in a 271).
        else if (loop && !benefit && loop.level === '20') loop.contacts.push(readPer(seg))
        break
      case 'DTP':
        if (!loop || !MEMBER_LEVELS.has(loop.level) || in2120) break
        if (!benefit) readDtp(seg, loop.dates)
        else if (COVERAGE_STATUS.test(benefit.info.code)) readDtp(seg, loop.lineDates)
        break
      case 'REF':
        if (!loop || !MEMBER_LEVELS.has(loop.level) || in2120) break
        if (!benefit) readRef(seg, loop.refs)
        else if (COVERAGE_STATUS.test(benefit.info.code)) readRef(seg, loop.lineRefs)
        break
      case 'EB': {
        if (!loop) {
          return err({ reason: 'bad_structure', segment: seg.position, id: 'EB', message: `segment ${seg.position} (EB): a benefit line before any HL loop` })
        }
        if (--budget.benefitLines < 0) {
          return err({
            reason: 'too_large',
            segment: seg.position,
            limit: 'benefit_lines',
            message: `The document holds more than ${budget.max.toLocaleString('en-US')} benefit (EB) lines, more than one reading returns: send the 271s one by one.`,
          })
        }
        const read = readEb(seg, d)
        if (!read.ok) return read
        benefit = read.value
        loop.benefits.push(benefit)
        entity = null
        in2120 = false
        break
      }
      case 'MSG':
        if (benefit && !in2120) {
          const text = el(seg, 1)
          if (text) benefit.messages.push(text)
        }
        break
      case 'AAA': {
        if (!loop) break
        const read = readAaa(seg)
        if (!read.ok) return read
        loop.aaa.push(read.value)
        break
      }
      case 'LS':
        in2120 = true
        entity = null
        break
      case 'LE':
        in2120 = false
        entity = null
        break
      default:
      // DMG, INS, TRN, N3, N4, PRV, III, HSD and unknown segments: not part of the reading.
    }
  }
  return ok(loops)
}

const COVERAGE_STATUS = /^[1-8]$/

function statusOf(benefits: Benefit[], rejections: Rejection[]): EligibilityEntry['status'] {
  if (benefits.some((b) => /^[1-5]$/.test(b.info.code))) return 'active'
  if (benefits.some((b) => /^[6-8]$/.test(b.info.code))) return 'inactive'
  if (benefits.length === 0 && rejections.length > 0) return 'rejected'
  return 'unknown'
}

function carveOutOf(benefits: Benefit[], payerName: string | null): EligibilityEntry['carveOut'] {
  const other = (e: RelatedEntity) =>
    !PROVIDER_ENTITIES.has(e.entity.code) && e.name !== null && e.name !== payerName
  const pick = (e: RelatedEntity | undefined, fallback: string | null) => {
    const name = e?.name ?? fallback
    if (!name) return null
    const phone = e?.contacts.find((c) => c.phone)?.phone
    return phone ? { name, phone } : { name }
  }
  // EB01 U for pharmacy or dental is someone else's business; for IOP only BH or whole-plan lines count.
  const concernsIop = (b: Benefit) =>
    b.serviceTypes.length === 0 || b.serviceTypes.some((s) => s.code === '30' || BEHAVIORAL_HEALTH_STCS.has(s.code))
  for (const b of benefits) {
    if (b.info.code === 'U' && concernsIop(b)) {
      const found = pick(b.relatedEntities.find(other) ?? b.relatedEntities[0], b.messages[0] ?? null)
      if (found) return found
    }
  }
  for (const b of benefits) {
    if (!b.serviceTypes.some((s) => BEHAVIORAL_HEALTH_STCS.has(s.code))) continue
    const found = pick(b.relatedEntities.find(other), null)
    if (found) return found
  }
  return null
}

/** HL03 levels from the top: a loop's ancestors are loops of a strictly higher level. */
const LEVEL_RANK: Readonly<Record<string, number>> = { '20': 0, '21': 1, '22': 2, '23': 3 }
const rankOf = (l: Loop): number => (Object.hasOwn(LEVEL_RANK, l.level) ? LEVEL_RANK[l.level]! : -1)

/** EB01 R (other or additional payor) lines, each with the first organization its 2120 names. */
function otherPayersOf(benefits: Benefit[]): NonNullable<EligibilityEntry['otherPayers']> {
  return benefits
    .filter((b) => b.info.code === 'R')
    .map((b) => ({
      name: b.relatedEntities.find((e) => !PROVIDER_ENTITIES.has(e.entity.code) && e.name)?.name ?? null,
      insuranceType: b.insuranceType,
    }))
}

const hasDates = (d: Dates) => Object.keys(d).length > 0

/**
 * One entry per member loop carrying EB or AAA. Linear in the number of loops: each loop's
 * ancestors are found once (memoized) by following HL02 only upwards through the HL levels
 * (payer 20 > provider 21 > subscriber 22 > dependent 23), so a chain is at most three deep
 * whatever the parent links say.
 */
function entriesOf(loops: Loop[], meter?: ReadMeter): EntryCore[] {
  const byId = new Map(loops.map((l) => [l.id, l]))
  const memo = new Map<Loop, Loop[]>()
  const ancestors = (l: Loop): Loop[] => {
    const known = memo.get(l)
    if (known) return known
    const parent = byId.get(l.parent)
    const up = parent && rankOf(parent) >= 0 && rankOf(l) > rankOf(parent) ? [parent, ...ancestors(parent)] : []
    if (meter) meter.steps += 1 + up.length
    memo.set(l, up)
    return up
  }
  // For broken HL02 links: the last HL 20 before each loop, in one pass.
  const lastPayerBefore: (Loop | undefined)[] = []
  let lastPayer: Loop | undefined
  for (const l of loops) {
    lastPayerBefore.push(lastPayer)
    if (l.level === '20') lastPayer = l
  }
  const build = (l: Loop): EntryCore => {
    const up = ancestors(l)
    // The payer is the HL 20 above; if HL02 parent links are broken, the last HL 20 before it.
    const source = [l, ...up].find((a) => a.level === '20') ?? lastPayerBefore[l.index]
    const inherited = up.filter((a) => a.level === '20' || a.level === '21').reverse().flatMap((a) => a.aaa)
    const rejections = [...inherited, ...l.aaa]
    const subscriber = l.level === '23' ? up.find((a) => a.level === '22') : undefined
    const payerName = source?.name?.name ?? null
    // A dependent's plan dates and group are the subscriber's unless its own loop says otherwise.
    const dates: Dates = { ...(hasDates(l.dates) ? l.dates : l.lineDates) }
    if (subscriber) {
      const theirs = hasDates(subscriber.dates) ? subscriber.dates : subscriber.lineDates
      if (theirs.planBegin) dates.planBegin ??= theirs.planBegin
      if (theirs.planEnd) dates.planEnd ??= theirs.planEnd
    }
    const groupOf = (a: Loop | undefined) => a && (a.refs.group ?? a.refs.plan ?? a.lineRefs.group ?? a.lineRefs.plan)
    return {
      level: Object.hasOwn(LEVELS, l.level) ? LEVELS[l.level]! : 'subscriber',
      status: statusOf(l.benefits, rejections),
      payer: { name: payerName, id: source?.name?.id ?? null },
      planName: l.benefits.find((b) => COVERAGE_STATUS.test(b.info.code) && b.planDescription)?.planDescription ?? null,
      rejections,
      carveOut: carveOutOf(l.benefits, payerName),
      memberIdPresent: !!(l.name?.hasId || subscriber?.name?.hasId),
      dates,
      groupNumber: groupOf(l) ?? groupOf(subscriber) ?? null,
      payerContacts: source?.contacts ?? [],
      otherPayers: otherPayersOf(l.benefits),
      benefits: l.benefits,
    }
  }
  const members = loops.filter((l) => l.level === '22' || l.level === '23')
  const upperRejected = new Set(loops.filter((l) => (l.level === '20' || l.level === '21') && l.aaa.length > 0))
  const carrying = members.filter(
    (l) => l.benefits.length > 0 || l.aaa.length > 0 || ancestors(l).some((a) => upperRejected.has(a)),
  )
  if (carrying.length > 0) return carrying.map(build)
  // A payer- or provider-level rejection with no member loop at all still answers the inquiry.
  const deepest = [...upperRejected].at(-1)
  return deepest ? [build(deepest)] : []
}

const tooManyEntries = (max: number): X12Error => ({
  reason: 'too_large',
  segment: 1,
  limit: 'entries',
  message: `The document holds more than ${max.toLocaleString('en-US')} subscriber or dependent readings, more than one reading returns: send the 271s one by one.`,
})

/**
 * Reads every 271 transaction set of a document into program-independent entries.
 * Transaction sets of other types (a 270, a 999) are read past. A document above `limits`
 * (`MAX_ENTRIES_PER_DOCUMENT`, `MAX_BENEFIT_LINES_PER_DOCUMENT`) is a `too_large` error.
 */
export function read271Entries(
  text: string,
  options: { limits?: ReadLimits; meter?: ReadMeter } = {},
): Result<EntryCore[], X12Error> {
  const limits = options.limits ?? DEFAULT_LIMITS
  const parsed = parseX12(text)
  if (!parsed.ok) return parsed
  const entries: EntryCore[] = []
  const budget = { benefitLines: limits.maxBenefitLines, max: limits.maxBenefitLines }
  let seen271 = false
  for (const ix of parsed.value) {
    for (const group of ix.groups) {
      for (const tx of group.transactions) {
        if (tx.type !== '271') continue
        seen271 = true
        const loops = readLoops(tx, ix.delimiters, budget, options.meter)
        if (!loops.ok) return loops
        for (const entry of entriesOf(loops.value, options.meter)) {
          if (entries.length >= limits.maxEntries) return err(tooManyEntries(limits.maxEntries))
          entries.push(entry)
        }
      }
    }
  }
  if (!seen271) {
    return err({ reason: 'bad_structure', segment: 1, id: 'ST', message: 'The document holds no 271 transaction set (ST*271).' })
  }
  return ok(entries)
}

/** Adds the IOP summary for `program` to program-independent entries. */
export const withIop = (entries: EntryCore[], program: Program): EligibilityReading => ({
  program,
  transactions: entries.map((e) => ({ ...e, iop: summarizeIop(e.benefits, program) })),
})

/**
 * Reads a raw 271 into the API's reading (docs/architecture.md `POST /v1/eligibility/x12`).
 * @example
 * const r = read271(text, 'substance_use')
 * if (r.ok) r.value.transactions[0]?.iop.inNetwork.coinsurance
 */
export function read271(
  text: string,
  program: Program = 'substance_use',
  options: { limits?: ReadLimits; meter?: ReadMeter } = {},
): Result<EligibilityReading, X12Error> {
  const entries = read271Entries(text, options)
  return entries.ok ? ok(withIop(entries.value, program)) : entries
}
