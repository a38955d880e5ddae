/**
 * @module
 * The IOP summary of a 271 (docs/architecture.md): for the individual level, per network side, each figure
 * from the most specific service type that carries it. IOP has no service type of its own, so the
 * order runs from the narrowest behavioral-health code to the plan as a whole (`30`).
 * `iopToBenefits` turns one side into the `benefits` of a coverage check.
 */
import type { Amounts, Benefit, IopFigures, IopSummary, Program } from './types'

/** Most specific first. */
export const IOP_SERVICE_TYPES: Readonly<Record<Program, readonly string[]>> = {
  substance_use: ['AI', 'AK', 'AJ', 'CJ', 'MH', '30'],
  mental_health: ['CH', 'A8', 'CF', 'MH', 'A4', '30'],
}

type Side = 'in' | 'out'

const isIndividual = (b: Benefit) => !b.coverageLevel || b.coverageLevel.code === 'IND'

/** EB12 Y is in-network, N out-of-network; W, U and empty apply to both. */
const onSide = (b: Benefit, side: Side) => b.network !== (side === 'in' ? 'out' : 'in')

/** A line with no EB03 speaks for the plan as a whole. */
const stcsOf = (b: Benefit) => (b.serviceTypes.length ? b.serviceTypes.map((s) => s.code) : ['30'])

/**
 * The line that gives a figure: for the first service type in `order` that has a matching line,
 * a line for exactly this network side beats one that applies to both; then document order.
 */
function choose(lines: Benefit[], order: readonly string[], side: Side, wanted: (b: Benefit) => boolean): Benefit | null {
  const candidates = lines.filter((b) => isIndividual(b) && onSide(b, side) && wanted(b))
  for (const stc of order) {
    const forStc = candidates.filter((b) => stcsOf(b).includes(stc))
    if (forStc.length === 0) continue
    return forStc.find((b) => b.network === side) ?? forStc[0]!
  }
  return null
}

const isTotal = (b: Benefit) => b.timePeriod?.code !== '29'
const isRemaining = (b: Benefit) => b.timePeriod?.code === '29'

function figures(benefits: Benefit[], order: readonly string[], side: Side): IopFigures {
  const pick = (wanted: (b: Benefit) => boolean) => choose(benefits, order, side, wanted)
  const amounts = (code: string): [Amounts, (Benefit | null)[]] => {
    const total = pick((b) => b.info.code === code && b.amount !== null && isTotal(b))
    const remaining = pick((b) => b.info.code === code && b.amount !== null && isRemaining(b))
    return [{ total: total?.amount ?? null, remaining: remaining?.amount ?? null }, [total, remaining]]
  }
  const [deductible, dedLines] = amounts('C')
  const [outOfPocketMax, oopLines] = amounts('G')
  const coinsurance = pick((b) => b.info.code === 'A' && b.percent !== null)
  const copay = pick((b) => b.info.code === 'B' && b.amount !== null)
  const chosen = [...dedLines, ...oopLines, coinsurance, copay].filter((b): b is Benefit => b !== null)
  const priorAuthorization = chosen.some((b) => b.authorization === 'required')
    ? 'required'
    : chosen.some((b) => b.authorization === 'not_required')
      ? 'not_required'
      : 'unknown'
  return {
    deductible,
    outOfPocketMax,
    coinsurance: coinsurance?.percent ?? null,
    copay: copay?.amount ?? null,
    priorAuthorization,
  }
}

/** The IOP summary of one member's benefit lines for `program`. */
export function summarizeIop(benefits: Benefit[], program: Program): IopSummary {
  const order = IOP_SERVICE_TYPES[program]
  return { inNetwork: figures(benefits, order, 'in'), outOfNetwork: figures(benefits, order, 'out') }
}

/** `benefits` of a coverage check (docs/architecture.md `POST /v1/coverage/checks`); unknown figures are left out. */
export type CheckBenefits = {
  deductible?: { total: number; met?: number }
  outOfPocketMax?: { total: number; met?: number }
  coinsurance?: number
  copay?: number
}

const met = (a: Amounts): { total: number; met?: number } | undefined =>
  a.total === null
    ? undefined
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
