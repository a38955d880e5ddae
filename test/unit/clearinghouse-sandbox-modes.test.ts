// The sandbox's members behave the same in every mode, through each real adapter: a test that
// passes in one contract passes in all four (scripts/sandbox-clearinghouse.mjs, SANDBOX_MEMBERS).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SANDBOX_API_KEY, SANDBOX_CORE, SANDBOX_OPTUM, startSandboxClearinghouse, type SandboxClearinghouse } from '../../scripts/sandbox-clearinghouse.mjs'
import { caqhCoreSoapAdapter } from '../../worker/adapters/clearinghouse/caqh-core-soap'
import { optumAdapter } from '../../worker/adapters/clearinghouse/optum'
import { sandboxAdapter } from '../../worker/adapters/clearinghouse/sandbox'
import { stediAdapter } from '../../worker/adapters/clearinghouse/stedi'
import type { ClearinghouseAdapter } from '../../worker/adapters/clearinghouse/types'
import { read271Entries } from '../../worker/domain/x12/read-271'
import { inquiry, key } from './clearinghouse-support'

let sandbox: SandboxClearinghouse
let adapters: ClearinghouseAdapter[] = []
beforeAll(async () => {
  sandbox = await startSandboxClearinghouse()
  const e = sandbox.endpoints
  adapters = [
    sandboxAdapter({ url: e.sandbox, apiKey: SANDBOX_API_KEY, timeoutMs: 5000 }),
    stediAdapter({ url: e.stedi, apiKey: SANDBOX_API_KEY, timeoutMs: 5000 }),
    optumAdapter({ url: e.optum, tokenUrl: e.optumToken, clientId: SANDBOX_OPTUM.clientId, clientSecret: SANDBOX_OPTUM.clientSecret, timeoutMs: 5000, extraHeaders: {} }),
    caqhCoreSoapAdapter({ url: e.core, username: SANDBOX_CORE.username, password: SANDBOX_CORE.password, senderId: 'IOPCHECKER', receiverId: SANDBOX_CORE.receiverId, timeoutMs: 5000 }),
  ]
})
afterAll(() => sandbox.stop())

// Read off sandbox/271/*.x12 and the member table.
const expected: [member: string, status: string, rejection: string | null, carveOut: string | null][] = [
  ['ACTIVE001', 'active', null, null],
  ['INACTIVE01', 'inactive', null, null],
  ['CARVEOUT01', 'active', null, 'OPTUM BEHAVIORAL HEALTH'],
  ['NOTFOUND01', 'rejected', '75', null],
  ['BADID00001', 'rejected', '72', null],
  ['BUSY000001', 'rejected', '42', null],
]

describe.each(['sandbox', 'stedi', 'optum', 'caqh-core-soap'])('%s mode', (vendor) => {
  it.each(expected)('%s → %s', async (member, status, rejection, carveOut) => {
    const adapter = adapters.find((a) => a.vendor === vendor)!
    const sent = await adapter.send270(inquiry(`${member}X`), key())
    if (!sent.ok) throw new Error(JSON.stringify(sent.error))
    const read = read271Entries(sent.value.x12)
    if (!read.ok) throw new Error(read.error.message)
    const [entry] = read.value
    expect(entry!.status).toBe(status)
    expect(entry!.rejections[0]?.code ?? null).toBe(rejection)
    expect(entry!.carveOut?.name ?? null).toBe(carveOut)
  })
})
