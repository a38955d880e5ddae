/** `iop-coverage check`: one coverage check from flags. */
import { formatUsd } from '../money'
import { COMMON_HELP, client, common, parse, UsageError } from '../options'
import { redact } from '../redact'
import { REFERRAL_FIELDS, toCoverageRequest, type Referral } from '../referral'
import { NO_PRICE_WORDS, verdictOf } from '../verdict'

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
    const v = verdictOf(res.body)
    const money = (cents: number | null) => (cents === null ? '–' : formatUsd(cents))
    const lines = [
      `Payer       ${v.payerName ? `${v.payerName} (${v.payerId})${v.confidence !== null ? `, confidence ${v.confidence}` : ''}` : 'not recognized'}`,
      `Coverage    ${v.coverageStatus.replaceAll('_', ' ')}${v.priorAuthorization ? `, prior authorization ${v.priorAuthorization.replace('_', ' ')}` : ''}`,
    ]
    // The verdict's conditions, each named with where it comes from (the 271, the contract, a rule).
    for (const c of v.conditions) lines.push(`  - ${c.text}${c.origin ? ` [${c.origin}]` : ''}`)
    if (v.manager) lines.push(`Manager     ${v.manager.name}${v.manager.phone ? `, ${v.manager.phone}` : ''}`)
    if (v.days !== null) {
      lines.push(
        `Estimate    ${v.days} days: patient pays ${money(v.patientPays)}, plan pays ${money(v.planPays)} (allowed ${money(v.allowedTotal)})`,
      )
      if (v.range) lines.push(`            typical plans: ${money(v.range.low)} to ${money(v.range.high)}`)
      if (v.oopMaxReachedOnDay !== null) lines.push(`            out-of-pocket maximum reached on day ${v.oopMaxReachedOnDay}`)
    } else if (v.noEstimate) {
      lines.push(`Estimate    none: ${NO_PRICE_WORDS[v.noEstimate] ?? v.noEstimate.replaceAll('_', ' ')} (see next steps)`)
    }
    if (v.assumptions.length) lines.push('Assumed', ...v.assumptions.map((a) => `  - ${a}`))
    if (v.nextSteps.length) lines.push('Next steps', ...v.nextSteps.map((s) => `  - ${s}`))
    process.stdout.write(lines.join('\n') + '\n')
    return 0
  } finally {
    await api.close()
  }
}
