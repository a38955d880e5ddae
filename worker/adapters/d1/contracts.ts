/**
 * @module
 * A partner's contracts with payers: whether it is in network with a payer (by payer directory
 * id) and the per-diem amount that payer allows for each program, in cents. Estimates use them
 * as the `network` and `treatment.allowedPerDay` defaults when the request does not give them.
 */
import type { Program } from './partners'

export type Contract = {
  payerId: string
  network: 'in' | 'out'
  /** Allowed amount per IOP day, in cents, per program; absent when not negotiated. */
  allowedPerDay: Partial<Record<Program, number>>
}

type ContractRow = {
  payer_id: string
  network: 'in' | 'out'
  sud_allowed_per_day: number | null
  mh_allowed_per_day: number | null
}

const toContract = (row: ContractRow): Contract => ({
  payerId: row.payer_id,
  network: row.network,
  allowedPerDay: {
    ...(row.sud_allowed_per_day === null ? {} : { substance_use: row.sud_allowed_per_day }),
    ...(row.mh_allowed_per_day === null ? {} : { mental_health: row.mh_allowed_per_day }),
  },
})

export async function listContracts(db: D1Database, partnerId: string): Promise<Contract[]> {
  const { results } = await db
    .prepare('SELECT * FROM partner_contracts WHERE partner_id = ? ORDER BY payer_id')
    .bind(partnerId)
    .all<ContractRow>()
  return results.map(toContract)
}

/**
 * The partner's contract with one payer, or null: the estimate defaults for a coverage check.
 * @example const c = await findContract(env.DB, partner.id, 'aetna') // {network: 'in', allowedPerDay: {substance_use: 35000}}
 */
export async function findContract(db: D1Database, partnerId: string, payerId: string): Promise<Contract | null> {
  const row = await db
    .prepare('SELECT * FROM partner_contracts WHERE partner_id = ? AND payer_id = ?')
    .bind(partnerId, payerId)
    .first<ContractRow>()
  return row ? toContract(row) : null
}

/** Replaces all of a partner's contracts in one batch (a D1 batch is a transaction). */
export async function replaceContracts(db: D1Database, partnerId: string, contracts: Contract[]): Promise<void> {
  const insert = db.prepare(
    'INSERT INTO partner_contracts (partner_id, payer_id, network, sud_allowed_per_day, mh_allowed_per_day) VALUES (?, ?, ?, ?, ?)',
  )
  await db.batch([
    db.prepare('DELETE FROM partner_contracts WHERE partner_id = ?').bind(partnerId),
    ...contracts.map((c) =>
      insert.bind(
        partnerId,
        c.payerId,
        c.network,
        c.allowedPerDay.substance_use ?? null,
        c.allowedPerDay.mental_health ?? null,
      ),
    ),
  ])
}
