// Runs the Worker locally on workerd through `wrangler dev`, with local D1 migrated and seeded.
// `npm start` uses it on port 8787 (PORT overrides); the tests and benchmarks use it on free
// ports with a throw-away state directory. No Cloudflare account or network is needed.
import { spawn } from 'node:child_process'
import { readFile, readdir } from 'node:fs/promises'
import { createServer } from 'node:net'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const WRANGLER = fileURLToPath(new URL('../node_modules/wrangler/bin/wrangler.js', import.meta.url))
const ENV = { ...process.env, WRANGLER_SEND_METRICS: 'false', NO_COLOR: '1', FORCE_COLOR: '0' }

/** A TCP port nothing listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

/**
 * The local D1 of `binding` as wrangler sees it (top-level `[[d1_databases]]`, not `[env.*]`): the
 * id its local state is filed under, and its migrations directory and table.
 */
async function localDatabase(config = 'wrangler.toml', binding = 'DB') {
  const text = await readFile(join(ROOT, config), 'utf8')
  const topLevel = text.split(/^\[env\./m)[0]
  for (const block of topLevel.split(/^\[\[d1_databases\]\]/m).slice(1)) {
    const field = (name) => block.match(new RegExp(`^${name}\\s*=\\s*"([^"]+)"`, 'm'))?.[1]
    if (field('binding') !== binding) continue
    return {
      id: field('preview_database_id') ?? field('database_id') ?? binding,
      migrationsDir: join(ROOT, dirname(config), field('migrations_dir') ?? 'migrations'),
      migrationsTable: field('migrations_table') ?? 'd1_migrations',
    }
  }
  throw new Error(`${config} has no [[d1_databases]] with binding ${binding}`)
}

/**
 * Opens the local D1 in `persistTo` in this process through Miniflare (as `wrangler d1 execute
 * --local` does, without a wrangler process per statement). Tests use it to read raw rows and to
 * move a row's clock; never part of the app. `sql` returns the rows of one statement.
 */
export async function openLocalDatabase({ persistTo, config } = {}) {
  const { Miniflare } = await import('miniflare')
  const { id } = await localDatabase(config)
  const mf = new Miniflare({
    modules: true,
    script: '',
    d1Persist: join(persistTo ?? join(ROOT, '.wrangler', 'state'), 'v3', 'd1'),
    d1Databases: { DB: id },
  })
  const db = await mf.getD1Database('DB')
  return {
    // `wrangler dev`'s workerd has the same SQLite file open: while it writes, a statement here
    // finds the database locked (SQLITE_BUSY, no busy timeout across processes), so wait and
    // retry, as SQLite's own busy handler would (up to ~5 s).
    sql: async (statement) => {
      for (let attempt = 0; ; attempt++) {
        try {
          return (await db.prepare(statement).all()).results
        } catch (e) {
          if (attempt >= 100 || !String(e?.message).includes('SQLITE_BUSY')) throw e
          await new Promise((r) => setTimeout(r, 50))
        }
      }
    },
    close: () => mf.dispose(),
  }
}

/**
 * Applies the D1 migrations not yet applied, then the local seed (idempotent), to the local
 * database in `persistTo`, in this process: what `wrangler d1 migrations apply --local` and
 * `wrangler d1 execute --local --file seed/local.sql` do, without starting wrangler twice. The
 * bookkeeping is wrangler's own (its migrations table, same columns, one row per file, files in
 * name order), so `wrangler d1 migrations list/apply --local` agree with it afterwards
 * (test/unit/prepare-database.test.ts runs wrangler on the result). Each file is one statement
 * list: Miniflare's D1 runs a multi-statement query whole, as SQLite's exec does.
 */
export async function prepareDatabase({ persistTo, quiet = false, config } = {}) {
  const { migrationsDir, migrationsTable } = await localDatabase(config)
  const db = await openLocalDatabase({ persistTo, config })
  try {
    await db.sql(`CREATE TABLE IF NOT EXISTS ${migrationsTable}(
      id         INTEGER PRIMARY KEY AUTOINCREMENT,
      name       TEXT UNIQUE,
      applied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL
    )`)
    const applied = new Set((await db.sql(`SELECT name FROM ${migrationsTable}`)).map((r) => r.name))
    const files = (await readdir(migrationsDir)).filter((f) => f.endsWith('.sql')).sort()
    for (const name of files.filter((f) => !applied.has(f))) {
      const body = await readFile(join(migrationsDir, name), 'utf8')
      await db.sql(`${body}\nINSERT INTO ${migrationsTable} (name) VALUES ('${name.replace(/'/g, "''")}');`)
      if (!quiet) console.log(`migration ${name} applied`)
    }
    await db.sql(await readFile(join(ROOT, 'seed/local.sql'), 'utf8'))
    if (!quiet) console.log('seed/local.sql applied')
  } finally {
    await db.close()
  }
}

/**
 * Starts `wrangler dev` and resolves once it serves requests.
 * `inspectorPort` is wrangler's devtools endpoint for the Worker's isolate (bench/inspector.ts
 * takes CPU profiles and heap snapshots through it).
 * @returns {Promise<{url: string, pid: number, inspectorPort: number, output: () => string, stop: () => Promise<void>}>}
 */
export async function startWorker({ port, persistTo, quiet = false, vars = {}, config } = {}) {
  const inspectorPort = await freePort()
  const args = [
    WRANGLER, 'dev',
    '--ip', '127.0.0.1',
    '--port', String(port ?? (await freePort())),
    '--inspector-port', String(inspectorPort),
    '--env-file', fileURLToPath(new URL('../local.env', import.meta.url)),
    '--show-interactive-dev-session=false',
    // Exposes /__scheduled, which runs the Cron Trigger (webhook retries, PHI purge) on demand.
    '--test-scheduled',
    ...(persistTo ? ['--persist-to', persistTo] : []),
    ...(config ? ['--config', config] : []),
    ...Object.entries(vars).flatMap(([k, v]) => ['--var', `${k}:${v}`]),
  ]
  const child = spawn(process.execPath, args, { cwd: ROOT, env: ENV, stdio: 'pipe' })
  let output = ''
  const onData = (d) => {
    output += d
    if (!quiet) process.stdout.write(d)
  }
  child.stdout.on('data', onData)
  child.stderr.on('data', onData)

  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`wrangler dev did not start:\n${output}`)), 60_000)
    const check = () => {
      const ready = output.match(/Ready on (http:\/\/[\d.:]+)/)
      if (ready) {
        clearTimeout(timer)
        resolve(ready[1])
      }
    }
    child.stdout.on('data', check)
    child.stderr.on('data', check)
    child.on('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`wrangler dev exited with ${code}:\n${output}`))
    })
  })

  return {
    url,
    pid: child.pid,
    inspectorPort,
    output: () => output,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
        setTimeout(() => child.kill('SIGKILL'), 5_000).unref()
      }),
  }
}
