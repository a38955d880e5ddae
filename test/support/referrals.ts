// A generated referral list with a known mix: 8 payers (one unknown), 5 states, both programs,
// in/out/default network, varied benefits in dollars, and every 50th row (from row 17) malformed
// in one of four ways: two the CLI catches itself and two only the API knows.
import { csvLine } from '../../cli/src/csv'

export const PAYERS = ['Aetna', 'UnitedHealthcare', 'Cigna', 'Blue Cross Blue Shield of Texas', 'Humana', 'TRICARE', 'Kaiser Permanente', 'Zzyzx Mutual Unknown']
export const STATES = ['TX', 'CA', 'NY', 'FL', 'IL']
const PLANS = ['PPO', 'HMO', '', 'Open Access', 'EPO', '', 'POS', '']
const NETWORKS = ['in', 'out', '', '']

export type Malformed = { row: number; kind: 'coinsurance' | 'deductible' | 'state' | 'weeks'; local: boolean; expect: RegExp }

export type Generated = {
  csv: string
  rows: number
  malformed: Malformed[]
  memberIds: string[]
  /** The request fields that decide coverage, per row (1-based), for ground truth. */
  combo: (row: number) => { payer: string; state: string; program: string; network: string; plan: string }
}

export function generateReferrals(rows: number, seed = 'R'): Generated {
  const header = ['id', 'member_id', 'payer', 'state', 'plan', 'program', 'network', 'deductible', 'deductible_met', 'oop_max', 'oop_met', 'coinsurance', 'copay', 'days_per_week', 'weeks', 'allowed_per_day', 'charge_per_day']
  const combo = (i: number) => ({
    payer: PAYERS[i % 8]!,
    state: STATES[i % 5]!,
    program: i % 2 ? 'mental_health' : 'substance_use',
    network: NETWORKS[i % 4]!,
    plan: PLANS[i % 8]!,
  })
  const malformed: Malformed[] = []
  const memberIds: string[] = []
  let csv = csvLine(header)
  for (let i = 1; i <= rows; i++) {
    const c = combo(i)
    const memberId = `MBRX${seed}${String(i * 7919).padStart(8, '0')}`
    memberIds.push(memberId)
    const r: Record<string, string> = {
      id: `${seed}-${String(i).padStart(5, '0')}`,
      member_id: memberId,
      ...c,
      deductible: String(500 + (i % 7) * 250),
      deductible_met: i % 3 ? '0' : '125.50',
      oop_max: i % 6 ? '6,000' : '',
      oop_met: '',
      coinsurance: ['0.2', '20%', '0.1', '0.35', ''][i % 5]!,
      copay: i % 5 === 4 ? '45' : '',
      days_per_week: String(3 + (i % 3)),
      weeks: String(4 + (i % 9)),
      allowed_per_day: '400',
      charge_per_day: '612.34',
    }
    if (i % 50 === 17) {
      const kind = (['coinsurance', 'deductible', 'state', 'weeks'] as const)[Math.floor(i / 50) % 4]!
      if (kind === 'coinsurance') r.coinsurance = '1.5'
      if (kind === 'deductible') r.deductible = '12.345'
      if (kind === 'state') r.state = 'XX'
      if (kind === 'weeks') r.weeks = '400'
      const expect = {
        coinsurance: new RegExp(`^row ${i}: coinsurance "1\\.5" must be between 0 and 1$`),
        deductible: new RegExp(`^row ${i}: deductible "12\\.345" must be a dollar amount`),
        state: new RegExp(`^row ${i}: state: `),
        weeks: new RegExp(`^row ${i}: treatment\\.weeks: `),
      }[kind]
      malformed.push({ row: i, kind, local: kind === 'coinsurance' || kind === 'deductible', expect })
    }
    csv += csvLine(header.map((h) => r[h] ?? ''))
  }
  return { csv, rows, malformed, memberIds, combo }
}
