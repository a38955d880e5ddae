// `npm start`: build the widget, migrate and seed local D1, then serve everything on
// http://127.0.0.1:8787 (PORT overrides). A local fake of Turnstile's Siteverify stands in for
// Cloudflare's (no internet needed); the Worker verifies tokens against it. The sandbox
// clearinghouse and the fake listen on free ports (SANDBOX_PORT pins the sandbox), so `PORT`
// alone starts a second instance beside the first (test/worker/two-instances.test.ts).
import { startFakeTurnstile } from './fake-turnstile.mjs'
import { prepareDatabase, startWorker } from './local-worker.mjs'
import { startSandboxClearinghouse } from './sandbox-clearinghouse.mjs'

await import('./build-widget.mjs')
await prepareDatabase()
// Real-time eligibility checks go to the local sandbox clearinghouse (README "Eligibility"), and
// Turnstile Siteverify to a local fake that speaks its protocol (there is no internet locally).
const sandbox = await startSandboxClearinghouse({ port: Number(process.env.SANDBOX_PORT ?? 0) })
const turnstile = await startFakeTurnstile()
const worker = await startWorker({
  port: Number(process.env.PORT ?? 8787),
  vars: { CLEARINGHOUSE_URL: sandbox.endpoint, TURNSTILE_VERIFY_URL: turnstile.verifyUrl, TURNSTILE_SCRIPT_URL: turnstile.scriptUrl },
})
console.log(`\nIOP Coverage Checker: demo page ${worker.url}/  ·  API ${worker.url}/health  ·  sandbox clearinghouse ${sandbox.url}\n`)
const stop = async () => {
  await worker.stop()
  await sandbox.stop()
  await turnstile.stop()
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
