import { describe, expect, it } from 'vitest'
import { read271 } from '../../../worker/domain/x12/read-271'
import { fixtureCases, summarize } from './fixture-cases'

describe('read271 reads every fixture to its expectation', () => {
  it.each(fixtureCases().map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const reading = read271(c.x12, c.expected.program)
    if (!reading.ok) throw new Error(reading.error.message)
    expect(summarize(reading.value)).toEqual(c.expected)
  })
})

describe('every fixture reading matches the documented response schema (OpenAPI)', () => {
  it.each(fixtureCases().map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const { EligibilityReadingSchema } = await import('../../../worker/routes/eligibility')
    const reading = read271(c.x12, c.expected.program)
    if (!reading.ok) throw new Error(reading.error.message)
    const parsed = EligibilityReadingSchema.safeParse(reading.value)
    expect(parsed.success ? [] : parsed.error.issues).toEqual([])
  })
})
