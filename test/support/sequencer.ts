// The order files start in: every integration file (Workers, Chromium) before any unit file, each
// group in Vitest's own order (failed first, then longest first by the last run's durations, or
// largest first without a cache, as in CI's fresh clone). The integration files are the long
// ones, and some of their time is waiting (a retry's real backoff, a rate-limit window), which
// the other workers fill; the hundred short unit files then pack the end of the run instead of
// a long file starting late and running alone.
import { BaseSequencer, type TestSpecification } from 'vitest/node'

export default class IntegrationFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const ordered = await super.sort(files)
    const integration = (f: TestSpecification) => f.project.name === 'integration'
    return [...ordered.filter(integration), ...ordered.filter((f) => !integration(f))]
  }
}
