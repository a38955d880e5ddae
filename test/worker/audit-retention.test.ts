// Issue 13 (finding 9 and scale): audit ids count per tenant (a global sequence showed every
// tenant the others' volume), a list read is one audit row naming what it showed, the log can be
// exported (itself audited) and rows past AUDIT_RETENTION_DAYS are purged by the cron.
import { describe, expect, it } from 'vitest'
import { sql } from '../support/d1'
import { DEMO, OTHER, staff } from '../support/tenants'
import { api, runCron } from '../support/worker'

type Entry = { id: number; action: string; requestId: string | null; subjectIds: string[] | null }

const exportOf = async (key: string, afterId = 0) => {
  const res = await api(`/v1/audit/export?afterId=${afterId}`, { headers: staff(key) })
  expect(res.status).toBe(200)
  expect(res.headers.get('content-type')).toContain('application/x-ndjson')
  const text = await res.text()
  return { requestId: res.headers.get('x-request-id')!, entries: text.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Entry) }
}

describe('audit per tenant, export and retention', () => {
  it('each tenant counts its own ids from 1, with no gaps from other tenants', async () => {
    await api('/v1/vobs?limit=1', { headers: staff(OTHER.staffKey) })
    await api('/v1/vobs?limit=1', { headers: staff(DEMO.staffKey) })
    for (const key of [DEMO.staffKey, OTHER.staffKey]) {
      const ids = (await exportOf(key)).entries.map((e) => e.id)
      expect(ids[0]).toBe(1)
      expect(ids).toEqual(ids.map((_, i) => i + 1))
    }
  })

  it('a list read is one row naming the records it showed', async () => {
    const res = await api('/v1/vobs?limit=5', { headers: staff(DEMO.staffKey) })
    const shown = ((await res.json()) as { vobs: { id: string }[] }).vobs.map((v) => v.id)
    const rows = (await exportOf(DEMO.staffKey)).entries.filter((e) => e.requestId === res.headers.get('x-request-id'))
    expect(rows).toEqual([expect.objectContaining({ action: 'vob.list', subjectIds: shown })])
  })

  it('the export streams the whole log after an id, oldest first, and records itself', async () => {
    const first = await exportOf(DEMO.staffKey)
    expect(first.entries.some((e) => e.requestId === first.requestId && e.action === 'audit.export')).toBe(true)
    const last = first.entries.at(-1)!.id
    const rest = await exportOf(DEMO.staffKey, last)
    // Only what came after: at least the second export's own row.
    expect(rest.entries.every((e) => e.id > last)).toBe(true)
    expect(rest.entries.map((e) => e.action)).toContain('audit.export')
    const others = await exportOf(OTHER.staffKey)
    const demoRequests = new Set(first.entries.map((e) => e.requestId))
    expect(others.entries.some((e) => e.requestId !== null && demoRequests.has(e.requestId))).toBe(false)
  })

  it('the cron purges audit rows older than AUDIT_RETENTION_DAYS and keeps recent ones', async () => {
    await sql(
      `INSERT INTO audit_log (partner_id, id, at, actor, action, request_id)
       VALUES ('other', (SELECT COALESCE(MAX(id), 0) + 1 FROM audit_log WHERE partner_id = 'other'), '2001-01-01T00:00:00.000Z', 'system:test', 'lead.read', 'old-audit-row')`,
    )
    expect(await sql("SELECT id FROM audit_log WHERE request_id = 'old-audit-row'")).toHaveLength(1)
    const recent = (await sql<{ n: number }>("SELECT COUNT(*) AS n FROM audit_log WHERE at > '2020-01-01'"))[0]!.n
    expect((await runCron()).status).toBe(200)
    expect(await sql("SELECT id FROM audit_log WHERE request_id = 'old-audit-row'")).toHaveLength(0)
    expect((await sql<{ n: number }>("SELECT COUNT(*) AS n FROM audit_log WHERE at > '2020-01-01'"))[0]!.n).toBeGreaterThanOrEqual(recent)
  })
})
