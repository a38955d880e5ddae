/** `iop-coverage payers`: search the payer directory. */
import { COMMON_HELP, client, common, parse, UsageError, wholeNumber } from '../options'

export const PAYERS_HELP = `Usage: iop-coverage payers QUERY [--state XX] [--limit N]

Searches the payer directory (GET /v1/payers) the way the widget's typeahead does; use the id
with \`check --payer-id\` or a batch's payer_id column.

  --state XX    rank payers selling plans in this state first
  --limit N     at most N results (1–20, default 8)

Examples:
  iop-coverage payers "bcbs tx"
  iop-coverage payers tricare --json

${COMMON_HELP}`

type Result = { id: string; name: string; kind: string; states: string[]; score: number }

export async function payers(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, { state: { type: 'string' }, limit: { type: 'string', default: '8' } })
  if (values.help) {
    process.stdout.write(PAYERS_HELP + '\n')
    return 0
  }
  const q = positionals.join(' ').trim()
  if (!q) throw new UsageError('Give a search text: iop-coverage payers "blue cross texas"')
  const c = common(values)
  const limit = wholeNumber('limit', values.limit, 1, 20)
  const api = client(c, 1)
  try {
    const res = await api.getJson('/v1/payers', { q, limit: String(limit), ...(values.state ? { state: values.state } : {}) })
    const results = ((res.body as { results?: Result[] }).results ?? []) as Result[]
    if (c.json) {
      process.stdout.write(JSON.stringify(res.body, null, 2) + '\n')
      return 0
    }
    if (!results.length) {
      process.stdout.write('No payer matched.\n')
      return 0
    }
    const width = Math.max(...results.map((r) => r.id.length))
    for (const r of results) {
      const states = r.states.length > 6 ? `${r.states.length} states` : r.states.join(' ')
      process.stdout.write(`${r.id.padEnd(width)}  ${r.score.toFixed(2)}  ${r.name} (${r.kind}${states ? `; ${states}` : ''})\n`)
    }
    return 0
  } finally {
    await api.close()
  }
}
