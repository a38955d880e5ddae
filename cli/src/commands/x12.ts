/** `iop-coverage x12`: read an X12 271 eligibility response through the API. */
import { formatUsd } from '../money'
import { obj, readInput } from '../input'
import { COMMON_HELP, client, common, parse, UsageError } from '../options'
import { redact } from '../redact'
import { answerLines } from '../answer-lines'
import { terminalSafe } from '../terminal'

export const X12_HELP = `Usage: iop-coverage x12 FILE [--program substance_use|mental_health] [--estimate [--state XX] [--network in|out]]

Sends a saved X12 271 eligibility response (4010 or 5010) to POST /v1/eligibility/x12 and prints
each subscriber's status and the IOP benefits found (deductible, out-of-pocket maximum,
coinsurance, copay, prior authorization) in and out of network. Use - to read stdin.
Needs a staff key. Names and member IDs in the file are never printed.
With --estimate, also prints the answer for each entry (verdict, conditions with their origins,
price or why none), computed by the API with the 271's figures and your contract with the payer.

Examples:
  iop-coverage x12 eligibility-271.txt
  iop-coverage x12 eligibility-271.txt --program mental_health --json
  iop-coverage x12 eligibility-271.txt --estimate --state TX

${COMMON_HELP}`


function describeLevel(label: string, f: unknown): string {
  const l = obj(f)
  const acc = (a: unknown) => {
    const o = obj(a)
    const total = typeof o.total === 'number' ? formatUsd(o.total) : '–'
    const remaining = typeof o.remaining === 'number' ? `, ${formatUsd(o.remaining)} remaining` : ''
    return `${total}${remaining}`
  }
  const parts = [
    `deductible ${acc(l.deductible)}`,
    `out-of-pocket max ${acc(l.outOfPocketMax)}`,
    `coinsurance ${typeof l.coinsurance === 'number' ? `${(l.coinsurance * 100).toFixed(2).replace(/\.?0+$/, '')}%` : '–'}`,
    `copay ${typeof l.copay === 'number' ? formatUsd(l.copay) : '–'}`,
    `prior auth ${typeof l.priorAuthorization === 'string' ? l.priorAuthorization : '–'}`,
  ]
  return `  ${label.padEnd(15)} ${parts.join('; ')}`
}

export async function x12(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, {
    program: { type: 'string' },
    estimate: { type: 'boolean', default: false },
    state: { type: 'string' },
    network: { type: 'string' },
  })
  if (values.help) {
    process.stdout.write(X12_HELP + '\n')
    return 0
  }
  const [file, ...extra] = positionals
  if (!file || extra.length) throw new UsageError('Give exactly one 271 file (or - for stdin).')
  if (values.program && !['substance_use', 'mental_health'].includes(values.program)) {
    throw new UsageError('--program must be substance_use or mental_health')
  }
  if (values.state !== undefined && !/^[A-Z]{2}$/.test(values.state)) throw new UsageError('--state must be a USPS code (TX)')
  if (values.network !== undefined && !['in', 'out'].includes(values.network)) throw new UsageError('--network must be in or out')
  if ((values.state || values.network) && !values.estimate) throw new UsageError('--state and --network go with --estimate')
  const c = common(values)
  const text = await readInput(file).catch((err: NodeJS.ErrnoException) => {
    throw new UsageError(`Cannot read ${file}: ${err.code ?? err.message}`)
  })
  const api = client(c, 1)
  try {
    const query = new URLSearchParams()
    if (values.program) query.set('program', values.program)
    if (values.estimate) query.set('estimate', '1')
    if (values.state) query.set('state', values.state)
    if (values.network) query.set('network', values.network)
    const path = `/v1/eligibility/x12${query.size ? `?${query}` : ''}`
    const res = await api.postText(path, text)
    if (c.json) {
      process.stdout.write(JSON.stringify(redact(res.body), null, 2) + '\n')
      return 0
    }
    const transactions = Array.isArray(obj(res.body).transactions) ? (obj(res.body).transactions as unknown[]) : []
    const checks = Array.isArray(obj(res.body).coverageChecks) ? (obj(res.body).coverageChecks as unknown[]) : null
    if (!transactions.length) process.stdout.write('No eligibility information found in the file.\n')
    transactions.forEach((t, i) => {
      const tx = obj(t)
      const payer = obj(tx.payer)
      const lines = [`#${i + 1} ${String(tx.status ?? 'unknown')}: ${String(payer.name ?? 'payer not named')}${tx.planName ? `, ${String(tx.planName)}` : ''}`]
      for (const r of Array.isArray(tx.rejections) ? tx.rejections : []) {
        const rej = obj(r)
        const followUp = obj(rej.followUp)
        const next = followUp.meaning ?? followUp.code
        lines.push(`  rejected: ${String(rej.meaning ?? rej.code)}${next ? ` (${String(next)})` : ''}`)
      }
      if (tx.carveOut) {
        const co = obj(tx.carveOut)
        lines.push(`  behavioral health carved out to ${String(co.name)}${co.phone ? `, ${String(co.phone)}` : ''}`)
      }
      const iop = obj(tx.iop)
      if (Object.keys(iop).length) {
        lines.push(describeLevel('in network', iop.inNetwork), describeLevel('out of network', iop.outOfNetwork))
      }
      // The answer for this entry, printed as `check` prints one (the same lines for the same answer).
      const answer = checks?.[i]
      if (answer) lines.push(...answerLines(answer).map((l) => `  ${l}`))
      process.stdout.write(lines.map(terminalSafe).join('\n') + '\n')
    })
    return 0
  } finally {
    await api.close()
  }
}
