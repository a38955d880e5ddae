/** `iop-coverage check`: one coverage check from flags. */
import { COMMON_HELP, client, common, parse, UsageError } from '../options'
import { redact } from '../redact'
import { REFERRAL_FIELDS, toCoverageRequest, type Referral } from '../referral'
import { answerLines } from '../answer-lines'

export const CHECK_HELP = `Usage: iop-coverage check --payer NAME [options]

One coverage check (POST /v1/coverage/checks): who the payer is, whether IOP is covered, and
what the course costs. Money in dollars (1500 or 1,500.00: converted to cents exactly).

Referral:
  --payer NAME               insurance company as written on the card ("bcbs texas", "uhc")
  --payer-id ID              or a payer id from \`iop-coverage payers\`
  --state XX                 USPS state code of the plan
  --plan TEXT                plan name and/or type ("BlueChoice PPO")
  --program P                substance_use (default) or mental_health
  --network in|out           default: the partner's contract with the payer, else in
  --member-id ID             sent only with --send-member-id (its prefix can identify the payer);
                             never printed
Benefits (when known):
  --deductible $ --deductible-met $ --oop-max $ --oop-met $
  --coinsurance F            0.2 or 20%  --copay $ (per IOP day)
  --deductible-applies true|false
Treatment:
  --days-per-week N --weeks N --charge-per-day $ --allowed-per-day $

Examples:
  iop-coverage check --payer aetna --state TX --plan "Open Access PPO"
  iop-coverage check --payer "blue cross texas" --state TX --deductible 1500 --deductible-met 500 \\
    --oop-max 6000 --coinsurance 20% --days-per-week 3 --weeks 12 --allowed-per-day 400 --json

${COMMON_HELP}`

const flagName = (f: string) => f.replaceAll('_', '-')
const REFERRAL_FLAGS = Object.fromEntries(REFERRAL_FIELDS.map((f) => [flagName(f), { type: 'string' as const }]))

export async function check(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, { ...REFERRAL_FLAGS, 'send-member-id': { type: 'boolean', default: false } })
  if (values.help) {
    process.stdout.write(CHECK_HELP + '\n')
    return 0
  }
  if (positionals.length) throw new UsageError(`check takes no positional arguments (got ${positionals.length})`)
  const c = common(values)
  const referral: Referral = {}
  for (const f of REFERRAL_FIELDS) {
    const v = values[flagName(f) as keyof typeof values]
    if (typeof v === 'string') referral[f] = v
  }
  const built = toCoverageRequest(referral, { sendMemberId: values['send-member-id'] === true })
  if ('errors' in built) throw new UsageError(built.errors.join('\n'))

  const api = client(c, 1)
  try {
    const res = await api.postJson('/v1/coverage/checks', built.request)
    if (c.json) {
      process.stdout.write(JSON.stringify(redact(res.body), null, 2) + '\n')
      return 0
    }
    const lines = answerLines(res.body)
    process.stdout.write(lines.join('\n') + '\n')
    return 0
  } finally {
    await api.close()
  }
}
