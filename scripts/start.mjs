// `npm start`: build the widget, migrate and seed local D1, then serve everything on
// http://127.0.0.1:8787 (PORT overrides).
import { prepareDatabase, startWorker } from './local-worker.mjs'
import { startSandboxClearinghouse } from './sandbox-clearinghouse.mjs'

await import('./build-widget.mjs')
await prepareDatabase()
// Real-time eligibility checks go to the local sandbox clearinghouse (README "Eligibility").
const sandbox = await startSandboxClearinghouse({ port: Number(process.env.SANDBOX_PORT ?? 8788) })
const worker = await startWorker({
  port: Number(process.env.PORT ?? 8787),
  vars: { CLEARINGHOUSE_URL: sandbox.endpoint },
})
console.log(`\nIOP Coverage Checker: demo page ${worker.url}/  ·  API ${worker.url}/health\n`)
const stop = async () => {
  await worker.stop()
  await sandbox.stop()
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
