/**
 * @module
 * CAQH CORE Connectivity Rule vC2.2.0, SOAP 1.2 real-time (docs/clearinghouses.md): the 270 in a
 * `COREEnvelopeRealTimeRequest`, authenticated by a WS-Security UsernameToken (PasswordText),
 * over HTTPS to the endpoint the trading partner publishes (e.g. Stedi's
 * `https://healthcare.us.stedi.com/2025-06-01/protocols/caqh-core`).
 *
 *   Content-Type: application/soap+xml; charset=UTF-8; action="RealTimeTransaction"
 *   <soapenv:Envelope xmlns:soapenv="http://www.w3.org/2003/05/soap-envelope">
 *     <soapenv:Header><wsse:Security …><wsse:UsernameToken><wsse:Username/><wsse:Password Type="…#PasswordText"/>…
 *     <soapenv:Body><cor:COREEnvelopeRealTimeRequest xmlns:cor="http://www.caqh.org/SOAP/WSDL/CORERule2.2.0.xsd">
 *       PayloadType X12_270_Request_005010X279A1 · ProcessingMode RealTime · PayloadID (UUID) · TimeStamp
 *       · SenderID · ReceiverID · CORERuleVersion 2.2.0 · Payload (the 270, CDATA)
 *
 * The answer is a `COREEnvelopeRealTimeResponse` (PayloadType X12_271_Response_005010X279A1, the
 * 271 in Payload, `ErrorCode` `Success`, else an envelope error and `ErrorMessage`), or a SOAP
 * Fault: `Sender` faults (bad credentials: WS-Security `FailedAuthentication`) are ours to fix,
 * `Receiver` faults mean the far side is down. The PayloadID is derived from the idempotency key,
 * so a retry repeats it and a CORE server can recognise the duplicate.
 */
import { err, ok, type Result } from '../../domain/x12/result'
import { defaultFetcher, exchange, retryAfterSeconds } from './http'
import type { ClearinghouseAdapter, ClearinghouseError, Fetcher, Sent } from './types'
import { cdata, elementText, escapeXml, hasElement } from './xml'

export const SOAP12_NS = 'http://www.w3.org/2003/05/soap-envelope'
export const CORE_NS = 'http://www.caqh.org/SOAP/WSDL/CORERule2.2.0.xsd'
export const WSSE_NS = 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd'
export const PASSWORD_TEXT = 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText'
export const PAYLOAD_270 = 'X12_270_Request_005010X279A1'
export const PAYLOAD_271 = 'X12_271_Response_005010X279A1'

export type CoreConfig = {
  url: string
  username: string
  password: string
  senderId: string
  receiverId: string
  timeoutMs: number
}

