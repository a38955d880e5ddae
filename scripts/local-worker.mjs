// Runs the Worker locally on workerd through `wrangler dev`, with local D1 migrated and seeded.
// `npm start` uses it on port 8787 (PORT overrides); the tests and benchmarks use it on free
// ports with a throw-away state directory. No Cloudflare account or network is needed.
import { spawn } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { join } from 'node:path'
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

function run(args, { quiet }) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WRANGLER, ...args], { cwd: ROOT, env: ENV, stdio: 'pipe' })
    let output = ''
    child.stdout.on('data', (d) => (output += d))
    child.stderr.on('data', (d) => (output += d))
    child.on('error', reject)
    child.on('exit', (code) => {
      if (!quiet) process.stdout.write(output)
      code === 0 ? resolve(output) : reject(new Error(`wrangler ${args.join(' ')} failed:\n${output}`))
    })
  })
}

/** The id wrangler gives the local D1 of `binding` (top-level `[[d1_databases]]`, not `[env.*]`). */
async function localDatabaseId(config = 'wrangler.toml', binding = 'DB') {
  const text = await readFile(join(ROOT, config), 'utf8')
  const topLevel = text.split(/^\[env\./m)[0]
  for (const block of topLevel.split(/^\[\[d1_databases\]\]/m).slice(1)) {
    const field = (name) => block.match(new RegExp(`^${name}\\s*=\\s*"([^"]+)"`, 'm'))?.[1]
    if (field('binding') === binding) return field('preview_database_id') ?? field('database_id') ?? binding
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
  const id = await localDatabaseId(config)
  const mf = new Miniflare({
    modules: true,
    script: '',
    d1Persist: join(persistTo ?? join(ROOT, '.wrangler', 'state'), 'v3', 'd1'),
    d1Databases: { DB: id },
  })
  const db = await mf.getD1Database('DB')
  return {
    sql: async (statement) => (await db.prepare(statement).all()).results,
    close: () => mf.dispose(),
  }
}

/** Applies every D1 migration and the local seed to the local database in `persistTo`. */
export async function prepareDatabase({ persistTo, quiet = false, config } = {}) {
  const persist = [...(persistTo ? ['--persist-to', persistTo] : []), ...(config ? ['--config', config] : [])]
  await run(['d1', 'migrations', 'apply', 'DB', '--local', ...persist], { quiet })
  await run(['d1', 'execute', 'DB', '--local', '--file', 'seed/local.sql', ...persist], { quiet })
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
