// `iop-coverage admin` bootstraps a deployment end to end against the real local D1 and Worker:
// the SQL it prints is applied with `wrangler d1 execute --file` (as docs/deploy.md does with
// --remote), then the new site key works from the new origin and the new staff key signs in;
// `rotate` makes a new key work and the old one fail.
import { readFileSync } from 'node:fs'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { lane } from '../support/lane'
import { runCli } from '../support/cli'
import { api } from '../support/worker'
import { wrangler } from '../support/wrangler'

const HASH_KEY = /^HASH_KEY=(.+)$/m.exec(readFileSync('local.env', 'utf8'))![1]!
const ORIGIN = 'https://www.bootstrap-test.example'

const applySql = (file: string): Promise<string> =>
  wrangler('d1', 'execute', 'DB', '--local', '--persist-to', lane().workerStateDir, '--file', file)

async function admin(args: string[]): Promise<{ sql: string; siteKey?: string; staffKey?: string; staffKeyId?: string }> {
  const run = await runCli(['admin', ...args, '--json'], { HASH_KEY })
  expect(run.stderr).toBe('')
  expect(run.code).toBe(0)
  const out = JSON.parse(run.stdout)
  const file = join(await mkdtemp(join(tmpdir(), 'iop-admin-')), 'bootstrap.sql')
  await writeFile(file, out.sql)
  await applySql(file)
  return out
}

const me = (staffKey: string) => api('/v1/partners/me', { headers: { Authorization: `Bearer ${staffKey}` } })

describe('iop-coverage admin', () => {
  it('create-partner, then the site key works from its origin and the staff key signs in; rotate revokes', { timeout: 60_000 }, async () => {
    const created = await admin(['create-partner', '--id', 'bootstrap-test', '--name', "St. Mary's Recovery", '--origin', ORIGIN])
    expect(created.sql).not.toContain(created.staffKey!)
    expect(created.siteKey).toMatch(/^pk_[A-Za-z0-9_-]{32}$/)

    const partner = await me(created.staffKey!)
    expect(partner.status).toBe(200)
    expect(await partner.json()).toMatchObject({ id: 'bootstrap-test', name: "St. Mary's Recovery", siteKey: created.siteKey, allowedOrigins: [ORIGIN] })

    const config = await api('/v1/site-config', { headers: { 'X-Site-Key': created.siteKey!, Origin: ORIGIN } })
    expect(config.status).toBe(200)
    const elsewhere = await api('/v1/site-config', { headers: { 'X-Site-Key': created.siteKey!, Origin: 'https://evil.example' } })
    expect(elsewhere.status).toBe(403)

    const rotated = await admin(['rotate', '--partner', 'bootstrap-test', '--revoke', created.staffKeyId!, '--label', 'Rotated'])
    expect((await me(rotated.staffKey!)).status).toBe(200)
    // The revocation reached D1 out of band (not through this Worker): an isolate notices the moved
    // epoch on its next epoch read, at most EPOCH_TTL_MS (2 s, adapters/d1/staff.ts) later.
    await new Promise((r) => setTimeout(r, 2_100))
    expect((await me(created.staffKey!)).status).toBe(401)
  })

  it('refuses to run without HASH_KEY and names it', async () => {
    const run = await runCli(['admin', 'staff-key', '--partner', 'demo'])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/HASH_KEY/)
    expect(run.stdout).toBe('')
  })
})
