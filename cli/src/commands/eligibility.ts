/** `iop-coverage eligibility`: a real-time 270/271 check through the API's clearinghouse. */
import { answerLines } from '../answer-lines'
import { obj, readInput } from '../input'
import { COMMON_HELP, client, common, parse, UsageError } from '../options'
import { redact } from '../redact'
import { terminalSafe } from '../terminal'

export const ELIGIBILITY_HELP = `Usage: iop-coverage eligibility FILE

Runs a real-time eligibility check (POST /v1/eligibility/checks) for the member in FILE, a JSON
request: {"payer": "aetna" or {"id": "aetna"}, "memberId", "firstName", "lastName",
"dateOfBirth": "YYYY-MM-DD", "program"?, "state"?, "plan"?, "network"?, "treatment"?}. Use - to
read stdin. The member's details are read from the file, never from flags, so they stay out of
the shell history and the process list. Prints the member's status and the answer (verdict,
conditions with their origins, price or why none), computed with your contract with the payer.
Needs a staff key. Names, member IDs and dates of birth are never printed.

Examples:
  iop-coverage eligibility member.json
  iop-coverage eligibility - --json < member.json

${COMMON_HELP}`


export async function eligibility(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, {})
  if (values.help) {
    process.stdout.write(ELIGIBILITY_HELP + '\n')
    return 0
  }
  const [file, ...extra] = positionals
  if (!file || extra.length) throw new UsageError('Give exactly one JSON file (or - for stdin).')
  const c = common(values)
  const text = await readInput(file).catch((err: NodeJS.ErrnoException) => {
    throw new UsageError(`Cannot read ${file}: ${err.code ?? err.message}`)
  })
  let request: unknown
  try {
    request = JSON.parse(text)
  } catch {
    // Never quote the file: it holds a member's name, ID and date of birth.
    throw new UsageError(`${file} is not JSON.`)
  }
  const api = client(c, 1)
  try {
    const res = await api.postJson('/v1/eligibility/checks', request)
    if (c.json) {
      process.stdout.write(JSON.stringify(redact(res.body), null, 2) + '\n')
      return 0
    }
    const body = obj(res.body)
    const first = obj(Array.isArray(body.transactions) ? body.transactions[0] : undefined)
    const payer = obj(first.payer)
    const lines = [
      `Member      ${String(first.status ?? 'unknown')}${payer.name ? `, ${String(payer.name)}` : ''}${first.planName ? `, ${String(first.planName)}` : ''}`,
      ...answerLines(body.coverageCheck),
    ]
    process.stdout.write(lines.map(terminalSafe).join('\n') + '\n')
    return 0
  } finally {
    await api.close()
  }
}
