// Runs the Worker locally on workerd through `wrangler dev`, with local D1 migrated and seeded.
// `npm start` uses it on port 8787 (PORT overrides); the tests and benchmarks use it on free
// ports with a throw-away state directory. No Cloudflare account or network is needed.
import { spawn } from 'node:child_process'
import { createServer } from 'node:net'
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

/**
 * Runs SQL against the local database in `persistTo` and returns the rows of the last statement
 * (tests use it to read raw rows and to move a row's clock; never part of the app).
 */
export async function executeSql(sql, { persistTo } = {}) {
  const persist = persistTo ? ['--persist-to', persistTo] : []
  const out = await run(['d1', 'execute', 'DB', '--local', '--json', '--command', sql, ...persist], { quiet: true })
  const results = JSON.parse(out.slice(out.indexOf('[')))
  return results.at(-1)?.results ?? []
}

/** Applies every D1 migration and the local seed to the local database in `persistTo`. */
export async function prepareDatabase({ persistTo, quiet = false, config } = {}) {
  const persist = [...(persistTo ? ['--persist-to', persistTo] : []), ...(config ? ['--config', config] : [])]
  await run(['d1', 'migrations', 'apply', 'DB', '--local', ...persist], { quiet })
  await run(['d1', 'execute', 'DB', '--local', '--file', 'seed/local.sql', ...persist], { quiet })
}

/**
 * Starts `wrangler dev` and resolves once it serves requests.
 * @returns {Promise<{url: string, pid: number, output: () => string, stop: () => Promise<void>}>}
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
