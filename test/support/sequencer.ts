// The order files start in. The integration files first, then the unit files: Vitest runs one
// project after the other when its worker processes live for the whole run (vitest.config.ts).
// Among the integration files, those that say they spend their time waiting on the real clock
// (a line `// Starts first: <why>` in their opening comment: a retry's 30 s backoff, a
// rate-limit window, a clearinghouse timeout, a load run of fixed length) alternate with the
// others from the start: one waiting file, then one that keeps the cores busy, and so on. The
// lanes that do the work fill the waiting lanes' idle time, and no lane waits on a file that
// started late. Within each kind, Vitest's own order: failed first, then longest first by the
// last run's durations, or largest first without a cache, as in CI's fresh clone. Without the
// marker, CI's size order started the small webhook-queue file (40 s, mostly waiting) two
// minutes in; with all waiting files first, they held every lane for the first 20 s while the
// cores idled.
import { readFileSync } from 'node:fs'
import { BaseSequencer, type TestSpecification } from 'vitest/node'

const STARTS_FIRST = /^\/\/ Starts first: /m

/** Whether the file's opening comment (its first 4 KB) asks to start first. */
function startsFirst(file: string): boolean {
  return STARTS_FIRST.test(readFileSync(file, 'utf8').slice(0, 4096))
}

/** a₁ b₁ a₂ b₂ …, then what is left of the longer list. */
function alternate<T>(a: T[], b: T[]): T[] {
  return Array.from({ length: Math.max(a.length, b.length) }, (_, i) => [a[i], b[i]]).flat().filter((x): x is T => x !== undefined)
}

export default class IntegrationFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const ordered = await super.sort(files)
    const integration = ordered.filter((f) => f.project.name === 'integration')
    const waiting = integration.filter((f) => startsFirst(f.moduleId))
    return [...alternate(waiting, integration.filter((f) => !waiting.includes(f))), ...ordered.filter((f) => f.project.name !== 'integration')]
  }
}