/** A version-4-shaped UUID from the idempotency key's hex (CORE: PayloadID is an ISO UUID). */
export function payloadIdOf(key: string): string {
  const hex = (key.replace(/[^0-9a-f]/gi, '').toLowerCase() + '0'.repeat(32)).slice(0, 32).split('')
  hex[12] = '4'
  hex[16] = '89ab'[parseInt(hex[16]!, 16) & 3]!
  const h = hex.join('')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`
}

/** xsd:dateTime in UTC without fractions, as the rule's examples write it. */
const timeStamp = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')

export function coreRequestEnvelope(config: CoreConfig, x12: string, payloadId: string, nowMs: number): string {
  return [
    `<soapenv:Envelope xmlns:soapenv="${SOAP12_NS}">`,
    '<soapenv:Header>',
    `<wsse:Security xmlns:wsse="${WSSE_NS}" soapenv:mustUnderstand="true">`,
    '<wsse:UsernameToken>',
    `<wsse:Username>${escapeXml(config.username)}</wsse:Username>`,
    `<wsse:Password Type="${PASSWORD_TEXT}">${escapeXml(config.password)}</wsse:Password>`,
    '</wsse:UsernameToken>',
    '</wsse:Security>',
    '</soapenv:Header>',
    '<soapenv:Body>',
    `<cor:COREEnvelopeRealTimeRequest xmlns:cor="${CORE_NS}">`,
    `<PayloadType>${PAYLOAD_270}</PayloadType>`,
    '<ProcessingMode>RealTime</ProcessingMode>',
    `<PayloadID>${payloadId}</PayloadID>`,
    `<TimeStamp>${timeStamp(nowMs)}</TimeStamp>`,
    `<SenderID>${escapeXml(config.senderId)}</SenderID>`,
    `<ReceiverID>${escapeXml(config.receiverId)}</ReceiverID>`,
    '<CORERuleVersion>2.2.0</CORERuleVersion>',
    `<Payload>${cdata(x12)}</Payload>`,
    '</cor:COREEnvelopeRealTimeRequest>',
    '</soapenv:Body>',
    '</soapenv:Envelope>',
  ].join('')
}

/** CORE envelope ErrorCodes that mean the far side cannot answer now (retry later). */
const UNAVAILABLE_CODES = /down|unavailable|timeout|busy/i
const UNAUTHORIZED_CODES = /^unauthori[sz]ed$/i

/** Reads a CORE real-time response or SOAP Fault into a 271 or a typed failure. */
export function readCoreResponse(status: number, body: string, attempts: number, retryAfter: number | null): Result<Sent, ClearinghouseError> {
  if (status === 429) return err({ reason: 'rate_limited', attempts, retryAfterSeconds: retryAfter })
  if (hasElement(body, 'Fault')) {
    const code = elementText(body, 'Value') ?? ''
    const text = `${elementText(body, 'Subcode') ?? ''} ${elementText(body, 'Text') ?? ''}`
    if (/FailedAuthentication|InvalidSecurity|UnAuthori[sz]ed/i.test(text)) return err({ reason: 'unauthorized', attempts, status })
    if (/Receiver$/.test(code.trim())) return err({ reason: 'unavailable', attempts, status, code: 'soap:Receiver' })
    return err({ reason: 'refused', attempts, status, code: 'soap:Sender' })
  }
  if (status === 401 || status === 403) return err({ reason: 'unauthorized', attempts, status })
  if (status >= 500) return err({ reason: 'unavailable', attempts, status, code: null })
  if (status < 200 || status > 299) return err({ reason: 'refused', attempts, status, code: null })
  if (!hasElement(body, 'COREEnvelopeRealTimeResponse')) return err({ reason: 'bad_body', attempts })
  const errorCode = (elementText(body, 'ErrorCode') ?? '').trim()
  if (errorCode && errorCode !== 'Success') {
    if (UNAUTHORIZED_CODES.test(errorCode)) return err({ reason: 'unauthorized', attempts, status })
    if (UNAVAILABLE_CODES.test(errorCode)) return err({ reason: 'unavailable', attempts, status, code: errorCode })
    return err({ reason: 'refused', attempts, status, code: errorCode })
  }
  const payload = (elementText(body, 'Payload') ?? '').trim()
  if ((elementText(body, 'PayloadType') ?? '').trim() !== PAYLOAD_271 || !payload.startsWith('ISA')) {
    return err({ reason: 'bad_body', attempts })
  }
  return ok({ x12: payload, attempts })
}

export function caqhCoreSoapAdapter(config: CoreConfig, fetcher: Fetcher = defaultFetcher, now: () => number = Date.now): ClearinghouseAdapter {
  return {
    vendor: 'caqh-core-soap',
    async send270(x12, idempotencyKey) {
      const started = now()
      const sent = await exchange(
        fetcher,
        config.url,
        {
          method: 'POST',
          headers: {
            'Content-Type': 'application/soap+xml; charset=UTF-8; action="RealTimeTransaction"',
            Accept: 'application/soap+xml',
          },
          body: coreRequestEnvelope(config, x12, payloadIdOf(idempotencyKey), started),
        },
        { at: started + config.timeoutMs, now },
      )
      if (!sent.ok) return sent
      const { status, headers, text, attempts } = sent.value
      return readCoreResponse(status, text, attempts, retryAfterSeconds(headers))
    },
  }
}
