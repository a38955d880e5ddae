// Loads every X12 fixture with its hand-written expectation, shared by the unit and HTTP tests.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

export type ExpectedSummary = {
  program: 'substance_use' | 'mental_health'
  transactions: {
    status: string
    payerName: string | null
    planName: string | null
    rejectionCodes: string[]
    carveOutName: string | null
    dates: unknown
    groupNumber: string | null
    payerContacts: unknown
    otherPayers: unknown
    iop: unknown
  }[]
}

export type FixtureCase = { name: string; x12: string; expected: ExpectedSummary }

const ROOT = join(import.meta.dirname, '..', '..', 'fixtures')

/** Every `<name>.x12` with its `<name>.expected.json` under test/fixtures/x12, x12-extra and x12-real. */
export function fixtureCases(): FixtureCase[] {
  return ['x12', 'x12-extra', 'x12-real'].flatMap((dir) =>
    readdirSync(join(ROOT, dir))
      .filter((f) => f.endsWith('.x12'))
      .sort()
      .map((f) => {
        const base = join(ROOT, dir, f.replace(/\.x12$/, ''))
        return {
          name: `${dir}/${f}`,
          x12: readFileSync(`${base}.x12`, 'utf8'),
          expected: JSON.parse(readFileSync(`${base}.expected.json`, 'utf8')) as ExpectedSummary,
        }
      }),
  )
}

/** The fields an expectation file names, taken from a reading. */
export function summarize(reading: {
  program: string
  transactions: {
    status: string
    payer: { name: string | null }
    planName: string | null
    rejections: { code: string }[]
    carveOut: { name: string } | null
    dates?: unknown
    groupNumber?: string | null
    payerContacts?: unknown
    otherPayers?: unknown
    iop: unknown
  }[]
}): ExpectedSummary {
  return {
    program: reading.program as ExpectedSummary['program'],
    transactions: reading.transactions.map((t) => ({
      status: t.status,
      payerName: t.payer.name,
      planName: t.planName,
      rejectionCodes: t.rejections.map((r) => r.code),
      carveOutName: t.carveOut?.name ?? null,
      dates: t.dates,
      groupNumber: t.groupNumber ?? null,
      payerContacts: t.payerContacts,
      otherPayers: t.otherPayers,
      iop: t.iop,
    })),
  }
}
