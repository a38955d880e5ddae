// A local stand-in for Cloudflare Turnstile's Siteverify endpoint (there is no internet here).
// It speaks the real protocol (POST form or JSON: secret, response, remoteip, idempotency_key →
// {success, error-codes, challenge_ts, hostname, action, cdata, metadata}) and implements
// Cloudflare's documented test secrets:
//   1x0000000000000000000000000000000AA  always passes (hostname "example.com")
//   2x0000000000000000000000000000000AA  always fails (invalid-input-response)
//   3x0000000000000000000000000000000AA  token already spent (timeout-or-duplicate)
// https://developers.cloudflare.com/turnstile/troubleshooting/testing/
// For tests of production behaviour it also knows one made-up "production" secret, FAKE_SECRET,
// whose tokens look like `fake.<hostname>.<anything>`: each is valid once, for that hostname;
// a second use fails with timeout-or-duplicate unless it repeats the first call's idempotency_key.
// It also serves a tiny stand-in of Turnstile's client script (GET /turnstile/v0/api.js, the path of
// https://challenges.cloudflare.com/turnstile/v0/api.js): `turnstile.render(el, {sitekey, callback})`
// shows a "verified" line in `el` and calls back with DUMMY_TOKEN, the token Cloudflare's test
// site keys produce; `reset(id)` calls back with it again, as a real reset issues a fresh token.
// Usage: node scripts/fake-turnstile.mjs [port]   (or import { startFakeTurnstile })
import { createServer } from 'node:http'
import { pathToFileURL } from 'node:url'

export const SITEVERIFY_PATH = '/turnstile/v0/siteverify'
export const TEST_SECRETS = {
  pass: '1x0000000000000000000000000000000AA',
  fail: '2x0000000000000000000000000000000AA',
  spent: '3x0000000000000000000000000000000AA',
}
export const FAKE_SECRET = '0x4AAAAAAAfakeLocalProductionSecret'
export const DUMMY_TOKEN = 'XXXX.DUMMY.TOKEN.XXXX'
export const SCRIPT_PATH = '/turnstile/v0/api.js'

// The client API subset the checker uses: render, reset, getResponse, remove. DOM calls only
// (no innerHTML): the exact-check frame enforces Trusted Types.
const CLIENT_JS = `(() => {
  const widgets = new Map()
  let next = 0
  const issue = (w) => setTimeout(() => {
    if (!widgets.has(w.id)) return
    w.token = ${JSON.stringify(DUMMY_TOKEN)}
    w.box.textContent = 'Verified (local Turnstile stand-in)'
    if (typeof w.options.callback === 'function') w.options.callback(w.token)
  }, 50)
  window.turnstile = {
    render(target, options = {}) {
      const el = typeof target === 'string' ? document.querySelector(target) : target
      if (!el) throw new Error('turnstile: container not found')
      if (!options.sitekey) throw new Error('turnstile: sitekey is required')
      const id = 'fake-' + next++
      const box = document.createElement('p')
      box.className = 'fake-turnstile'
      box.textContent = 'Verifying…'
      el.append(box)
      const w = { id, box, options, token: undefined }
      widgets.set(id, w)
      issue(w)
      return id
    },
    reset(id) {
      const w = widgets.get(id)
      if (!w) return
      w.token = undefined
      w.box.textContent = 'Verifying…'
      issue(w)
    },
    getResponse(id) {
      return widgets.get(id)?.token
    },
    remove(id) {
      widgets.get(id)?.box.remove()
      widgets.delete(id)
    },
    ready(fn) {
      fn()
    },
  }
})()
`

const MAX_TOKEN = 2048

/** Siteverify's answer to one call; `spent` remembers tokens of FAKE_SECRET already redeemed. */
function siteverify({ secret, response, idempotency_key: idem }, spent) {
  const now = new Date().toISOString()
  const fail = (...codes) => ({ success: false, 'error-codes': codes, messages: [] })
  const pass = (hostname) => ({
    success: true,
    'error-codes': [],
    challenge_ts: now,
    hostname,
    action: '',
    cdata: '',
    metadata: { interactive: false },
    messages: [],
  })
  if (!secret) return fail('missing-input-secret')
  if (!response) return fail('missing-input-response')
  if (typeof response !== 'string' || response.length > MAX_TOKEN) return fail('invalid-input-response')
  if (secret === TEST_SECRETS.pass) return pass('example.com')
  if (secret === TEST_SECRETS.fail) return fail('invalid-input-response')
  if (secret === TEST_SECRETS.spent) return fail('timeout-or-duplicate')
  if (secret !== FAKE_SECRET) return fail('invalid-input-secret')
  const match = /^fake\.([a-z0-9.-]+)\.[\w-]+$/i.exec(response)
  if (!match) return fail('invalid-input-response')
  const previous = spent.get(response)
  if (previous !== undefined) return idem && previous.idem === idem ? previous.result : fail('timeout-or-duplicate')
  const result = pass(match[1].toLowerCase())
  spent.set(response, { idem, result })
  return result
}

async function readBody(req) {
  let raw = ''
  for await (const chunk of req) {
    raw += chunk
    if (raw.length > 64 * 1024) break
  }
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim()
  if (type === 'application/json') {
    try {
      return JSON.parse(raw)
    } catch {
      return {}
    }
  }
  return Object.fromEntries(new URLSearchParams(raw))
}

/**
 * Starts the fake on 127.0.0.1 (`port` 0 picks a free one).
 * @returns {Promise<{url: string, verifyUrl: string, scriptUrl: string, calls: () => number, stop: () => Promise<void>}>}
 */
export async function startFakeTurnstile({ port = 0 } = {}) {
  const spent = new Map()
  let calls = 0
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname
    if (req.method === 'GET' && path === SCRIPT_PATH) {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' }).end(CLIENT_JS)
      return
    }
    if (req.method !== 'POST' || path !== SITEVERIFY_PATH) {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"success":false,"error-codes":["bad-request"]}')
      return
    }
    calls++
    const result = siteverify(await readBody(req), spent)
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result))
  })
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${server.address().port}`
  return {
    url,
    verifyUrl: `${url}${SITEVERIFY_PATH}`,
    scriptUrl: `${url}${SCRIPT_PATH}`,
    calls: () => calls,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const fake = await startFakeTurnstile({ port: Number(process.argv[2] ?? 0) })
  console.log(`fake Turnstile Siteverify on ${fake.verifyUrl}, client script on ${fake.scriptUrl}`)
}
