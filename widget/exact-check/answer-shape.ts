/**
 * @module
 * `cleanAnswer`: checks the one answer (worker/domain/answer/types.ts) the exact-check frame
 * posts to the host, field by field, and copies only the fields the widget renders. Anything
 * else the object carries (a member ID, a name, a date of birth, raw segments) is dropped,
 * whatever its name; a field of the wrong type refuses the whole answer (null), so the host
 * never renders half an answer. Used on both sides: the frame before posting, the host on
 * receipt (it trusts the frame's origin, not the message's shape). Pure, no DOM.
 */
import { CONDITION_KINDS, NO_ESTIMATE_REASONS } from '../../worker/domain/answer/types'
import type { CoverageCheckResponse } from '../types'

/** A validator: the clean value, or a throw (caught once, in `cleanAnswer`). */
type V<T> = (v: unknown) => T

const bad = (): never => {
  throw 0
}
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

const str =
  (max = 2000): V<string> =>
  (v) =>
    typeof v === 'string' && v.length <= max ? v : bad()
const num: V<number> = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : bad())
/** Whole cents (or days, weeks), never negative. */
const int: V<number> = (v) => (Number.isSafeInteger(v) && (v as number) >= 0 ? (v as number) : bad())
const bool: V<boolean> = (v) => (typeof v === 'boolean' ? v : bad())
const oneOf =
  <T extends string>(xs: readonly T[]): V<T> =>
  (v) =>
    xs.includes(v as T) ? (v as T) : bad()
const nul =
  <T>(f: V<T>): V<T | null> =>
  (v) =>
    v === null ? null : f(v)
/** Absent stays absent (undefined); present must be valid. */
const opt =
  <T>(f: V<T>): V<T | undefined> =>
  (v) =>
    v === undefined ? undefined : f(v)
const arr =
  <T>(f: V<T>, max = 100): V<T[]> =>
  (v) =>
    Array.isArray(v) && v.length <= max ? v.map(f) : bad()
/** Only the keys of `shape`, each checked; undefined results are left out. */
const obj =
  <T>(shape: { [K in keyof T]-?: V<T[K]> }): V<T> =>
  (v) => {
    if (!isObj(v)) bad()
    const out: Record<string, unknown> = {}
    for (const k in shape) {
      const y = shape[k]((v as Record<string, unknown>)[k])
      if (y !== undefined) out[k] = y
    }
    return out as T
  }

const origin: V<`rule:${string}` | 'payer_271' | 'partner_contract' | 'typical' | 'request'> = (v) =>
  typeof v === 'string' && (/^rule:[\w.:-]{1,120}$/.test(v) || ['payer_271', 'partner_contract', 'typical', 'request'].includes(v))
    ? (v as 'typical')
    : bad()
const contact = obj({ name: str(200), phone: opt(nul(str(40))) })
const amounts = nul(obj({ total: int, remaining: nul(int) }))
const dates = obj({ eligibilityBegin: opt(str(10)), eligibilityEnd: opt(str(10)), planBegin: opt(str(10)), planEnd: opt(str(10)) })
const STATUS = ['covered', 'covered_with_conditions', 'not_covered', 'unknown'] as const

const answer = obj<CoverageCheckResponse>({
  locale: opt(oneOf(['en', 'es'] as const)),
  basis: opt(oneOf(['rules', 'payer_271'] as const)),
  member: opt(
    nul(
      obj({
        status: oneOf(['active', 'inactive', 'rejected', 'unknown'] as const),
        planName: nul(str(200)),
        dates,
        groupNumber: nul(str(60)),
        rejections: arr(obj({ code: str(4), meaning: nul(str()), followUp: nul(str()) }), 20),
        checkedAt: nul(str(40)),
        figures: opt(
          nul(
            obj({
              network: oneOf(['in', 'out'] as const),
              deductible: amounts,
              outOfPocketMax: amounts,
              coinsurance: nul(num),
              copay: nul(int),
            }),
          ),
        ),
      }),
    ),
  ),
  noEstimate: opt(nul(oneOf(NO_ESTIMATE_REASONS))),
  origins: opt((v) => {
    if (!isObj(v)) bad()
    const out: Record<string, ReturnType<typeof origin>> = {}
    for (const [k, o] of Object.entries(v as object)) if (/^[\w.]{1,80}$/.test(k)) out[k] = origin(o)
    return out
  }),
  payer: nul(obj({ id: str(80), name: str(200), kind: str(40), confidence: opt(num) })),
  plan: nul(obj({ type: nul(str(40)), market: opt(nul(str(40))), name: opt(nul(str(200))) })),
  coverage: obj({
    status: oneOf(STATUS),
    priorAuthorization: oneOf(['required', 'not_required', 'varies', 'unknown'] as const),
    referralRequired: opt(nul(bool)),
    behavioralHealthManager: opt(nul(contact)),
    billingCodes: opt(arr(str(20))),
    notes: opt(arr(str())),
    sources: opt(arr(obj({ title: str(300), url: str(500), verified: opt(str(40)) }))),
    rule: opt(nul(obj({ id: str(120), version: str(40) }))),
    conditions: opt(
      arr(
        obj({
          kind: oneOf(CONDITION_KINDS),
          text: str(),
          origin,
          contact: opt(nul(obj({ name: str(200), phone: nul(str(40)) }))),
          limit: opt(nul(obj({ quantity: int, unit: oneOf(['days', 'visits', 'hours'] as const), period: nul(str(40)) }))),
        }),
        20,
      ),
    ),
  }),
  estimate: nul(
    obj({
      currency: opt(str(3)),
      days: int,
      chargeTotal: int,
      allowedTotal: int,
      planPays: int,
      patientPays: int,
      breakdown: opt((v) => {
        if (!isObj(v)) bad()
        const out: Record<string, number> = {}
        for (const [k, x] of Object.entries(v as object)) if (/^\w{1,40}$/.test(k)) out[k] = int(x)
        return out
      }),
      outOfPocketMaxReachedOnDay: nul(int),
      weeks: arr(obj({ week: int, patientPays: int, planPays: int }), 60),
      assumptions: arr(
        obj({
          field: str(80),
          value: (v: unknown) => (v === null || typeof v === 'boolean' ? v : typeof v === 'number' ? num(v) : str(200)(v)),
          why: str(),
          origin: opt(origin),
        }),
      ),
      explanation: opt(arr(str())),
      range: opt(obj({ low: int, high: int })),
    }),
  ),
  nextSteps: arr(str(), 20),
})

/** The answer, checked and copied; null when it is not the one answer's shape. */
export function cleanAnswer(v: unknown): CoverageCheckResponse | null {
  try {
    return answer(v)
  } catch {
    return null
  }
}
