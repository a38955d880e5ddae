// The order files start in. First the integration files that say they spend their time waiting
// on the real clock (a line `// Starts first: <why>` in their opening comment: a retry's 30 s
// backoff, a rate-limit window, a clearinghouse timeout), so the other lanes' work fills their
// waits; then the other integration files, then every unit file, each group in Vitest's own order
// (failed first, then longest first by the last run's durations, or largest first without a
// cache, as in CI's fresh clone). The integration files are the long ones; the hundred short unit
// files pack the end of the run instead of a long file starting late and running alone. Without
// the marker, CI's size order started the small webhook-queue file (40 s, mostly waiting) two
// minutes in.
import { readFileSync } from 'node:fs'
import { BaseSequencer, type TestSpecification } from 'vitest/node'

const STARTS_FIRST = /^\/\/ Starts first: /m

/** Whether the file's opening comment (its first 4 KB) asks to start first. */
function startsFirst(file: string): boolean {
  return STARTS_FIRST.test(readFileSync(file, 'utf8').slice(0, 4096))
}

export default class IntegrationFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const ordered = await super.sort(files)
    const integration = ordered.filter((f) => f.project.name === 'integration')
    const waiting = integration.filter((f) => startsFirst(f.moduleId))
    return [...waiting, ...integration.filter((f) => !waiting.includes(f)), ...ordered.filter((f) => f.project.name !== 'integration')]
  }
}
