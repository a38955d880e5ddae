// A local stand-in for the clearinghouses' real-time eligibility endpoints, for `npm start` and
// the tests. One server speaks all four contracts the Worker's adapters implement
// (docs/clearinghouses.md), each checked the way the vendor documents it, so a wrong path,
// header, token, body or envelope is rejected and a test can fail:
//   sandbox  POST /v1/eligibility                                           Authorization: Key <key>
//   stedi    POST /2024-04-01/change/medicalnetwork/eligibility/v3/raw-x12   Authorization: <key>; 429 past 5 in flight
//   optum    POST /apip/auth/v2/token (client credentials) then
//            POST /medicalnetwork/eligibility/v3/raw-x12                     Authorization: Bearer <token>
//   core     POST /caqh-core   CAQH CORE vC2.2.0 SOAP 1.2, WS-Security UsernameToken
// It answers from the fixture 271s in sandbox/271/, chosen by the member ID of the 270
// (SANDBOX_MEMBERS), echoes the 270's payer and subscriber into the 271, and replays the first
// answer for a repeated Idempotency-Key (CORE: PayloadID; Optum: the 270's TRN trace).
// Fake data only; never deploy it.
//
//   node scripts/sandbox-clearinghouse.mjs [port]      (default 8788, or SANDBOX_PORT; 0 = any free port)
import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { fileURLToPath } from 'node:url'

export const SANDBOX_API_KEY = 'sandbox-local-key'
/** Credentials the Optum and CORE modes accept (local only). */
export const SANDBOX_OPTUM = { clientId: 'sandbox-client', clientSecret: 'sandbox-secret' }
export const SANDBOX_CORE = { username: 'sandbox-user', password: 'sandbox-pass', receiverId: 'SANDBOXCH' }
export const PATHS = {
  sandbox: '/v1/eligibility',
  stedi: '/2024-04-01/change/medicalnetwork/eligibility/v3/raw-x12',
  optumToken: '/apip/auth/v2/token',
  optum: '/medicalnetwork/eligibility/v3/raw-x12',
  core: '/caqh-core',
}
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
  ['SLOW000001', 'answers (active) only after 25 s (slowMs), past the deadline', { x12: 'active', delayMs: true }],
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
    isa: x12.slice(0, 3) === 'ISA',
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

const SOAP12 = 'http://www.w3.org/2003/05/soap-envelope'
const CORE_NS = 'http://www.caqh.org/SOAP/WSDL/CORERule2.2.0.xsd'
const WSSE = 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd'
const PASSWORD_TEXT = 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText'
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** The text of the first element named `local` (any prefix), CDATA unwrapped. */
function xmlText(xml, local) {
  const m = new RegExp(`<(?:[\\w.-]+:)?${local}(?:\\s[^>]*)?>([\\s\\S]*?)</(?:[\\w.-]+:)?${local}\\s*>`).exec(xml)
  if (!m) return null
  return m[1].replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')
}

const soapFault = (code, subcode, reason) =>
  `<env:Envelope xmlns:env="${SOAP12}"><env:Body><env:Fault><env:Code><env:Value>env:${code}</env:Value>` +
  (subcode ? `<env:Subcode><env:Value xmlns:wsse="${WSSE}">${subcode}</env:Value></env:Subcode>` : '') +
  `</env:Code><env:Reason><env:Text xml:lang="en">${reason}</env:Text></env:Reason></env:Fault></env:Body></env:Envelope>`

