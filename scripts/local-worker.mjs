// Runs the Worker locally on workerd, with local D1 migrated and seeded. `npm start` runs it
// through `wrangler dev` (live reload) on port 8787 (PORT overrides), as the benchmarks do on free
// ports; the tests run its deploy bundle through Miniflare (`bundleWorker`, `startBundledWorker`)
// on free ports with throw-away state directories. No Cloudflare account or network is needed.
import { spawn } from 'node:child_process'
import { createWriteStream } from 'node:fs'
import { readFile, readdir } from 'node:fs/promises'
import { createServer } from 'node:net'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const WRANGLER = fileURLToPath(new URL('../node_modules/wrangler/bin/wrangler.js', import.meta.url))
const ENV = { ...process.env, WRANGLER_SEND_METRICS: 'false', NO_COLOR: '1', FORCE_COLOR: '0' }
/** The local secrets (public, local only), as `wrangler dev --env-file` reads them. */
const ENV_FILE = fileURLToPath(new URL('../local.env', import.meta.url))

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
 * Runs the project's wrangler CLI (`wrangler …args`) offline from the project root; resolves with
 * its exit code and everything it printed (stdout and stderr).
 * @returns {Promise<{ code: number | null, output: string }>}
 */
export function runWrangler(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WRANGLER, ...args], { cwd: ROOT, env: ENV, stdio: 'pipe' })
    let output = ''
    child.stdout.on('data', (d) => (output += d))
    child.stderr.on('data', (d) => (output += d))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, output }))
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
    cf: false, // no attempt to fetch Cloudflare's request.cf
  })
  const db = await mf.getD1Database('DB')
  return {
    // The Worker's workerd has the same SQLite file open: while it writes, a statement here
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
 * (test/tools/prepare-database.test.ts runs wrangler on the result). Each file is one statement
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
    '--env-file', ENV_FILE,
    '--show-interactive-dev-session=false',
    // Exposes /__scheduled, which runs the Cron Trigger (webhook retries, PHI purge) on demand
    // (workerd's own /cdn-cgi/handler/scheduled answers 500 for a Worker with static assets).
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

/**
 * Bundles the Worker of `config` into `outdir` as `wrangler deploy` would upload it (`--dry-run`),
 * and gives it with the Miniflare options wrangler's own translation of `config` makes
 * (`unstable_getMiniflareWorkerOptions`, what `@cloudflare/vitest-pool-workers` uses), with
 * local.env as `--env-file`: plain data, so `startBundledWorker` in any process needs neither
 * wrangler nor esbuild again.
 * @returns {Promise<WorkerBundle>}
 */
export async function bundleWorker({ outdir, config = 'wrangler.toml' }) {
  const { code, output } = await runWrangler(['deploy', '--dry-run', '--outdir', outdir, '--config', config])
  if (code !== 0) throw new Error(`wrangler deploy --dry-run exited with ${code}:\n${output}`)
  const { unstable_getMiniflareWorkerOptions } = await import('wrangler')
  const { workerOptions } = unstable_getMiniflareWorkerOptions(join(ROOT, config), undefined, { envFiles: [ENV_FILE] })
  // The entry module is named after the configuration's `main` (worker/index.ts → index.js).
  const entry = (await readdir(outdir)).find((f) => f.endsWith('.js'))
  if (!entry) throw new Error(`wrangler deploy --dry-run wrote no module to ${outdir}:\n${output}`)
  return { main: join(outdir, entry), options: JSON.parse(JSON.stringify(workerOptions)) }
}

/**
 * What stands in front of a bundled Worker, as wrangler dev's proxy Worker does: it reads each
 * request's body whole before the Worker sees it. workerd's local HTTP server closes a keep-alive
 * connection (without `Connection: close`) after a response to a request whose body the Worker
 * never read, such as a 401 to a POST, so the client's next request on it fails with ECONNRESET;
 * on Cloudflare, the edge holds the client's connection. Same workerd process, one more isolate.
 */
const FRONT = `export default {
  async fetch(request, env) {
    const body = request.body ? await request.arrayBuffer() : undefined
    return env.APP.fetch(new Request(request, { body, redirect: 'manual' }))
  },
}`

/**
 * Runs a Worker `bundleWorker` made on workerd through Miniflare, with its local state (D1, KV,
 * queues, as `wrangler dev --persist-to` files them) in `persistTo` and `vars` over the
 * configuration's. One workerd process: `wrangler dev` adds a Node process and a proxy workerd
 * in front, and bundles again on every start. The tests' Workers run this way; `npm start`
 * keeps `wrangler dev` (live reload).
 * @returns {Promise<BundledWorker>}
 */
export async function startBundledWorker({ bundle, port = 0, persistTo, vars = {}, logFile }) {
  const { Miniflare } = await import('miniflare')
  let output = ''
  const log = logFile ? createWriteStream(logFile, { flags: 'a' }) : undefined
  const print = (d) => {
    output += d
    log?.write(d)
  }
  // The log is never empty, so "the logs hold no PHI" can never pass on a file nothing wrote to.
  print(`workerd (Miniflare) serving ${bundle.main}\n`)
  const app = 'app'
  const mf = new Miniflare({
    host: '127.0.0.1',
    port,
    // wrangler dev's layout under --persist-to: <dir>/v3/d1, <dir>/v3/kv, …
    defaultPersistRoot: persistTo ? join(persistTo, 'v3') : undefined,
    // No network: the placeholder `request.cf`, without trying to fetch Cloudflare's.
    cf: false,
    handleRuntimeStdio(stdout, stderr) {
      stdout.on('data', print)
      stderr.on('data', print)
    },
    workers: [
      { name: 'front', modules: true, script: FRONT, compatibilityDate: bundle.options.compatibilityDate, serviceBindings: { APP: app } },
      {
        ...bundle.options,
        name: app,
        modulesRoot: dirname(bundle.main),
        modules: [{ type: 'ESModule', path: bundle.main }],
        bindings: { ...bundle.options.bindings, ...vars },
      },
    ],
  })
  const url = await mf.ready.catch((e) => {
    throw new Error(`workerd did not start: ${e.message}\n${output}`)
  })
  return {
    url: url.origin,
    output: () => output,
    scheduled: async (cron) => (await (await mf.getWorker(app)).scheduled({ cron })).outcome,
    stop: async () => {
      await mf.dispose()
      await new Promise((resolve) => (log ? log.end(resolve) : resolve()))
    },
  }
}
