import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { PAYERS } from '../../worker/data/payers'
import { NOT_HEALTH_INSURERS } from '../../worker/data/payers/not-health'
import { createPayerMatcher } from '../../worker/domain/payer/match'

type EvalCase = { q: string; state: string | null; expect: string }

const load = (file: string): EvalCase[] =>
  readFileSync(new URL(`../fixtures/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as EvalCase)

const matcher = createPayerMatcher(PAYERS, { notHealth: NOT_HEALTH_INSURERS })

/** Top-1 accuracy: the best match's name must match the case's regex (case-insensitive). */
function evaluate(cases: EvalCase[]) {
  const misses: string[] = []
  for (const c of cases) {
    const { best } = matcher.match({ text: c.q, ...(c.state ? { state: c.state } : {}) })
    if (!best || !new RegExp(c.expect, 'i').test(best.payer.name)) {
      misses.push(`${JSON.stringify(c.q)} (${c.state ?? '-'}) → ${best?.payer.name ?? 'null'}`)
    }
  }
  return { accuracy: (cases.length - misses.length) / cases.length, misses }
}

describe('payer matching accuracy', () => {
  it.each([
    ['payers-dev.jsonl', 0.98],
    ['payers-extra.jsonl', 0.98],
  ])('top-1 accuracy on %s is at least %d', (file, threshold) => {
    const cases = load(file)
    const { accuracy, misses } = evaluate(cases)
    console.log(`${file}: top-1 ${(accuracy * 100).toFixed(1)} % of ${cases.length}`, misses)
    expect(accuracy).toBeGreaterThanOrEqual(threshold)
  })

  it('the held-out set has at least 60 cases, none of them in the dev set', () => {
    const dev = new Set(load('payers-dev.jsonl').map((c) => `${c.q.toLowerCase()}|${c.state}`))
    const extra = load('payers-extra.jsonl')
    expect(extra.length).toBeGreaterThanOrEqual(60)
    expect(extra.filter((c) => dev.has(`${c.q.toLowerCase()}|${c.state}`))).toEqual([])
  })
})