function coreResponse(request, fields) {
  const el = (name, value) => `<${name}>${value}</${name}>`
  return (
    `<env:Envelope xmlns:env="${SOAP12}"><env:Body><ns1:COREEnvelopeRealTimeResponse xmlns:ns1="${CORE_NS}">` +
    el('PayloadType', fields.payloadType ?? 'X12_271_Response_005010X279A1') +
    el('ProcessingMode', 'RealTime') +
    el('PayloadID', request.payloadId ?? '') +
    el('TimeStamp', new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')) +
    el('SenderID', request.receiverId ?? '') +
    el('ReceiverID', request.senderId ?? '') +
    el('CORERuleVersion', '2.2.0') +
    (fields.payload ? `<Payload><![CDATA[${fields.payload}]]></Payload>` : '') +
    el('ErrorCode', fields.errorCode ?? 'Success') +
    el('ErrorMessage', fields.errorMessage ?? 'None') +
    `</ns1:COREEnvelopeRealTimeResponse></env:Body></env:Envelope>`
  )
}

/**
 * Checks a CORE real-time request as the rule specifies it. Returns the request's fields, or the
 * answer to send instead: a SOAP Fault for a wrong envelope or credentials, a response envelope
 * with an ErrorCode for wrong metadata.
 */
function readCoreRequest(raw, contentType, core) {
  if (!/^application\/soap\+xml\b/i.test(contentType ?? '')) return { reject: [415, soapFault('Sender', null, 'Content-Type must be application/soap+xml (SOAP 1.2)')] }
  if (!raw.includes(SOAP12) || !/<(?:[\w.-]+:)?Envelope[\s>]/.test(raw)) return { reject: [400, soapFault('Sender', null, 'not a SOAP 1.2 envelope')] }
  if (!raw.includes(WSSE) || xmlText(raw, 'Username') !== core.username || xmlText(raw, 'Password') !== core.password) {
    return { reject: [400, soapFault('Sender', 'wsse:FailedAuthentication', 'The security token could not be authenticated or authorized')] }
  }
  const typeAttr = /<(?:[\w.-]+:)?Password\s[^>]*Type="([^"]*)"/.exec(raw)?.[1]
  if (typeAttr && typeAttr !== PASSWORD_TEXT) return { reject: [400, soapFault('Sender', 'wsse:UnsupportedSecurityToken', 'only PasswordText is accepted')] }
  if (!raw.includes(CORE_NS) || !/<(?:[\w.-]+:)?COREEnvelopeRealTimeRequest[\s>]/.test(raw)) {
    return { reject: [400, soapFault('Sender', null, 'the body must be a COREEnvelopeRealTimeRequest (CORERule2.2.0.xsd)')] }
  }
  const request = {
    payloadType: xmlText(raw, 'PayloadType'),
    processingMode: xmlText(raw, 'ProcessingMode'),
    payloadId: xmlText(raw, 'PayloadID'),
    timeStamp: xmlText(raw, 'TimeStamp'),
    senderId: xmlText(raw, 'SenderID'),
    receiverId: xmlText(raw, 'ReceiverID'),
    version: xmlText(raw, 'CORERuleVersion'),
    payload: (xmlText(raw, 'Payload') ?? '').trim(),
  }
  const fail = (errorCode, errorMessage) => ({ reject: [200, coreResponse(request, { payloadType: 'CoreEnvelopeError', errorCode, errorMessage })] })
  for (const [field, name] of [['payloadType', 'PayloadType'], ['processingMode', 'ProcessingMode'], ['payloadId', 'PayloadID'], ['timeStamp', 'TimeStamp'], ['senderId', 'SenderID'], ['receiverId', 'ReceiverID'], ['version', 'CORERuleVersion'], ['payload', 'Payload']]) {
    if (!request[field]) return fail(`${name}Required`, `${name} is required`)
  }
  if (request.version !== '2.2.0') return fail('VersionMismatch', 'CORERuleVersion must be 2.2.0')
  if (request.payloadType !== 'X12_270_Request_005010X279A1') return fail('PayloadTypeIllegal', 'PayloadType must be X12_270_Request_005010X279A1')
  if (request.processingMode !== 'RealTime') return fail('ProcessingModeIllegal', 'ProcessingMode must be RealTime')
  if (!UUID.test(request.payloadId)) return fail('PayloadIDIllegal', 'PayloadID must be a UUID')
  if (Number.isNaN(Date.parse(request.timeStamp))) return fail('TimeStampIllegal', 'TimeStamp must be an xsd:dateTime')
  if (request.receiverId !== core.receiverId) return fail('ReceiverIDIllegal', `ReceiverID must be ${core.receiverId}`)
  if (!request.payload.startsWith('ISA')) return fail('PayloadIllegal', 'Payload must be an X12 270')
  return { request }
}

