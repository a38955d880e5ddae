/**
 * @module
 * The IOP summary of a 271 (docs/architecture.md): for the individual level, per network side, each figure
 * from the most specific service type that carries it. IOP has no service type of its own, so the
 * order runs from the narrowest behavioral-health code to the plan as a whole (`30`), then, for
 * Medicare's Part B lines only, `96` (see `isPartA`). Each side also says which service type each
 * figure came from (`from`), the day/visit/hour limits and whom to ask for authorization.
 * `iopToBenefits` turns one side into the `benefits` of a coverage check.
 */
import { PROVIDER_ENTITIES } from './codes'
import type { Amounts, Benefit, IopFigures, IopSummary, Program } from './types'

/** Most specific first (DESIGN.md): the behavioral-health service types, then the plan (`30`). */
export const IOP_SERVICE_TYPES: Readonly<Record<Program, readonly string[]>> = {
  substance_use: ['AI', 'AK', 'AJ', 'CJ', 'MH', '30'],
  mental_health: ['CH', 'A8', 'CF', 'MH', 'A4', '30'],
}

/**
 * Medicare Part B as a whole (service type `96` on EB04 `MB` lines), read after `30`: like `30`
 * a plan-level type, not a behavioral-health one.
 */
export const MEDICARE_PART_B_STC = '96'

/** The order a summary is read in: the program's types, then Medicare Part B's. */
const orderFor = (program: Program): readonly string[] => [...IOP_SERVICE_TYPES[program], MEDICARE_PART_B_STC]

type Side = 'in' | 'out'

/** Figure names, as `IopFigures.from` keys them. */
type Figure = keyof NonNullable<IopFigures['from']>

const isIndividual = (b: Benefit) => !b.coverageLevel || b.coverageLevel.code === 'IND'

/** EB12 Y is in-network, N out-of-network; W, U and empty apply to both. */
const onSide = (b: Benefit, side: Side) => b.network !== (side === 'in' ? 'out' : 'in')

/**
 * Medicare (HETS) answers by insurance type: EB04 `MA` (Part A, hospital inpatient) and `MB`
 * (Part B). IOP is a Part B benefit (hospital outpatient / CMHC), so Part A lines never give an
 * IOP figure, and a Part B line under service type `96` (Professional) speaks for Part B as a
 * whole, after every behavioral-health and plan-level line. `96` on any other insurance type is
 * a physician-visit benefit and is not read for IOP.
 */
const isPartA = (b: Benefit) => b.insuranceType === 'MA'

/** The service types a line answers for: a line with no EB03 speaks for the plan as a whole. */
function stcsOf(b: Benefit): string[] {
  const codes = b.serviceTypes.length ? b.serviceTypes.map((s) => s.code) : ['30']
  return b.insuranceType === 'MB' ? codes : codes.filter((c) => c !== MEDICARE_PART_B_STC)
}

type Chosen = { line: Benefit; stc: string }

/**
 * The line that gives a figure: for the first service type in `order` that has a matching line,
 * a line for exactly this network side beats one that applies to both; then document order.
 */
function choose(lines: Benefit[], order: readonly string[], side: Side, wanted: (b: Benefit) => boolean): Chosen | null {
  const candidates = lines.filter((b) => isIndividual(b) && !isPartA(b) && onSide(b, side) && wanted(b))
  for (const stc of order) {
    const forStc = candidates.filter((b) => stcsOf(b).includes(stc))
    if (forStc.length === 0) continue
    return { line: forStc.find((b) => b.network === side) ?? forStc[0]!, stc }
  }
  return null
}

const isTotal = (b: Benefit) => b.timePeriod?.code !== '29'
const isRemaining = (b: Benefit) => b.timePeriod?.code === '29'

/** EB09 qualifiers that count days, visits or hours. */
const LIMIT_UNITS: Readonly<Record<string, 'days' | 'visits' | 'hours'>> = { DY: 'days', VS: 'visits', HS: 'hours' }

/**
 * EB01 F (limitations) lines with a quantity in days, visits or hours, for the most specific
 * service type in `order` that has any on this side (as for every other figure).
 */
function limitsOf(benefits: Benefit[], order: readonly string[], side: Side): NonNullable<IopFigures['limits']> {
  const isLimit = (b: Benefit) =>
    b.info.code === 'F' && b.quantity?.value != null && Object.hasOwn(LIMIT_UNITS, b.quantity.qualifier?.code ?? '')
  const first = choose(benefits, order, side, isLimit)
  if (!first) return []
  const lines = benefits.filter(
    (b) => isIndividual(b) && !isPartA(b) && onSide(b, side) && isLimit(b) && stcsOf(b).includes(first.stc),
  )
  return lines.map((b) => ({
    quantity: b.quantity!.value!,
    unit: LIMIT_UNITS[b.quantity!.qualifier!.code]!,
    period: b.timePeriod?.meaning ?? b.timePeriod?.code ?? null,
    serviceType: first.stc,
  }))
}


