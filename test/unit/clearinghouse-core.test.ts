// The CAQH CORE vC2.2.0 SOAP adapter against the sandbox's CORE mode: the envelope as the rule
// specifies it, WS-Security, envelope errors (ErrorCode), SOAP faults, timeout, idempotent retry.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SANDBOX_CORE, startSandboxClearinghouse, type SandboxClearinghouse } from '../../scripts/sandbox-clearinghouse.mjs'
import {
  caqhCoreSoapAdapter,
  coreRequestEnvelope,
  payloadIdOf,
  readCoreResponse,
  type CoreConfig,
} from '../../worker/adapters/clearinghouse/caqh-core-soap'
import type { Fetcher } from '../../worker/adapters/clearinghouse/types'
import { inquiry, key, statusOf } from './clearinghouse-support'

let sandbox: SandboxClearinghouse
beforeAll(async () => {
  sandbox = await startSandboxClearinghouse({ slowMs: 1500 })
})
afterAll(() => sandbox.stop())

const config = (over: Partial<CoreConfig> = {}): CoreConfig => ({
  url: sandbox.endpoints.core,
  username: SANDBOX_CORE.username,
  password: SANDBOX_CORE.password,
  senderId: 'IOPCHECKER',
  receiverId: SANDBOX_CORE.receiverId,
  timeoutMs: 5000,
  ...over,
})
const adapter = (over: Partial<CoreConfig> = {}, fetcher?: Fetcher) => caqhCoreSoapAdapter(config(over), fetcher)