/**
 * Starts the sandbox on 127.0.0.1 (port 0: any free port).
 * @returns {Promise<{url: string, endpoint: string, endpoints: Record<string, string>, stats: () => object, expireTokens: () => void, stop: () => Promise<void>}>}
 */
export async function startSandboxClearinghouse({
  port = 0,
  apiKey = SANDBOX_API_KEY,
  optum = SANDBOX_OPTUM,
  core = SANDBOX_CORE,
  tokenTtlSeconds = 3600,
  concurrencyLimit = 5,
  slowMs = 25_000,
  quiet = true,
} = {}) {
  const stats = { requests: 0, payerCalls: 0, replays: 0, tokens: 0, rejected: 0, byMember: {}, byMode: {} }
  const replay = new Map() // mode|key → {status, body, type}
  const resetOnce = new Set()
  const timers = new Set()
  const tokens = new Map() // token → expiry (ms)
  let stediInFlight = 0
  const count = (member, field) => {
    const m = (stats.byMember[member] ??= { requests: 0, payerCalls: 0, replays: 0 })
    m[field]++
    stats[field]++
  }

  const server = createServer((req, res) => {
    const send = (status, body, type = 'application/json') => {
      if (res.destroyed || res.headersSent) return
      res.writeHead(status, { 'Content-Type': type })
      res.end(typeof body === 'string' ? body : JSON.stringify(body))
    }
    const reject = (status, body, type) => {
      stats.rejected++
      send(status, body, type)
    }
    if (req.method === 'GET' && req.url === '/__stats') return send(200, stats)
    if (req.method === 'POST' && req.url === '/__expire-tokens') {
      tokens.clear()
      return send(204, '')
    }
    const mode = Object.entries(PATHS).find(([, path]) => path === req.url)?.[0]
    if (req.method !== 'POST' || !mode) return reject(404, { message: 'not found' })
    let raw = ''
    req.setEncoding('utf8')
    req.on('data', (d) => (raw += d))
    req.on('end', () => {
      stats.byMode[mode] = (stats.byMode[mode] ?? 0) + 1
      if (mode === 'optumToken') {
        let body
        try {
          body = JSON.parse(raw)
        } catch {}
        if (!/^application\/json\b/.test(req.headers['content-type'] ?? '') || body?.grant_type !== 'client_credentials') {
          return reject(400, { error: 'unsupported_grant_type' })
        }
        if (body.client_id !== optum.clientId || body.client_secret !== optum.clientSecret) return reject(401, { error: 'invalid_client' })
        const token = `sbx_${randomBytes(16).toString('hex')}`
        tokens.set(token, Date.now() + tokenTtlSeconds * 1000)
        stats.tokens++
        return send(200, { access_token: token, token_type: 'bearer', expires_in: tokenTtlSeconds, scope: 'MN_Product_Eligibility_v3' })
      }

      // Each contract's authentication and body, checked as its vendor documents it.
      let x12
      let key = ''
      let coreRequest
      let respondAs
      const json = (status, body) => [status, JSON.stringify(body), 'application/json']
      if (mode === 'core') {
        const read = readCoreRequest(raw, req.headers['content-type'], core)
        if (read.reject) return reject(read.reject[0], read.reject[1], 'application/soap+xml; charset=utf-8')
        coreRequest = read.request
        x12 = coreRequest.payload
        key = coreRequest.payloadId
        respondAs = (status, body) =>
          status === 200
            ? [200, coreResponse(coreRequest, { payload: body.x12 }), 'application/soap+xml; charset=utf-8']
            : [500, soapFault('Receiver', null, 'the payer connection is down (sandbox)'), 'application/soap+xml; charset=utf-8']
      } else {
        const auth = req.headers.authorization ?? ''
        if (mode === 'sandbox' && auth !== `Key ${apiKey}`) return reject(401, { error: 'missing or wrong API key' })
        if (mode === 'stedi' && auth !== apiKey) return reject(401, { message: 'Unauthorized: send the API key itself in Authorization' })
        if (mode === 'optum') {
          const token = /^Bearer (\S+)$/.exec(auth)?.[1]
          const expiry = token && tokens.get(token)
          if (!expiry || expiry < Date.now()) return reject(401, { errors: [{ code: 'UNAUTHORIZED', description: 'invalid or expired token' }] })
        }
        if (!/^application\/json\b/.test(req.headers['content-type'] ?? '')) return reject(415, { message: 'Content-Type must be application/json' })
        try {
          x12 = JSON.parse(raw).x12
        } catch {}
        if (typeof x12 !== 'string' || !x12.startsWith('ISA')) return reject(400, { message: 'body must be {"x12": "<270>"}' })
        key = mode === 'optum' ? (read270(x12).trn?.[2] ?? '') : (req.headers['idempotency-key'] ?? '')
        respondAs = (status, body) =>
          status === 200
            ? json(200, mode === 'stedi' ? { meta: { senderId: 'STEDI', applicationMode: 'test', traceId: key.slice(0, 26) }, x12: body.x12 } : mode === 'optum' ? { meta: { applicationMode: 'sandbox' }, x12: body.x12 } : { x12: body.x12 })
            : json(status, mode === 'sandbox' ? { error: 'clearinghouse failure (sandbox)' } : mode === 'stedi' ? { message: 'Internal server error (sandbox)' } : { errors: [{ code: 'INTERNAL', description: 'clearinghouse failure (sandbox)' }] })
      }

      const inquiry = read270(x12)
      const member = (inquiry.nm1Subscriber?.[9] ?? '').toUpperCase()
      const behaviour = behaviourOf(member)
      const label = SANDBOX_MEMBERS.find(([p]) => member.startsWith(p))?.[0] ?? 'OTHER'
      count(label, 'requests')
      const replayKey = `${mode}|${key}`
      if (behaviour.reset === 'always' || (behaviour.reset === 'once' && !resetOnce.has(replayKey))) {
        resetOnce.add(replayKey)
        return req.socket.destroy()
      }
      const stored = key && replay.get(replayKey)
      if (stored) {
        count(label, 'replays')
        return send(...stored)
      }
      if (mode === 'stedi' && stediInFlight >= concurrencyLimit) {
        return reject(429, { message: `Too many concurrent requests: this account allows ${concurrencyLimit}` })
      }
      count(label, 'payerCalls')
      const respond = (status, body) => {
        const answer = respondAs(status, body)
        if (key) replay.set(replayKey, answer)
        send(...answer)
      }
      if (behaviour.status) return respond(behaviour.status, null)
      if (behaviour.garbled) return send(200, '<html>\u0000\u00ff garbled ~*^ not json', 'text/html')
      const body = { x12: answer271(behaviour.x12, inquiry, behaviour.aaa) }
      if (!behaviour.delayMs) return respond(200, body)
      if (mode === 'stedi') stediInFlight++
      const timer = setTimeout(() => {
        timers.delete(timer)
        if (mode === 'stedi') stediInFlight--
        respond(200, body)
      }, slowMs)
      timers.add(timer)
    })
  })
  await new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', resolve)
  })
  const url = `http://127.0.0.1:${server.address().port}`
  const endpoints = Object.fromEntries(Object.entries(PATHS).map(([mode, path]) => [mode, `${url}${path}`]))
  if (!quiet) console.log(`Sandbox clearinghouse on ${url} (${Object.keys(PATHS).join(', ')})`)
  return {
    url,
    endpoint: endpoints.sandbox,
    endpoints,
    stats: () => structuredClone(stats),
    expireTokens: () => tokens.clear(),
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
