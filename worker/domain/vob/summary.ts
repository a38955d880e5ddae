/**
 * @module
 * The non-PHI summary of a saved verification of benefits (VOB): payer, program and coverage
 * status, the only columns of a VOB stored in clear so staff can list and find VOBs without
 * decrypting (and auditing) every patient. Staff may state them; otherwise they are read from the
 * saved coverage check (`POST /v1/coverage/checks` response) or 271 reading
 * (`POST /v1/eligibility/x12` response), whose shapes docs/architecture.md §3 fixes.
 */

export type VobSummary = {
  payerId: string | null
  payerName: string | null
  program: string | null
  coverageStatus: string | null
}

type Loose = Record<string, unknown> | undefined

const str = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v : null)
const obj = (v: unknown): Loose =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined

/**
 * Stated values win; then the coverage check (`payer.id`, `payer.name`, `coverage.status`); then
 * the first 271 transaction (`payer.id`, `payer.name`, `status`: active/inactive/rejected/unknown).
 */
export function summarizeVob(input: {
  payer?: { id?: string | undefined; name?: string | undefined } | undefined
  program?: string | undefined
  coverageStatus?: string | undefined
  coverageCheck?: Record<string, unknown> | undefined
  eligibility?: Record<string, unknown> | undefined
}): VobSummary {
  const checkPayer = obj(input.coverageCheck?.payer)
  const checkCoverage = obj(input.coverageCheck?.coverage)
  const transactions = input.eligibility?.transactions
  const firstTx = Array.isArray(transactions) ? obj(transactions[0]) : undefined
  const txPayer = obj(firstTx?.payer)
  return {
    payerId: str(input.payer?.id) ?? str(checkPayer?.id) ?? str(txPayer?.id),
    payerName: str(input.payer?.name) ?? str(checkPayer?.name) ?? str(txPayer?.name),
    program: str(input.program),
    coverageStatus:
      str(input.coverageStatus) ?? str(checkCoverage?.status) ?? (firstTx ? str(firstTx.status) : null),
  }
}
