// Shared by the per-adapter tests: a 270 for a sandbox member, and the sandbox server itself
// (scripts/sandbox-clearinghouse.mjs) started on a free port.
import { build270 } from '../../worker/domain/x12/build-270'
import { read271Entries } from '../../worker/domain/x12/read-271'

let refs = 0
/**
 * A real 270 (our builder) for `memberId`; the sandbox picks its behaviour from the member ID.
 * Each call gets its own TRN trace unless one is given (the Optum mode replays by trace).
 */
export const inquiry = (memberId: string, reference = `ref-${++refs}`) =>
  build270({
    provider: { npi: '1234567893', name: 'Sunrise Recovery Center' },
    payer: { id: '60054', name: 'Aetna' },
    subscriber: { memberId, firstName: 'Jane', lastName: 'Doe', dateOfBirth: '1985-02-14' },
    program: 'substance_use',
    serviceDate: '2026-12-03',
    now: new Date('2026-12-03T06:00:00Z'),
    controlNumber: 7,
    reference,
  })

/** The status of the first entry of a 271, read by the product's own reader. */
export function statusOf(x12: string): string {
  const r = read271Entries(x12)
  if (!r.ok) throw new Error(r.error.message)
  return r.value[0]!.status
}

/** A 40-hex-digit idempotency key, unique per test. */
let n = 0
export const key = () => (++n).toString(16).padStart(8, '0') + 'ab'.repeat(16)
