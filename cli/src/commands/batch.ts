/**
 * `iop-coverage batch`: a CSV of referrals in, a CSV of verdicts and estimates out, resumable.
 * Each result line is appended with a synchronous write as soon as its row is done, so a crash
 * or SIGKILL loses at most the rows in flight; a re-run with the same output skips every row it
 * finds there (a line cut off mid-write, or a row that failed for a transient reason, is redone).
 */
import { closeSync, existsSync, openSync, readFileSync, renameSync, writeFileSync, writeSync } from 'node:fs'
import { ApiFailure, type ApiClient } from '../client'
import { csvLine, parseCsv, readCsv } from '../csv'
import { terminalSafe } from '../terminal'
import { centsToDollars } from '../money'
import { COMMON_HELP, client, common, parse, UsageError, wholeNumber } from '../options'
import { Progress } from '../progress'
import { REFERRAL_FIELDS, toCoverageRequest, type Referral, type ReferralField } from '../referral'
import { verdictOf } from '../verdict'

export const BATCH_HELP = `Usage: iop-coverage batch INPUT.csv --out RESULTS.csv [options]

Checks every referral of a CSV (POST /v1/coverage/checks) and writes one result line per row:
the payer recognized, the coverage verdict and the estimate, or a clear error for that row.
Runs are resumable: results are written as rows finish, and running the same command again
skips the rows already in RESULTS.csv. Ctrl-C stops cleanly (rows in flight are redone next time).

Input columns (header row; case and spaces ignored; all optional but payer or payer_id):
  id, ${REFERRAL_FIELDS.join(', ')}
  Money in dollars (1500, 1,500.00), coinsurance as 0.2 or 20%, program substance_use or
  mental_health, network in or out. member_id is copied to the output untouched for your own
  tracking; it is not sent to the API unless --send-member-id, and never printed.

Output columns:
  row (data row number, header excluded), id, member_id, outcome (ok, invalid, failed),
  payer_id, payer_name, payer_confidence, coverage_status, prior_authorization, days,
  allowed_total, patient_pays, plan_pays (dollars), oop_max_reached_on_day, request_id, error
  Lines are in completion order; sort by row to get the input order.

Options:
  --out FILE               results CSV (required; - for stdout, which cannot be resumed)
  --concurrency N          requests in flight (1–32, default 4)
  --send-member-id         send member_id to the API (it can identify the payer by its prefix)
  --progress-interval S    seconds between progress lines when stderr is not a terminal (default 5)

A summary follows on stderr (or as JSON on stdout with --json): rows, ok, invalid, failed, per
coverage status, per-row errors, retries, elapsed time and rows per second.
Exit status: 0 all rows done (ok or invalid), 3 some rows failed after retries, 130 interrupted.

Examples:
  iop-coverage batch referrals.csv --out verdicts.csv
  IOP_API_KEY=sk_live_… iop-coverage batch referrals.csv --out verdicts.csv --api https://checker.example.org --concurrency 8

${COMMON_HELP}`

export const OUTPUT_COLUMNS = [
  'row', 'id', 'member_id', 'outcome', 'payer_id', 'payer_name', 'payer_confidence', 'coverage_status',
  'prior_authorization', 'days', 'allowed_total', 'patient_pays', 'plan_pays', 'oop_max_reached_on_day',
  'request_id', 'error',
] as const
type OutputColumn = (typeof OUTPUT_COLUMNS)[number]
type Result = Record<Exclude<OutputColumn, 'outcome'>, string> & { outcome: Outcome }
type Outcome = 'ok' | 'invalid' | 'failed'

type InputRow = { row: number; id: string; referral: Referral; problem?: string }

export type Summary = {
  input: string
  output: string
  rows: number
  skipped: number
  processed: number
  ok: number
  invalid: number
  failed: number
  byCoverageStatus: Record<string, number>
  errors: { row: number; id: string; error: string }[]
  retries: number
  elapsedSeconds: number
  rowsPerSecond: number
  interrupted: boolean
}

const normalizeHeader = (h: string) => h.trim().toLowerCase().replace(/[\s-]+/g, '_')

