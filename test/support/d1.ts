// Direct access to the test Worker's local D1 (the SQLite files its workerd uses, filed as
// `wrangler dev` files them), for what no API shows on purpose: raw encrypted rows, and clocks
// moved into the past. One Miniflare per test file opens the database in process (no `wrangler
// d1 execute` process per statement).
import { afterAll } from 'vitest'
import { openLocalDatabase, type LocalDatabase } from '../../scripts/local-worker.mjs'
import { lane } from './lane'

let database: Promise<LocalDatabase> | undefined

afterAll(async () => {
  await (await database)?.close()
  database = undefined
})

/** Runs one SQL statement on the test database and returns its rows. */
export async function sql<T = Record<string, unknown>>(statement: string): Promise<T[]> {
  database ??= openLocalDatabase({ persistTo: lane().workerStateDir })
  return (await (await database).sql(statement)) as T[]
}

/** Quotes a value for SQL (tests build statements from ids they created). */
export const q = (value: string): string => `'${value.replace(/'/g, "''")}'`
