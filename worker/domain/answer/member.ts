/**
 * @module
 * Level 1 of the precedence: the payer's own word on the member, read from one 271 entry. What it
 * says about the coverage (active or not, prior authorization, carve-out, limits) and the figures
 * the estimate may use. With a carve-out, only figures the 271 gives for behavioral-health service
 * types count: the plan's general (`30`) figures are the medical benefits, not the manager's.
 */
import { IOP_SERVICE_TYPES, iopToBenefits } from '../x12/iop'
import type { EligibilityEntry, IopFigures, Program } from '../x12/types'
import type { BenefitsInput } from '../coverage/types'
import type { Network } from '../estimate/types'
import type { MemberAnswer, MemberFigures } from './types'

/** A 271 entry and when it was read. */
export type EligibilityFacts = { entry: EligibilityEntry; checkedAt?: string | null }

export type PayerWord = {
  status: EligibilityEntry['status']
  priorAuthorization: 'required' | 'not_required' | 'unknown'
  manager: { name: string; phone: string | null } | null
  /** The figures the estimate uses; undefined when the 271 gives none for this side. */
  figures: BenefitsInput | undefined
  /** A carve-out manager holds the behavioral-health figures this 271 does not give. */
  managerHoldsFigures: boolean
  /** Figures the 271 gave for the plan in general, left out because a manager holds the benefits. */
  generalFiguresDropped: boolean
  limits: NonNullable<IopFigures['limits']>
  authorizationContact: { name: string | null; phone: string | null } | null
}

type FigureField = 'deductible' | 'outOfPocketMax' | 'coinsurance' | 'copay'
const FIGURE_FIELDS: readonly FigureField[] = ['deductible', 'outOfPocketMax', 'coinsurance', 'copay']

/** The behavioral-health service types of a program (everything in its order but the plan's `30`). */
const behavioralHealthTypes = (program: Program): readonly string[] => IOP_SERVICE_TYPES[program].filter((s) => s !== '30')

/** The figures of one side that come from a behavioral-health service type (as `from` tells). */
function behavioralHealthFigures(side: IopFigures, program: Program): { kept: BenefitsInput; dropped: boolean } {
  const all = iopToBenefits(side)
  const types = behavioralHealthTypes(program)
  const kept: BenefitsInput = {}
  let dropped = false
  for (const field of FIGURE_FIELDS) {
    if (all[field] === undefined) continue
    // No `from` (an older reader): the figure's service type is unknown, so it cannot be shown
    // to be the manager's; it is left out rather than passed off as behavioral-health benefits.
    const stc = side.from?.[field]
    if (stc && types.includes(stc)) (kept as Record<string, unknown>)[field] = all[field]
    else dropped = true
  }
  return { kept, dropped }
}

/** What the 271 entry says, for the network side being estimated. */
export function payerWord(entry: EligibilityEntry, network: Network, program: Program): PayerWord {
  const side = network === 'out' ? entry.iop.outOfNetwork : entry.iop.inNetwork
  const manager = entry.carveOut ? { name: entry.carveOut.name, phone: entry.carveOut.phone ?? null } : null
  let figures: BenefitsInput | undefined
  let managerHoldsFigures = false
  let generalFiguresDropped = false
  if (manager) {
    const { kept, dropped } = behavioralHealthFigures(side, program)
    generalFiguresDropped = dropped
    if (Object.keys(kept).length) figures = kept
    else managerHoldsFigures = true
  } else {
    const all = iopToBenefits(side)
    figures = Object.keys(all).length ? { ...all } : undefined
  }
  return {
    status: entry.status,
    priorAuthorization: side.priorAuthorization,
    manager,
    figures,
    managerHoldsFigures,
    generalFiguresDropped,
    limits: side.limits ?? [],
    authorizationContact: side.authorizationContact ?? null,
  }
}

/** The member part of the answer: the payer's word, without PHI (no name, member ID or DOB). */
export function memberAnswer(facts: EligibilityFacts): MemberAnswer {
  const { entry } = facts
  return {
    status: entry.status,
    planName: entry.planName,
    dates: { ...(entry.dates ?? {}) },
    groupNumber: entry.groupNumber ?? null,
    rejections: entry.rejections.map((r) => ({ code: r.code, meaning: r.meaning, followUp: r.followUp?.meaning ?? null })),
    checkedAt: facts.checkedAt ?? null,
  }
}

/**
 * The payer's figures the estimate uses, as the member reads them (total and what is left). None
 * for a member the payer calls inactive or could not find: that plan's figures price nothing.
 */
export function memberFigures(word: PayerWord | null, network: Network): MemberFigures | null {
  const f = word?.figures
  if (!f || word.status === 'inactive' || word.status === 'rejected') return null
  const left = (a: { total: number; met?: number } | undefined) =>
    a ? { total: a.total, remaining: a.met === undefined ? null : a.total - a.met } : null
  return {
    network,
    deductible: left(f.deductible),
    outOfPocketMax: left(f.outOfPocketMax),
    coinsurance: f.coinsurance ?? null,
    copay: f.copay ?? null,
  }
}

/** `figures` only when there are some (the field is optional: v0.2.0 answers lack it). */
export const withFigures = (m: MemberAnswer, figures: MemberFigures | null): MemberAnswer => (figures ? { ...m, figures } : m)