describe('CAQH CORE SOAP envelope', () => {
  it('has every field of COREEnvelopeRealTimeRequest, WS-Security PasswordText, the 270 in CDATA', () => {
    const xml = coreRequestEnvelope(
      { url: 'x', username: 'u&1', password: 'p<2', senderId: 'S', receiverId: 'R', timeoutMs: 1 },
      'ISA*270~',
      '00000001-abab-4bab-abab-abababababab',
      Date.UTC(2026, 11, 3, 6, 0, 0),
    )
    expect(xml).toContain('<soapenv:Envelope xmlns:soapenv="http://www.w3.org/2003/05/soap-envelope">')
    expect(xml).toContain('<wsse:Username>u&amp;1</wsse:Username>')
    expect(xml).toContain('<wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">p&lt;2</wsse:Password>')
    expect(xml).toContain('<cor:COREEnvelopeRealTimeRequest xmlns:cor="http://www.caqh.org/SOAP/WSDL/CORERule2.2.0.xsd">')
    for (const part of [
      '<PayloadType>X12_270_Request_005010X279A1</PayloadType>',
      '<ProcessingMode>RealTime</ProcessingMode>',
      '<PayloadID>00000001-abab-4bab-abab-abababababab</PayloadID>',
      '<TimeStamp>2026-12-03T06:00:00Z</TimeStamp>',
      '<SenderID>S</SenderID>',
      '<ReceiverID>R</ReceiverID>',
      '<CORERuleVersion>2.2.0</CORERuleVersion>',
      '<Payload><![CDATA[ISA*270~]]></Payload>',
    ]) {
      expect(xml).toContain(part)
    }
  })

  it('PayloadID is a UUID derived from the idempotency key: the same key, the same PayloadID', () => {
    const k = 'f'.repeat(64)
    expect(payloadIdOf(k)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(payloadIdOf(k)).toBe(payloadIdOf(k))
    expect(payloadIdOf('0123456789abcdef0123456789abcdef')).toBe('01234567-89ab-4def-8123-456789abcdef')
  })

  it('reads a response whose Payload is entity-escaped instead of CDATA', () => {
    const body =
      '<s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope"><s:Body><c:COREEnvelopeRealTimeResponse xmlns:c="http://www.caqh.org/SOAP/WSDL/CORERule2.2.0.xsd">' +
      '<PayloadType>X12_271_Response_005010X279A1</PayloadType><Payload>ISA*00~EB*1**30**A&amp;B~</Payload><ErrorCode>Success</ErrorCode><ErrorMessage>None</ErrorMessage>' +
      '</c:COREEnvelopeRealTimeResponse></s:Body></s:Envelope>'
    expect(readCoreResponse(200, body, 1, null)).toEqual({ ok: true, value: { x12: 'ISA*00~EB*1**30**A&B~', attempts: 1 } })
  })
})

describe('CAQH CORE SOAP adapter', () => {
  it('success: the 271 from the response envelope', async () => {
    const r = await adapter().send270(inquiry('ACTIVE001'), key())
    if (!r.ok) throw new Error(JSON.stringify(r.error))
    expect(statusOf(r.value.x12)).toBe('active')
  })

  it('a wrong password: SOAP Fault wsse:FailedAuthentication, read as unauthorized', async () => {
    const r = await adapter({ password: 'wrong' }).send270(inquiry('ACTIVE001'), key())
    expect(r).toEqual({ ok: false, error: { reason: 'unauthorized', attempts: 1, status: 400 } })
  })

  it('a wrong ReceiverID: envelope ErrorCode ReceiverIDIllegal, read as refused with that code', async () => {
    const r = await adapter({ receiverId: 'SOMEONEELSE' }).send270(inquiry('ACTIVE001'), key())
    expect(r).toEqual({ ok: false, error: { reason: 'refused', attempts: 1, status: 200, code: 'ReceiverIDIllegal' } })
  })

  it('a wrong PayloadType or SOAP 1.1 content type is rejected by the fake', async () => {
    const tamper =
      (from: string, to: string, type?: string): Fetcher =>
      (u, init) =>
        fetch(u, { ...init, body: String(init.body).replace(from, to), ...(type ? { headers: { 'Content-Type': type } } : {}) })
    const wrongType = await adapter({}, tamper('X12_270_Request_005010X279A1', 'X12_270_Request_004010X092A1')).send270(inquiry('ACTIVE001'), key())
    expect(wrongType).toEqual({ ok: false, error: { reason: 'refused', attempts: 1, status: 200, code: 'PayloadTypeIllegal' } })
    const soap11 = await adapter({}, tamper('', '', 'text/xml; charset=utf-8')).send270(inquiry('ACTIVE001'), key())
    expect(soap11).toEqual({ ok: false, error: { reason: 'refused', attempts: 1, status: 415, code: 'soap:Sender' } })
    const noVersion = await adapter({}, tamper('<CORERuleVersion>2.2.0</CORERuleVersion>', '<CORERuleVersion>4.0.0</CORERuleVersion>')).send270(inquiry('ACTIVE001'), key())
    expect(noVersion).toEqual({ ok: false, error: { reason: 'refused', attempts: 1, status: 200, code: 'VersionMismatch' } })
  })

  it('the far side down: SOAP Fault env:Receiver (HTTP 500), read as unavailable', async () => {
    const r = await adapter().send270(inquiry('ERROR50001'), key())
    expect(r).toEqual({ ok: false, error: { reason: 'unavailable', attempts: 1, status: 500, code: 'soap:Receiver' } })
  })

  it('a garbled answer is bad_body; the payer busy is a 271 (AAA 42) to read', async () => {
    expect(await adapter().send270(inquiry('GARBLED001'), key())).toEqual({ ok: false, error: { reason: 'bad_body', attempts: 1 } })
    const busy = await adapter().send270(inquiry('BUSY000001'), key())
    expect(busy.ok && statusOf(busy.value.x12)).toBe('rejected')
  })

  it('timeout: CORE answers within 20 s by rule; our deadline is configurable', async () => {
    const r = await adapter({ timeoutMs: 300 }).send270(inquiry('SLOW000001'), key())
    expect(r).toEqual({ ok: false, error: { reason: 'timeout', attempts: 1 } })
  })

  it('idempotent retry: a reset connection is retried with the same PayloadID, the payer asked once', async () => {
    const bodies: string[] = []
    const recording: Fetcher = (u, init) => (bodies.push(String(init.body)), fetch(u, init))
    const before = sandbox.stats().byMember['FLAKY00001'] ?? { requests: 0, payerCalls: 0, replays: 0 }
    const k = key()
    const r = await adapter({}, recording).send270(inquiry('FLAKY00001'), k)
    expect(r.ok && r.value.attempts).toBe(2)
    const ids = bodies.map((b) => /<PayloadID>([^<]+)<\/PayloadID>/.exec(b)![1])
    expect(ids).toEqual([payloadIdOf(k), payloadIdOf(k)])
    expect(sandbox.stats().byMember['FLAKY00001']!.payerCalls - before.payerCalls).toBe(1)
  })
})
