// A local stand-in for a clearinghouse's real-time eligibility endpoint, for `npm start` and the
// tests: it speaks the Worker's clearinghouse protocol (README "Clearinghouse protocol") and
// answers from the fixture 271s in sandbox/271/, chosen by the member ID of the 270 (table in the
// README). Like a real clearinghouse it echoes the 270's payer and subscriber into the 271 and
// replays the first answer for a repeated Idempotency-Key. Fake data only; never deploy it.
//
//   node scripts/sandbox-clearinghouse.mjs [port]      (default 8788, or SANDBOX_PORT)
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { fileURLToPath } from 'node:url'

export const SANDBOX_API_KEY = 'sandbox-local-key'
const FIXTURES = fileURLToPath(new URL('../sandbox/271/', import.meta.url))
const fixture = (name) => readFileSync(`${FIXTURES}${name}.x12`, 'utf8')

/** Member-ID prefixes (case-insensitive) → behaviour. The first match wins; anything else is "not found". */
export const SANDBOX_MEMBERS = [
  ['ACTIVE001', 'active with SUD and MH benefits, in and out of network', { x12: 'active' }],
  ['INACTIVE01', 'coverage inactive (EB01 6)', { x12: 'inactive' }],
  ['NOTFOUND01', 'AAA 75, subscriber not found', { x12: 'rejected', aaa: '75' }],
  ['BADID00001', 'AAA 72, invalid member ID', { x12: 'rejected', aaa: '72' }],
  ['BADNAME001', 'AAA 73, invalid name', { x12: 'rejected', aaa: '73' }],
  ['BADDOB0001', 'AAA 71, date of birth does not match', { x12: 'rejected', aaa: '71' }],
  ['CARVEOUT01', 'active, behavioral health carved out to Optum (EB01 U + 2120)', { x12: 'carveout' }],
  ['BUSY000001', 'AAA 42, payer unable to respond now', { x12: 'busy' }],
  ['SLOW000001', 'answers (active) only after 25 s, past the deadline', { x12: 'active', delayMs: 25_000 }],
  ['GARBLED001', 'HTTP 200 with a body that is not the protocol', { garbled: true }],
  ['ERROR50001', 'HTTP 500', { status: 500 }],
  ['RESET00001', 'destroys the connection every time', { reset: 'always' }],
  ['FLAKY00001', 'destroys the first connection per key, then answers (active)', { reset: 'once', x12: 'active' }],
]

const behaviourOf = (memberId) =>
  SANDBOX_MEMBERS.find(([prefix]) => memberId.toUpperCase().startsWith(prefix))?.[2] ?? { x12: 'rejected', aaa: '75' }

/** The 270's segments by id, split with the delimiters its own ISA declares. */
function read270(x12) {
  const element = x12[3]
  let p = 3
  for (let n = 1; n < 16; n++) p = x12.indexOf(element, p + 1)
  const terminator = x12[p + 2] === '\r' ? '\n' : x12[p + 2]
  const segments = x12.split(terminator).map((s) => s.trim()).filter(Boolean).map((s) => s.split(element))
  const find = (pred) => segments.find(pred)
  return {
    element,
    nm1Payer: find((s) => s[0] === 'NM1' && s[1] === 'PR'),
    nm1Subscriber: find((s) => s[0] === 'NM1' && s[1] === 'IL'),
    dmg: find((s) => s[0] === 'DMG'),
    trn: find((s) => s[0] === 'TRN'),
  }
}

/** The fixture with the 270's payer, subscriber, DMG and trace echoed in. */
function answer271(name, inquiry, aaa) {
  const swap = (seg, replacement) => (replacement ? replacement.join('*') : seg)
  let payerSeen = false
  return fixture(name)
    .replace('{{AAA03}}', aaa ?? '75')
    .split('~')
    .map((raw) => {
      const seg = raw.trim()
      if (seg.startsWith('NM1*PR*') && !payerSeen) {
        payerSeen = true // the first NM1*PR is loop 2100A; later ones are 2120 entities
        return swap(seg, inquiry.nm1Payer)
      }
      if (seg.startsWith('NM1*IL*')) return swap(seg, inquiry.nm1Subscriber)
      if (seg.startsWith('DMG*')) return swap(seg, inquiry.dmg)
      if (seg.startsWith('TRN*') && inquiry.trn) return ['TRN', '2', ...inquiry.trn.slice(2)].join('*')
      return seg
    })
    .filter(Boolean)
    .join('~\n') + '~\n'
}