/** Reads the referrals; a row with the wrong number of fields is kept with its problem. */
function readInput(path: string): { rows: InputRow[]; ignored: string[] } {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (err) {
    throw new UsageError(`Cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`)
  }
  const [header, ...records] = readCsv(text)
  if (!header) throw new UsageError(`${path} is empty: it needs a header row (payer, state, …)`)
  if (header.problem) throw new UsageError(`${path}: the header row cannot be read: ${header.problem}`)
  const columns = header.fields.map(normalizeHeader)
  if (!columns.includes('payer') && !columns.includes('payer_id')) {
    throw new UsageError(`${path} has no payer or payer_id column (found: ${columns.join(', ')})`)
  }
  const known = new Set<string>(['id', ...REFERRAL_FIELDS])
  const ignored = columns.filter((c) => !known.has(c))
  const seen = new Map<string, number>()
  const rows = records.map(({ fields, problem: unreadable }, i): InputRow => {
    const row = i + 1
    const referral: Referral = {}
    columns.forEach((c, j) => {
      if (known.has(c) && c !== 'id' && fields[j] !== undefined) referral[c as ReferralField] = fields[j]
    })
    const idAt = columns.indexOf('id')
    const id = idAt >= 0 ? (fields[idAt] ?? '').trim() || String(row) : String(row)
    const first = seen.get(id)
    seen.set(id, first ?? row)
    const problem = unreadable
      ? unreadable
      : fields.length !== columns.length
        ? `has ${fields.length} fields but the header has ${columns.length}`
        : first !== undefined
          ? `id "${id}" repeats row ${first}`
          : undefined
    return { row, id, referral, ...(problem ? { problem } : {}) }
  })
  return { rows, ignored }
}

/**
 * Loads the results of an earlier run of the same input: rows done for good (ok, invalid) are
 * kept; failed rows and a line cut off mid-write are dropped so they are redone. Rewrites the file
 * with only the kept lines when something was dropped.
 */
function resume(out: string, input: InputRow[]): Map<number, Result> {
  const done = new Map<number, Result>()
  if (!existsSync(out) || readFileSync(out, 'utf8').length === 0) {
    writeFileSync(out, csvLine(OUTPUT_COLUMNS))
    return done
  }
  const [header, ...records] = parseCsv(readFileSync(out, 'utf8'), { dropUnterminated: true })
  if (!header || header.join(',') !== OUTPUT_COLUMNS.join(',')) {
    throw new UsageError(`${out} exists and is not an iop-coverage results file: choose another --out`)
  }
  let dropped = false
  for (const fields of records) {
    if (fields.length !== OUTPUT_COLUMNS.length) {
      dropped = true
      continue
    }
    const r = Object.fromEntries(OUTPUT_COLUMNS.map((c, i) => [c, fields[i]!])) as Result
    const row = Number(r.row)
    const source = input[row - 1]
    // The file holds the id as written: formula-safe (`'=…`), so compare with the written form.
    if (!source || parseCsv(csvLine([source.id]))[0]![0] !== r.id) {
      throw new UsageError(`${out} holds row ${r.row} with id "${r.id}", which is not in this input: choose another --out`)
    }
    if ((r.outcome === 'ok' || r.outcome === 'invalid') && !done.has(row)) done.set(row, r)
    else dropped = true
  }
  if (dropped) {
    const tmp = `${out}.tmp-${process.pid}`
    writeFileSync(tmp, csvLine(OUTPUT_COLUMNS) + [...done.values()].map((r) => csvLine(OUTPUT_COLUMNS.map((c) => r[c]))).join(''))
    renameSync(tmp, out)
  }
  return done
}

const money = (cents: number | null) => (cents === null ? '' : centsToDollars(cents))

function result(row: InputRow, outcome: Outcome, fields: Partial<Result> = {}): Result {
  const base = Object.fromEntries(OUTPUT_COLUMNS.map((c) => [c, ''])) as Result
  return { ...base, row: String(row.row), id: row.id, member_id: row.referral.member_id ?? '', outcome, ...fields }
}

/** What the API said was wrong with the row, field by field. */
function apiError(err: ApiFailure): string {
  const p = err.problem
  if (p?.errors?.length) return p.errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join('; ')
  return err.message
}

