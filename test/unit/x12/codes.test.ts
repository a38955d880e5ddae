// The code tables against /work/shared/reference/domain.md §1, read from the reference itself.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { AAA03, AAA04, EB01, EB06, EB09, SERVICE_TYPES } from '../../../worker/domain/x12/codes'

const REFERENCE = '/work/shared/reference/domain.md'
const hasReference = (() => {
  try {
    readFileSync(REFERENCE)
    return true
  } catch {
    return false
  }
})()

/** Rows `| code | meaning |` of the table that follows `heading` in the reference. */
function table(heading: string): [string, string][] {
  const text = readFileSync(REFERENCE, 'utf8')
  const start = text.indexOf(heading)
  const rows: [string, string][] = []
  for (const line of text.slice(start).split('\n').slice(1)) {
    if (rows.length && !line.startsWith('|')) break
    const m = /^\| \**([0-9A-Z]+)\** \| \**([^|]+?)\**\s*\|/.exec(line)
    if (m && m[1] !== 'Code' && m[1] !== 'STC') rows.push([m[1]!, m[2]!.trim()])
  }
  return rows
}

const norm = (s: string) => s.toLowerCase().replace(/[–-]/g, '-').replace(/[^a-z0-9]/g, '')

describe.runIf(hasReference)('code tables match the domain reference', () => {
  it.each([
    ['**EB01', EB01],
    ['**EB06:**', EB06],
    ['**EB09 quantity', EB09],
    ['### AAA rejections', AAA03],
    ['**AAA04 follow-up', AAA04],
  ] as const)('%s: every code of the reference is in the table', (heading, codes) => {
    const rows = table(heading)
    expect(rows.length).toBeGreaterThan(5)
    for (const [code] of rows) expect(codes, code).toHaveProperty(code)
  })

  it('AAA03 meanings agree with the reference (53 is not a subscriber ID error)', () => {
    for (const [code, meaning] of table('### AAA rejections')) {
      expect(norm(AAA03[code]!).slice(0, 12), code).toBe(norm(meaning).slice(0, 12))
    }
    expect(AAA03['53']).toBe('Inquired Benefit Inconsistent with Provider Type')
  })

  it('every behavioral-health STC of the reference is decoded', () => {
    for (const [code] of table('### Behavioral-health STCs')) expect(SERVICE_TYPES, code).toHaveProperty(code)
  })
})

describe('code tables, fixed facts', () => {
  it.each([
    ['EB01 U', EB01.U, 'Contact Following Entity for Eligibility or Benefit Information'],
    ['EB06 29', EB06['29'], 'Remaining'],
    ['AAA03 42', AAA03['42'], 'Unable to Respond at Current Time'],
    ['AAA03 75', AAA03['75'], 'Subscriber/Insured Not Found'],
    ['STC CF', SERVICE_TYPES.CF, 'Mental Health Provider - Outpatient'],
    ['STC CJ', SERVICE_TYPES.CJ, 'Substance Abuse Facility - Outpatient'],
  ])('%s', (_name, actual, expected) => {
    expect(actual).toBe(expected)
  })
})