/**
 * Whom to ask for authorization: the first non-provider entity of a 2120 loop under the lines the
 * figures came from (those requiring authorization first), then under any line of this side that
 * requires authorization for a service type of the program. Only a name and a phone.
 */
function authorizationContactOf(
  chosen: Benefit[],
  benefits: Benefit[],
  order: readonly string[],
  side: Side,
): NonNullable<IopFigures['authorizationContact']> | null {
  const requiring = benefits.filter(
    (b) => b.authorization === 'required' && !isPartA(b) && onSide(b, side) && stcsOf(b).some((s) => order.includes(s)),
  )
  const lines = [...chosen.filter((b) => b.authorization === 'required'), ...chosen, ...requiring]
  for (const b of lines) {
    for (const e of b.relatedEntities) {
      if (PROVIDER_ENTITIES.has(e.entity.code)) continue
      const phone = e.contacts.find((c) => c.phone)?.phone ?? null
      const name = e.name ?? e.contacts.find((c) => c.name)?.name ?? null
      if (name || phone) return { name, phone }
    }
  }
  return null
}

function figures(benefits: Benefit[], order: readonly string[], side: Side): IopFigures {
  const pick = (wanted: (b: Benefit) => boolean) => choose(benefits, order, side, wanted)
  const from: NonNullable<IopFigures['from']> = {}
  const chosen: Chosen[] = []
  const take = (figure: Figure, c: Chosen | null) => {
    if (!c) return
    from[figure] ??= c.stc
    chosen.push(c)
  }
  const amounts = (figure: Figure, code: string): Amounts => {
    const total = pick((b) => b.info.code === code && b.amount !== null && isTotal(b))
    const remaining = pick((b) => b.info.code === code && b.amount !== null && isRemaining(b))
    // `from` names the total's service type when there is one, else the remaining's.
    take(figure, total)
    take(figure, remaining)
    return { total: total?.line.amount ?? null, remaining: remaining?.line.amount ?? null }
  }
  const deductible = amounts('deductible', 'C')
  const outOfPocketMax = amounts('outOfPocketMax', 'G')
  const coinsurance = pick((b) => b.info.code === 'A' && b.percent !== null)
  take('coinsurance', coinsurance)
  const copay = pick((b) => b.info.code === 'B' && b.amount !== null)
  take('copay', copay)
  // EB11 on the chosen lines: one Y makes it required, else one N not required.
  const decisive =
    chosen.find((c) => c.line.authorization === 'required') ?? chosen.find((c) => c.line.authorization === 'not_required')
  const priorAuthorization = decisive?.line.authorization === 'required' ? 'required' : decisive ? 'not_required' : 'unknown'
  if (decisive) from.priorAuthorization = decisive.stc
  const lines = chosen.map((c) => c.line)
  return {
    deductible,
    outOfPocketMax,
    coinsurance: coinsurance?.line.percent ?? null,
    copay: copay?.line.amount ?? null,
    priorAuthorization,
    from,
    limits: limitsOf(benefits, order, side),
    authorizationContact: authorizationContactOf(lines, benefits, order, side),
  }
}

/** The IOP summary of one member's benefit lines for `program`. */
export function summarizeIop(benefits: Benefit[], program: Program): IopSummary {
  const order = orderFor(program)
  return { inNetwork: figures(benefits, order, 'in'), outOfNetwork: figures(benefits, order, 'out') }
}

/** `benefits` of a coverage check (docs/architecture.md `POST /v1/coverage/checks`); unknown figures are left out. */
export type CheckBenefits = {
  deductible?: { total: number; met?: number }
  outOfPocketMax?: { total: number; met?: number }
  coinsurance?: number
  copay?: number
}

/**
 * A payer that states only what remains (Medicare's HETS: `EB*C**96*MB**29*0`) gives all the
 * estimate needs: what is left to pay is `remaining`, so it stands as the total with nothing met.
 */
const met = (a: Amounts): { total: number; met?: number } | undefined =>
  a.total === null
    ? a.remaining === null
      ? undefined
      : { total: a.remaining, met: 0 }
    : a.remaining === null
      ? { total: a.total }
      : { total: a.total, met: Math.max(0, a.total - a.remaining) }

/**
 * Converts one side of the IOP summary to a coverage check's `benefits`: `met = total − remaining`
 * (never below 0). A figure the 271 did not give is left out, so the rules engine fills it and says so.
 * @example iopToBenefits(reading.iop.inNetwork) // {deductible: {total: 150000, met: 50000}, coinsurance: 0.2}
 */
export function iopToBenefits(f: IopFigures): CheckBenefits {
  const out: CheckBenefits = {}
  const deductible = met(f.deductible)
  const outOfPocketMax = met(f.outOfPocketMax)
  if (deductible) out.deductible = deductible
  if (outOfPocketMax) out.outOfPocketMax = outOfPocketMax
  if (f.coinsurance !== null) out.coinsurance = f.coinsurance
  if (f.copay !== null) out.copay = f.copay
  return out
}
