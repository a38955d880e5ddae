// `prepareDatabase` (scripts/local-worker.mjs) migrates and seeds local D1 in process instead of
// running `wrangler d1 migrations apply --local` and `wrangler d1 execute --local --file
// seed/local.sql`. Here wrangler itself is the reference: the same schema, migration bookkeeping
// and seeded rows as wrangler's two commands make, and wrangler finds nothing left to apply.
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { openLocalDatabase, prepareDatabase } from '../../scripts/local-worker.mjs'
import { wrangler } from '../support/wrangler'

// wrangler strips comments from a file before running it, so the stored CREATE texts differ by
// comments and spacing only; the seed stamps rows with the time it ran (`*_at`).
const statement = (sql: unknown) => (typeof sql === 'string' ? sql.replace(/--[^\n]*/g, '').replace(/\s+/g, ' ').replace(/\( /g, '(').replace(/ \)/g, ')').trim() : sql)
const untimed = (rows: Record<string, unknown>[]) =>
  rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, k.endsWith('_at') && v !== null ? 'stamped' : v])))

/** What two local databases must agree on: schema, applied migrations in order, seeded rows. */
async function contents(persistTo: string) {
  const db = await openLocalDatabase({ persistTo })
  try {
    const schema = (await db.sql("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE '_cf_%' ORDER BY name")) as { sql: unknown }[]
    return {
      schema: schema.map((r) => ({ ...r, sql: statement(r.sql) })),
      migrations: await db.sql('SELECT id, name FROM d1_migrations ORDER BY id'),
      partners: untimed(await db.sql('SELECT * FROM partners ORDER BY id')),
      staffKeys: untimed(await db.sql('SELECT * FROM staff_keys ORDER BY id')),
      contracts: untimed(await db.sql('SELECT * FROM partner_contracts ORDER BY partner_id')),
    }
  } finally {
    await db.close()
  }
}

const root = await mkdtemp(join(tmpdir(), 'iop-prepare-'))
afterAll(() => rm(root, { recursive: true, force: true }))

describe('prepareDatabase, in process', () => {
  it('makes what wrangler’s migrations apply and seed execute make; wrangler then has nothing to apply', { timeout: 60_000 }, async () => {
    const ours = join(root, 'ours')
    const theirs = join(root, 'wrangler')
    await prepareDatabase({ persistTo: ours, quiet: true })
    await wrangler('d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', theirs)
    await wrangler('d1', 'execute', 'DB', '--local', '--file', 'seed/local.sql', '--persist-to', theirs)

    const [a, b] = [await contents(ours), await contents(theirs)]
    expect(a.migrations.map((m) => m.name)).toEqual((await readdir('migrations')).filter((f) => f.endsWith('.sql')).sort())
    expect(a).toEqual(b)
    expect(a.partners.length).toBeGreaterThan(0)
    expect(await wrangler('d1', 'migrations', 'list', 'DB', '--local', '--persist-to', ours)).toContain('No migrations to apply')
  })

  it('applies only what is new and re-seeds without duplicates when run again (npm start on kept state)', async () => {
    const dir = join(root, 'again')
    await prepareDatabase({ persistTo: dir, quiet: true })
    const first = await contents(dir)
    await prepareDatabase({ persistTo: dir, quiet: true })
    expect(await contents(dir)).toEqual(first)
  })
})
