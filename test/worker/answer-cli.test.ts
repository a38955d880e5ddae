// One answer on two surfaces: the API's answer and the CLI's rendering of the same request show
// the same verdict, the same price (or the same reason for none) and the same named conditions
// with their origins, money through the one shared formatter.
import { describe, expect, it } from 'vitest'
import { formatMoney } from '../../worker/domain/money/format'
import { runCli } from '../support/cli'
import { OTHER, staff } from '../support/tenants'
import { postJson, workerUrl } from '../support/worker'

type Answer = {
  coverage: { status: string; conditions: { text: string; origin: string }[] }
  estimate: { patientPays: number; planPays: number } | null
  noEstimate: string | null
}

const CASES: [string, Record<string, unknown>, string[]][] = [
  ['an HMO quick check (conditions: referral, in-network only)', { payer: { id: 'aetna' }, state: 'TX', plan: 'Aetna HMO' }, ['--payer-id', 'aetna', '--state', 'TX', '--plan', 'Aetna HMO']],
  ['an unknown payer (no price)', { payer: 'zzqxv plorb', state: 'TX' }, ['--payer', 'zzqxv plorb', '--state', 'TX']],
]

describe('the CLI renders the API’s answer', () => {
  it.each(CASES)('%s', async (_name, request, args) => {
    const res = await postJson('/v1/coverage/checks', request, { headers: staff(OTHER.staffKey) })
    const a = (await res.json()) as Answer
    const run = await runCli(['check', ...args, '--api', workerUrl(), '--key', OTHER.staffKey])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(`Coverage    ${a.coverage.status.replaceAll('_', ' ')}`)
    for (const c of a.coverage.conditions) expect(run.stdout).toContain(`  - ${c.text} [${c.origin}]`)
    if (a.estimate) {
      expect(run.stdout).toContain(`patient pays ${formatMoney(a.estimate.patientPays, 'always')}, plan pays ${formatMoney(a.estimate.planPays, 'always')}`)
    } else {
      expect(a.noEstimate).toBe('payer_unknown')
      expect(run.stdout).toContain('Estimate    none: the payer was not recognized')
    }
  })
})
