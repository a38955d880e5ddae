// `npm start`: build the widget, migrate and seed local D1, then serve everything on
// http://127.0.0.1:8787 (PORT overrides). A local fake of Turnstile's Siteverify stands in for
// Cloudflare's (no internet needed); the Worker verifies tokens against it.
import { startFakeTurnstile } from './fake-turnstile.mjs'
import { prepareDatabase, startWorker } from './local-worker.mjs'

await import('./build-widget.mjs')
await prepareDatabase()
const turnstile = await startFakeTurnstile()
const worker = await startWorker({
  port: Number(process.env.PORT ?? 8787),
  vars: { TURNSTILE_VERIFY_URL: turnstile.verifyUrl },
})
console.log(`\nIOP Coverage Checker: demo page ${worker.url}/  ·  API ${worker.url}/health\n`)
const stop = async () => {
  await worker.stop()
  await turnstile.stop()
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
