/**
 * @module
 * The postMessage protocol between `<iop-coverage-checker>` (on the partner's page) and the
 * exact-check frame (on the checker's own origin). PHI (member ID, name, date of birth) is typed
 * into the frame and never crosses this boundary: the frame posts back only a benefits summary
 * built by `toBenefitsSummary`, which copies allow-listed fields and nothing else.
 *
 * Both sides accept a message only when `event.origin` is exactly the expected origin and
 * `event.source` is exactly the expected window, and post only with an exact target origin
 * (never `*`). Pure functions, no DOM globals: unit-tested in Node.
 */

/** Message `type`s; the `iop:` prefix keeps them apart from other scripts' messages. */
export const MSG = {
  /** frame → host: the frame is listening. */
  ready: 'iop:frame-ready',
  /** frame → host: the frame's content height in CSS pixels, so the host can size the iframe. */
  resize: 'iop:frame-resize',
  /** frame → host: the PHI-free summary of an exact check. */
  summary: 'iop:frame-summary',
  /** frame → host: the callback form's lead was accepted (`{leadId}`, nothing typed). */
  lead: 'iop:frame-lead',
  /** host → frame: non-PHI context of the quick check (payer id, state, program). */
  context: 'iop:host-context',
} as const

/** A cost-share figure set from the payer's answer; every value optional, amounts in cents. */
export type NetworkBenefits = {
  deductible?: { total: number | null; remaining: number | null } | null
  outOfPocketMax?: { total: number | null; remaining: number | null } | null
  coinsurance?: number | null
  copay?: number | null
  priorAuthorization?: 'required' | 'not_required' | 'unknown' | null
}

/** What the host may learn from an exact check. No identifiers, no names, no dates. */
export type BenefitsSummary = {
  status: 'active' | 'inactive' | 'rejected' | 'unknown'
  payerName: string | null
  planName: string | null
  carveOut: { name: string; phone: string | null } | null
  inNetwork: NetworkBenefits | null
  outOfNetwork: NetworkBenefits | null
}

/** The quick check's non-PHI context; `status` and `patientPays` go with a lead. */
export type HostContext = {
  payerId: string | null
  payerName: string
  state: string
  program: string
  status: string | null
  patientPays: number | null
}

export type FrameMessage =
  | { type: typeof MSG.ready }
  | { type: typeof MSG.resize; height: number }
  | { type: typeof MSG.summary; summary: BenefitsSummary }
  | { type: typeof MSG.lead; leadId: string }

/** The parts of a `MessageEvent` the guard reads (so Node tests can pass plain objects). */
export type MessageLike = { origin: string; source: unknown; data: unknown }

/**
 * True when a message comes from exactly `origin` and exactly the `source` window. `source`
 * null/undefined never matches: a message from a detached or unknown window is refused.
 */
export const isFromExpected = (e: MessageLike, origin: string, source: unknown): boolean =>
  source != null && e.source === source && e.origin === origin

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null
const str = (v: unknown, max = 120): string | null =>
  typeof v === 'string' && v.length <= max ? v : null
const cents = (v: unknown): number | null =>
  typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : null
const fraction = (v: unknown): number | null =>
  typeof v === 'number' && v >= 0 && v <= 1 ? v : null

const amounts = (v: unknown) =>
  isObj(v) ? { total: cents(v.total), remaining: cents(v.remaining) } : null

const network = (v: unknown): NetworkBenefits | null =>
  isObj(v)
    ? {
        deductible: amounts(v.deductible),
        outOfPocketMax: amounts(v.outOfPocketMax),
        coinsurance: fraction(v.coinsurance),
        copay: cents(v.copay),
        priorAuthorization:
          v.priorAuthorization === 'required' || v.priorAuthorization === 'not_required'
            ? v.priorAuthorization
            : 'unknown',
      }
    : null

const STATUSES = ['active', 'inactive', 'rejected', 'unknown'] as const

/**
 * Checks a summary field by field, copying allow-listed, type-checked values only; anything else
 * it carries (member ID, names, dates of birth, raw segments) is dropped, whatever its name.
 */
export function cleanSummary(v: unknown): BenefitsSummary {
  const a = isObj(v) ? v : {}
  const carve = isObj(a.carveOut) ? a.carveOut : null
  const carveName = carve ? str(carve.name) : null
  return {
    status: STATUSES.find((s) => s === a.status) ?? 'unknown',
    payerName: str(a.payerName),
    planName: str(a.planName),
    carveOut: carve && carveName ? { name: carveName, phone: str(carve.phone, 30) } : null,
    inNetwork: network(a.inNetwork),
    outOfNetwork: network(a.outOfNetwork),
  }
}

/**
 * Builds the summary the frame may post from an eligibility answer: the response of
 * `POST /v1/eligibility/checks` (its first entry of `transactions`) or one entry itself
 * (`status`, `payer.name`, `planName`, `carveOut`, `iop.inNetwork|outOfNetwork`, docs/architecture.md §3).
 */
export function toBenefitsSummary(answer: unknown): BenefitsSummary {
  const r = isObj(answer) ? answer : {}
  const first = Array.isArray(r.transactions) ? r.transactions[0] : r
  const a = isObj(first) ? first : {}
  const iop = isObj(a.iop) ? a.iop : {}
  return cleanSummary({
    status: a.status,
    payerName: isObj(a.payer) ? a.payer.name : null,
    planName: a.planName,
    carveOut: a.carveOut,
    inNetwork: iop.inNetwork,
    outOfNetwork: iop.outOfNetwork,
  })
}

/** Parses a message the host received from the frame; null for anything not in the protocol. */
export function parseFrameMessage(data: unknown): FrameMessage | null {
  if (!isObj(data)) return null
  if (data.type === MSG.ready) return { type: MSG.ready }
  if (data.type === MSG.resize && typeof data.height === 'number' && data.height >= 0) {
    return { type: MSG.resize, height: Math.min(Math.ceil(data.height), 2000) }
  }
  // Re-sanitize on the receiving side too: the host trusts the frame's origin, not its shape.
  if (data.type === MSG.summary) return { type: MSG.summary, summary: cleanSummary(data.summary) }
  const leadId = str(data.leadId, 40)
  return data.type === MSG.lead && leadId ? { type: MSG.lead, leadId } : null
}

/** Parses the host's context message in the frame; null for anything else. */
export function parseHostMessage(data: unknown): HostContext | null {
  if (!isObj(data) || data.type !== MSG.context) return null
  return {
    payerId: str(data.payerId, 80),
    payerName: str(data.payerName, 100) ?? '',
    state: str(data.state, 2) ?? '',
    program: data.program === 'mental_health' ? 'mental_health' : 'substance_use',
    status: STATUS_RE.test(String(data.status)) ? String(data.status) : null,
    patientPays: cents(data.patientPays),
  }
}

const STATUS_RE = /^(covered|covered_with_conditions|not_covered|unknown)$/
