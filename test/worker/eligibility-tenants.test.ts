// Issue 13, finding 1: one treatment center must not learn that another checked the same person.
// The eligibility cache, the clearinghouse idempotency key and the in-flight map are per partner
// and per whole identity; site-key (widget) callers never see a cached reading; every exact
// check lands in the caller's own audit log. On 0.1 partner B got A's `source.cached: true` and
// A's time, also through the widget with another first name, and B's audit had nothing.
import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { lane } from '../support/lane'
import { DEMO, OTHER, staff, uniqueIp, widget } from '../support/tenants'
import { api, postJson } from '../support/worker'

type Stats = { byMember: Record<string, { requests: number; payerCalls: number; replays: number }> }
const payerCalls = async (): Promise<number> => {
  const stats = (await (await fetch(`${lane().sandboxUrl}/__stats`)).json()) as Stats
  return stats.byMember['ACTIVE001']?.payerCalls ?? 0
}

type Reading = { transactions: { status: string }[]; source: { cached: boolean; checkedAt: string } }
type AuditEntry = { action: string; actor: string; requestId: string | null; memberHmac: string | null; outcome: string | null }

/** A person no other test checks (sandbox: the ACTIVE001 prefix answers "active"). */
const person = (firstName = 'Marisol') => ({
  payer: 'aetna',
  memberId: `ACTIVE001-${randomUUID().slice(0, 8).toUpperCase()}`,
  firstName,
  lastName: 'Quintero-Abara',
  dateOfBirth: '1979-06-30',
})

const check = async (body: Record<string, unknown>, headers: Record<string, string>) => {
  const res = await postJson('/v1/eligibility/checks', body, { headers: { ...headers, 'CF-Connecting-IP': uniqueIp() } })
  expect(res.status).toBe(200)
  return { body: (await res.json()) as Reading, requestId: res.headers.get('X-Request-Id')! }
}

const auditOf = async (staffKey: string): Promise<AuditEntry[]> => {
  const res = await api('/v1/audit?limit=200', { headers: staff(staffKey) })
  expect(res.status).toBe(200)
  return ((await res.json()) as { entries: AuditEntry[] }).entries
}

describe('eligibility checks are per tenant', () => {
  it("partner B repeating A's check sees no trace of A, and B's audit has B's check", async () => {
    const who = person()
    const a = await check(who, staff(OTHER.staffKey))
    expect(a.body.source.cached).toBe(false)

    const before = await payerCalls()
    const b = await check(who, staff(DEMO.staffKey))
    // A real inquiry of B's own (not A's cache, not a replay of A's idempotency key).
    expect(await payerCalls()).toBe(before + 1)
    expect(b.body.source.cached).toBe(false)
    expect(b.body.transactions[0]!.status).toBe('active')

    // The same tenant asking again does get its own cached reading (the cache still works).
    const again = await check(who, staff(DEMO.staffKey))
    expect(again.body.source).toEqual({ cached: true, checkedAt: b.body.source.checkedAt })

    const demoAudit = await auditOf(DEMO.staffKey)
    const mine = demoAudit.find((e) => e.requestId === b.requestId)
    expect(mine).toMatchObject({ action: 'eligibility.check', actor: `staff:${DEMO.staffKeyId}`, outcome: 'active' })
    expect(mine!.memberHmac).toMatch(/^[0-9a-f]{64}$/)
    // A's check is in A's audit only.
    expect(demoAudit.some((e) => e.requestId === a.requestId)).toBe(false)
    const otherAudit = await auditOf(OTHER.staffKey)
    expect(otherAudit.find((e) => e.requestId === a.requestId)).toMatchObject({ action: 'eligibility.check', outcome: 'active' })
    expect(otherAudit.some((e) => e.requestId === b.requestId)).toBe(false)
    expect(otherAudit.find((e) => e.requestId === a.requestId)!.memberHmac).toBe(mine!.memberHmac)
  })

  it("through B's widget with another first name: a fresh inquiry, no cached flag", async () => {
    const who = person('Marisol')
    await check(who, staff(OTHER.staffKey))
    const before = await payerCalls()
    const visitor = await check({ ...who, firstName: 'Mari' }, widget(DEMO.siteKey))
    expect(await payerCalls()).toBe(before + 1)
    expect(visitor.body.source.cached).toBe(false)
    const entry = (await auditOf(DEMO.staffKey)).find((e) => e.requestId === visitor.requestId)
    expect(entry).toMatchObject({ action: 'eligibility.check', actor: 'site', outcome: 'active' })
  })

  it("a widget caller never gets a cached reading, not even of its own partner's staff check", async () => {
    const who = person()
    const first = await check(who, staff(DEMO.staffKey))
    expect(first.body.source.cached).toBe(false)
    const visitor = await check(who, widget(DEMO.siteKey))
    expect(visitor.body.source.cached).toBe(false)
    expect(visitor.body.transactions[0]!.status).toBe('active')
  })
})