/** Errors that every row would hit (bad key, wrong URL): stop the batch instead of writing them 1 000 times. */
function fatal(err: ApiFailure): string | null {
  if (err.status === 401 || err.status === 403) return `The API refused the key (HTTP ${err.status} ${err.problem?.code ?? ''}). Check --key.`
  if (err.status === 404) return 'The API has no POST /v1/coverage/checks here. Check --api.'
  return null
}

async function checkRow(api: ApiClient, row: InputRow, sendMemberId: boolean, signal: AbortSignal): Promise<Result> {
  if (row.problem) return result(row, 'invalid', { error: `row ${row.row}: ${row.problem}` })
  const built = toCoverageRequest(row.referral, { sendMemberId })
  if ('errors' in built) return result(row, 'invalid', { error: `row ${row.row}: ${built.errors.join('; ')}` })
  try {
    const res = await api.postJson('/v1/coverage/checks', built.request, signal)
    const v = verdictOf(res.body)
    return result(row, 'ok', {
      payer_id: v.payerId,
      payer_name: v.payerName,
      payer_confidence: v.confidence === null ? '' : String(v.confidence),
      coverage_status: v.coverageStatus,
      prior_authorization: v.priorAuthorization,
      days: v.days === null ? '' : String(v.days),
      allowed_total: money(v.allowedTotal),
      patient_pays: money(v.patientPays),
      plan_pays: money(v.planPays),
      oop_max_reached_on_day: v.oopMaxReachedOnDay === null ? '' : String(v.oopMaxReachedOnDay),
      request_id: res.headers['x-request-id'] ?? '',
    })
  } catch (err) {
    if (!(err instanceof ApiFailure)) throw err
    const stop = fatal(err)
    if (stop) throw new UsageError(stop)
    const outcome: Outcome = err.transient || (err.status !== null && err.status >= 500) ? 'failed' : 'invalid'
    return result(row, outcome, {
      error: `row ${row.row}: ${apiError(err)}`,
      request_id: err.problem?.requestId ?? '',
    })
  }
}

function summarize(all: Result[], base: Omit<Summary, 'ok' | 'invalid' | 'failed' | 'byCoverageStatus' | 'errors'>): Summary {
  const byCoverageStatus: Record<string, number> = {}
  const errors: Summary['errors'] = []
  let ok = 0
  let invalid = 0
  let failed = 0
  for (const r of all.sort((a, b) => Number(a.row) - Number(b.row))) {
    if (r.outcome === 'ok') {
      ok++
      byCoverageStatus[r.coverage_status] = (byCoverageStatus[r.coverage_status] ?? 0) + 1
    } else {
      if (r.outcome === 'invalid') invalid++
      else failed++
      errors.push({ row: Number(r.row), id: r.id, error: r.error.replace(/^'/, '') })
    }
  }
  return { ...base, ok, invalid, failed, byCoverageStatus, errors }
}

function printSummary(s: Summary): void {
  const pad = (n: number) => String(n).padStart(6)
  const statuses = Object.entries(s.byCoverageStatus)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, n]) => `${k} ${n}`)
    .join(', ')
  const lines = [
    `${s.interrupted ? 'Batch interrupted' : 'Batch finished'}: ${s.rows} rows, ${s.processed} checked in ${s.elapsedSeconds.toFixed(1)} s (${s.rowsPerSecond.toFixed(1)} rows/s) → ${s.output}`,
    `  ok      ${pad(s.ok)}${statuses ? `   ${statuses}` : ''}`,
    `  invalid ${pad(s.invalid)}`,
    `  failed  ${pad(s.failed)}`,
    `  retries ${pad(s.retries)}`,
  ]
  if (s.skipped) lines.push(`  skipped ${pad(s.skipped)}   already in ${s.output}`)
  const remaining = s.rows - s.ok - s.invalid - s.failed
  if (remaining > 0) lines.push(`  to do   ${pad(remaining)}   run the same command again to go on`)
  if (s.errors.length) {
    lines.push('Errors:')
    for (const e of s.errors.slice(0, 20)) lines.push(`  ${e.error}${e.id !== String(e.row) ? ` (id ${e.id})` : ''}`)
    if (s.errors.length > 20) lines.push(`  … ${s.errors.length - 20} more in ${s.output}`)
  }
  process.stderr.write(terminalSafe(lines.join('\n')) + '\n')
}

