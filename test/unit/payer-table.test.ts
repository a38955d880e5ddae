import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { PAYERS } from '../../worker/data/payers'
import { renderPayersTable } from '../../worker/data/payers/table'

describe('docs/payers.md', () => {
  it('is what scripts/payers-table.ts renders from the directory (run it after changing payer data)', () => {
    const checkedIn = readFileSync(new URL('../../docs/payers.md', import.meta.url), 'utf8')
    expect(checkedIn === renderPayersTable(PAYERS)).toBe(true)
  })

  it('lists every record with its source and date', () => {
    const table = renderPayersTable(PAYERS)
    for (const p of PAYERS) {
      const records = table.slice(table.indexOf('## Every record'))
      const row = records.split('\n').find((l) => l.startsWith(`| ${p.id} |`))
      expect(row, p.id).toContain(p.source.replace(/\|/g, '\\|'))
      expect(row, p.id).toContain(p.verified)
    }
  })

  it('counts every record once by kind', () => {
    const all = renderPayersTable(PAYERS)
    const table = all.slice(all.indexOf('| kind | records |'), all.indexOf('| product line | records |'))
    const kindRows = [...table.matchAll(/^\| (commercial|medicaid|medicare|medicare_advantage|tricare|va|marketplace|other) \| (\d+) \|$/gm)]
    expect(kindRows.reduce((sum, m) => sum + Number(m[2]), 0)).toBe(PAYERS.length)
  })
})
