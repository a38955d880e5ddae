import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '..', '..')

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sources(path)
    return path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : []
  })
}

const importsOf = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/^\s*import\s[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1]!)

describe('architecture: routes → domain ← data', () => {
  const domain = sources(join(ROOT, 'worker', 'domain'))

  it.each(domain.map((f) => [relative(ROOT, f), f]))('%s imports nothing but domain code and pure libraries', (_, file) => {
    for (const spec of importsOf(file)) {
      expect(spec, `${spec} in ${file}`).not.toMatch(/^hono|^@hono|\/(routes|http|adapters|data|pages)\//)
    }
  })

  it.each(domain.map((f) => [relative(ROOT, f), f]))('%s does no I/O and reads no env', (_, file) => {
    const code = readFileSync(file, 'utf8')
    expect(code).not.toMatch(/\bfetch\(|\bc\.env\b|\benv\.[A-Z_]+\b|Date\.now\(\)|new Date\(\)/)
  })
})

describe('bundle hygiene', () => {
  it.each(sources(join(ROOT, 'worker')).map((f) => [relative(ROOT, f), f]))(
    '%s imports zod as a namespace, so unused parts (locales) tree-shake out of the Worker',
    (_, file) => {
      expect(readFileSync(file, 'utf8')).not.toMatch(/^import \{[^}]*\bz\b[^}]*\} from 'zod'/m)
    },
  )

  it.each(sources(join(ROOT, 'widget')).map((f) => [relative(ROOT, f), f]))(
    '%s takes only types from the worker, never runtime code (pure domain code excepted)',
    (_, file) => {
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        // worker/domain/ is proven pure above (no framework, I/O or env): a surface may share it
        // at runtime (the one money formatter, the AAA advice) rather than copy it.
        if (/from ['"](\.\.\/)+worker\/domain\//.test(line)) continue
        if (/from ['"](\.\.\/)+worker\//.test(line)) expect(line).toMatch(/^import type /)
      }
    },
  )
})

describe('test hygiene', () => {
  // Vitest's worker processes live for the whole run (vitest.config.ts), and Vitest 3's `vi`
  // keeps the state of the first file a process ran: in any later file, `vi.setConfig` changes
  // the config of a finished file (webhook-queue's 120 s timeout became the default 30 s when it
  // ran second). Timeouts go in the config or as options of a describe, test or hook.
  it('no test file sets a timeout through vi.setConfig', () => {
    const offenders = sources(join(ROOT, 'test')).filter((f) => /\bvi\.(setConfig|resetConfig)\(/.test(readFileSync(f, 'utf8')))
    expect(offenders.map((f) => relative(ROOT, f))).toEqual([])
  })
})
