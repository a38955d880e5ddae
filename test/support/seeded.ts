// A freshly migrated and seeded local D1 for a test that starts a Worker of its own: a copy of the
// template global-setup.ts prepared once (as `prepareDatabase` would make it, without migrating
// and seeding again per Worker).
import { cp } from 'node:fs/promises'
import { inject } from 'vitest'

export async function seededState(persistTo: string): Promise<void> {
  await cp(inject('seededStateDir'), persistTo, { recursive: true })
}
