/**
 * `iop-coverage admin`: the SQL that bootstraps a deployment (first partner, its origins, site key
 * and staff key; later rotations), to run with `wrangler d1 execute iop-coverage --remote --file`.
 * Once a staff key exists, the API does the rest (`PATCH /v1/partners/me`, staff keys).
 */
import { writeFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { UsageError } from '../options'
import { insertPartner, insertStaffKey, newSiteKey, origin, partnerId, revokeStaffKey, setOrigins, setSiteKey } from './admin-sql'

export const ADMIN_HELP = `Usage: iop-coverage admin SUBCOMMAND [options]

Prints SQL for the deployment's D1 database; new keys go to stderr, shown once. Staff keys are
stored as the Worker stores them, HMAC-SHA256 with the HASH_KEY secret: set HASH_KEY in the
environment to the same value you gave \`wrangler secret put HASH_KEY\`.

Subcommands:
  create-partner --id ID --name NAME --origin URL [--origin URL …] [--admissions-phone +1…] [--label L]
                 a partner, its site key (pk_…) and its first staff key (sk_…)
  origins        --partner ID --origin URL [--origin URL …]   replace the allowed origins
  site-key       --partner ID                                 a new site key (the old one stops working)
  staff-key      --partner ID [--label L]                     one more staff key
  rotate         --partner ID --revoke KEY_ID [--label L]     a new staff key, and revoke KEY_ID

Options:
  --out FILE     write the SQL to FILE instead of stdout
  --json         print {"sql", "siteKey", "staffKey", "staffKeyId"} on stdout instead

Example:
  HASH_KEY=… iop-coverage admin create-partner --id sunrise --name "Sunrise Recovery" \\
    --origin https://www.sunrise.example --out bootstrap.sql
  npx wrangler d1 execute iop-coverage --env production --remote --file bootstrap.sql`

const FLAGS = {
  id: { type: 'string' },
  partner: { type: 'string' },
  name: { type: 'string' },
  origin: { type: 'string', multiple: true },
  'admissions-phone': { type: 'string' },
  label: { type: 'string' },
  revoke: { type: 'string' },
  out: { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const

type Output = { sql: string[]; siteKey?: string; staffKey?: string; staffKeyId?: string }

function hashKey(): string {
  const value = process.env.HASH_KEY
  if (!value) throw new UsageError('Set HASH_KEY to the Worker secret of that name (staff keys are stored as its HMAC).')
  return value
}

function origins(values: readonly string[] | undefined): string[] {
  if (!values?.length) throw new UsageError('Give at least one --origin (the page that embeds the checker).')
  return [...new Set(values.map(origin))]
}

function plan(sub: string, v: ReturnType<typeof read>['values']): Output {
  const label = v.label ?? 'Bootstrap key'
  switch (sub) {
    case 'create-partner': {
      const id = partnerId(v.id)
      if (!v.name?.trim()) throw new UsageError('Give the partner its --name (shown on the widget).')
      const siteKey = newSiteKey()
      const partnerSql = insertPartner({ id, name: v.name.trim(), siteKey, origins: origins(v.origin), ...(v['admissions-phone'] ? { admissionsPhone: v['admissions-phone'] } : {}) })
      const key = insertStaffKey(hashKey(), id, label)
      return { sql: [partnerSql, key.sql], siteKey, staffKey: key.secret, staffKeyId: key.id }
    }
    case 'origins':
      return { sql: [setOrigins(partnerId(v.partner), origins(v.origin))] }
    case 'site-key': {
      const siteKey = newSiteKey()
      return { sql: [setSiteKey(partnerId(v.partner), siteKey)], siteKey }
    }
    case 'staff-key': {
      const key = insertStaffKey(hashKey(), partnerId(v.partner), label)
      return { sql: [key.sql], staffKey: key.secret, staffKeyId: key.id }
    }
    case 'rotate': {
      if (!v.revoke) throw new UsageError('Give the id of the key to revoke: --revoke key_…')
      const partner = partnerId(v.partner)
      const key = insertStaffKey(hashKey(), partner, label)
      return { sql: [key.sql, revokeStaffKey(partner, v.revoke)], staffKey: key.secret, staffKeyId: key.id }
    }
    default:
      throw new UsageError(`Unknown admin subcommand "${sub}". Subcommands: create-partner, origins, site-key, staff-key, rotate.`)
  }
}

function read(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: FLAGS, allowPositionals: true, strict: true })
  } catch (err) {
    throw new UsageError((err as Error).message)
  }
}

export async function admin(argv: string[]): Promise<number> {
  const { values, positionals } = read(argv)
  const [sub] = positionals
  if (values.help || !sub) {
    process.stdout.write(ADMIN_HELP + '\n')
    return sub || values.help ? 0 : 2
  }
  let out: Output
  try {
    out = plan(sub, values)
  } catch (err) {
    if (err instanceof UsageError) throw err
    throw new UsageError((err as Error).message)
  }
  const sql = out.sql.join('\n') + '\n'
  if (values.json) {
    process.stdout.write(JSON.stringify({ ...out, sql }, null, 2) + '\n')
    return 0
  }
  if (values.out) await writeFile(values.out, sql, { mode: 0o600 })
  else process.stdout.write(sql)
  // Secrets go to the terminal, never into the SQL (which holds only the HMAC) or a log.
  if (out.siteKey) process.stderr.write(`Site key (public, for the embed snippet): ${out.siteKey}\n`)
  if (out.staffKey) process.stderr.write(`Staff key ${out.staffKeyId} (secret, shown once): ${out.staffKey}\n`)
  return 0
}
