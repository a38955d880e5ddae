// Direct access to the test Worker's local D1 (the same SQLite files `wrangler dev` uses), for
// what no API shows on purpose: raw encrypted rows, and clocks moved into the past.
import { inject } from 'vitest'
import { executeSql } from '../../scripts/local-worker.mjs'

/** Runs SQL on the test database and returns the rows of the last statement. */
export const sql = <T = Record<string, unknown>>(statement: string): Promise<T[]> =>
  executeSql(statement, { persistTo: inject('workerStateDir') }) as Promise<T[]>

/** Quotes a value for SQL (tests build statements from ids they created). */
export const q = (value: string): string => `'${value.replace(/'/g, "''")}'`