/**
 * Starts the sandbox on 127.0.0.1.
 * @returns {Promise<{url: string, endpoint: string, stats: () => object, stop: () => Promise<void>}>}
 */
export async function startSandboxClearinghouse({ port = 0, apiKey = SANDBOX_API_KEY, quiet = true } = {}) {
  const stats = { requests: 0, payerCalls: 0, replays: 0, byMember: {} }
  const replay = new Map() // Idempotency-Key → {status, body}
  const resetOnce = new Set()
  const timers = new Set()
  const count = (member, field) => {
    const m = (stats.byMember[member] ??= { requests: 0, payerCalls: 0, replays: 0 })
    m[field]++
    stats[field]++
  }

  const server = createServer((req, res) => {
    const send = (status, body) => {
      if (res.destroyed) return
      res.writeHead(status, { 'Content-Type': 'application/json' })
      res.end(typeof body === 'string' ? body : JSON.stringify(body))
    }
    if (req.method === 'GET' && req.url === '/__stats') return send(200, stats)
    if (req.method !== 'POST' || req.url !== '/v1/eligibility') return send(404, { error: 'not found' })
    let raw = ''
    req.setEncoding('utf8')
    req.on('data', (d) => (raw += d))
    req.on('end', () => {
      if (req.headers.authorization !== `Key ${apiKey}`) return send(401, { error: 'missing or wrong API key' })
      let x12
      try {
        x12 = JSON.parse(raw).x12
      } catch {}
      if (typeof x12 !== 'string' || !x12.startsWith('ISA')) return send(400, { error: 'body must be {"x12": "<270>"}' })
      const inquiry = read270(x12)
      const member = (inquiry.nm1Subscriber?.[9] ?? '').toUpperCase()
      const key = req.headers['idempotency-key'] ?? ''
      const behaviour = behaviourOf(member)
      const label = SANDBOX_MEMBERS.find(([p]) => member.startsWith(p))?.[0] ?? 'OTHER'
      count(label, 'requests')
      if (behaviour.reset === 'always' || (behaviour.reset === 'once' && !resetOnce.has(key))) {
        resetOnce.add(key)
        return req.socket.destroy()
      }
      const stored = key && replay.get(key)
      if (stored) {
        count(label, 'replays')
        return send(stored.status, stored.body)
      }
      count(label, 'payerCalls')
      const respond = (status, body) => {
        if (key) replay.set(key, { status, body })
        send(status, body)
      }
      if (behaviour.status) return respond(behaviour.status, { error: 'clearinghouse failure (sandbox)' })
      if (behaviour.garbled) return send(200, '<html>\u0000\u00ff garbled ~*^ not json')
      const body = { x12: answer271(behaviour.x12, inquiry, behaviour.aaa) }
      if (!behaviour.delayMs) return respond(200, body)
      const timer = setTimeout(() => {
        timers.delete(timer)
        respond(200, body)
      }, behaviour.delayMs)
      timers.add(timer)
    })
  })
  await new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', resolve)
  })
  const url = `http://127.0.0.1:${server.address().port}`
  if (!quiet) console.log(`Sandbox clearinghouse on ${url}/v1/eligibility`)
  return {
    url,
    endpoint: `${url}/v1/eligibility`,
    stats: () => structuredClone(stats),
    stop: () =>
      new Promise((resolve) => {
        for (const t of timers) clearTimeout(t)
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const port = Number(process.argv[2] ?? process.env.SANDBOX_PORT ?? 8788)
  const sandbox = await startSandboxClearinghouse({ port, quiet: false })
  const stop = () => sandbox.stop().then(() => process.exit(0))
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}