export async function batch(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, {
    out: { type: 'string', short: 'o' },
    concurrency: { type: 'string', default: '4' },
    'send-member-id': { type: 'boolean', default: false },
    'progress-interval': { type: 'string', default: '5' },
  })
  if (values.help) {
    process.stdout.write(BATCH_HELP + '\n')
    return 0
  }
  const [input, ...extra] = positionals
  if (!input || extra.length) throw new UsageError('Give exactly one input CSV: iop-coverage batch referrals.csv --out verdicts.csv')
  if (!values.out) throw new UsageError('Give --out RESULTS.csv (where results go; a re-run with it resumes)')
  const c = common(values)
  if (values.out === '-' && c.json) throw new UsageError('--json prints the summary on stdout: give --out a file')
  const concurrency = wholeNumber('concurrency', values.concurrency, 1, 32)
  const intervalMs = wholeNumber('progress-interval', values['progress-interval'], 1, 3600) * 1000
  const sendMemberId = values['send-member-id'] === true

  const { rows, ignored } = readInput(input)
  if (ignored.length) process.stderr.write(`Ignoring unknown columns: ${ignored.join(', ')}\n`)
  const toStdout = values.out === '-'
  const done = toStdout ? new Map<number, Result>() : resume(values.out, rows)
  if (toStdout) process.stdout.write(csvLine(OUTPUT_COLUMNS))
  const fd = toStdout ? 1 : openSync(values.out, 'a')
  const pending = rows.filter((r) => !done.has(r.row))
  const results: Result[] = [...done.values()]

  const started = performance.now()
  let retries = 0
  const counts = { done: done.size, total: rows.length, ok: 0, invalid: 0, failed: 0, retries: 0 }
  for (const r of results) counts[r.outcome as Outcome]++
  const progress = new Progress(process.stderr, intervalMs)
  const api = client(c, concurrency, () => {
    retries++
    counts.retries = retries
  })

  const controller = new AbortController()
  let interrupted = false
  let fatalError: unknown
  const onSigint = () => {
    if (interrupted) process.exit(130) // a second Ctrl-C: leave now
    interrupted = true
    controller.abort(new Error('interrupted'))
  }
  process.on('SIGINT', onSigint)
  process.on('SIGTERM', onSigint)

  let next = 0
  const worker = async () => {
    while (!interrupted && fatalError === undefined && next < pending.length) {
      const row = pending[next++]!
      let r: Result
      try {
        r = await checkRow(api, row, sendMemberId, controller.signal)
      } catch (err) {
        if (interrupted) return
        fatalError ??= err
        controller.abort(err)
        return
      }
      if (interrupted && r.outcome === 'failed') return // aborted in flight: redo it next time
      writeSync(fd, csvLine(OUTPUT_COLUMNS.map((col) => r[col])))
      results.push(r)
      counts.done++
      counts[r.outcome]++
      progress.update(counts)
    }
  }
  try {
    await Promise.all(Array.from({ length: Math.min(concurrency, pending.length) }, worker))
  } finally {
    process.off('SIGINT', onSigint)
    process.off('SIGTERM', onSigint)
    if (!toStdout) closeSync(fd)
    await api.close()
  }
  progress.update(counts, true)
  progress.done()
  if (fatalError !== undefined) throw fatalError

  const elapsedSeconds = (performance.now() - started) / 1000
  const processed = results.length - done.size
  const summary = summarize(results, {
    input,
    output: toStdout ? 'stdout' : values.out,
    rows: rows.length,
    skipped: done.size,
    processed,
    retries,
    elapsedSeconds: Math.round(elapsedSeconds * 1000) / 1000,
    rowsPerSecond: elapsedSeconds > 0 ? Math.round((processed / elapsedSeconds) * 10) / 10 : 0,
    interrupted,
  })
  if (c.json) process.stdout.write(JSON.stringify(summary, null, 2) + '\n')
  else printSummary(summary)
  if (interrupted) return 130
  return summary.failed > 0 ? 3 : 0
}
