/**
 * @module
 * `iop-coverage`: the IOP Coverage Checker from a terminal, for admissions teams and scripts.
 * Dispatches to one module per command; usage mistakes exit 2 with a hint, API failures exit 1.
 */
import { ApiFailure } from './client'
import { admin } from './commands/admin'
import { batch } from './commands/batch'
import { check } from './commands/check'
import { eligibility } from './commands/eligibility'
import { payers } from './commands/payers'
import { x12 } from './commands/x12'
import { COMMON_HELP, UsageError } from './options'
import { terminalSafe } from './terminal'

const HELP = `Usage: iop-coverage COMMAND [options]

Commands:
  check     one coverage check: payer, coverage verdict and cost estimate
  payers    search the payer directory
  x12       read an X12 271 eligibility response (--estimate: with the answer per entry)
  eligibility  a real-time 270/271 check for a member (details from a JSON file)
  batch     check a CSV of referrals, resumable, with a summary
  admin     SQL to bootstrap a deployment: partner, origins, site key, staff keys

Run \`iop-coverage COMMAND --help\` for a command's options.

Examples:
  iop-coverage payers "bcbs tx"
  iop-coverage check --payer aetna --state TX --coinsurance 20% --deductible 1500
  iop-coverage batch referrals.csv --out verdicts.csv --concurrency 4

${COMMON_HELP}`

const COMMANDS: Record<string, (argv: string[]) => Promise<number>> = { check, eligibility, payers, x12, batch, admin }

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(HELP + '\n')
    return command ? 0 : 2
  }
  if (command === '--version') {
    process.stdout.write('0.1.0\n')
    return 0
  }
  const run = COMMANDS[command]
  if (!run) {
    process.stderr.write(`Unknown command "${command}". Commands: ${Object.keys(COMMANDS).join(', ')}.\n`)
    return 2
  }
  try {
    return await run(rest)
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`${terminalSafe(err.message)}\nRun \`iop-coverage ${command} --help\` for usage.\n`)
      return 2
    }
    if (err instanceof ApiFailure) {
      process.stderr.write(`${terminalSafe(err.message)}\n`)
      return 1
    }
    throw err
  }
}

process.exitCode = await main(process.argv.slice(2))
