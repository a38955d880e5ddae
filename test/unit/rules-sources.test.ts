// Provenance of the rules: every rule and cost-sharing profile cites at least one primary source
// (the allow-list in worker/data/rules/primary-sources.ts), none cites a mirror or code-lookup
// site, `verified` appears only with the day sources were re-read, and docs/rules.md is exactly
// what the generator renders from the data (CI fails when it drifts).
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { renderRulesDoc } from '../../scripts/rules-doc/render'
import { PROFILES, RULES } from '../../worker/data/rules'
import { PRIMARY_HOSTS, hostOf, isPrimarySource } from '../../worker/data/rules/primary-sources'
import { REREAD } from '../../worker/data/rules/sources'
import { CoverageRule, DatedSourceRef, type SourceRef } from '../../worker/domain/coverage/rule-schema'

const ruleUrls = (r: CoverageRule) => [r.source, ...(r.alsoSee ?? []).map((s) => s.url), ...(r.priorAuthorizationSources ?? []).map((s) => s.url)]
const profileUrls = (p: (typeof PROFILES)[number]) => [p.source, ...(p.alsoSee ?? []).map((s) => s.url)]

/** Mirrors, code-lookup sites and vendors' blogs the first rules cited (issue 15). */
const NOT_PRIMARY = [
  'https://vdocuments.site/chapter-4-access-to-substance-use-disorder-treatment-in-.html',
  'https://vdocuments.us/dmas-approved-codes-rates-approved-by-centers-for-vacsborgwp-contentuploads201710arts.html',
  'https://www.carepatron.com/procedure-code/hcpcs-code-h0015',
  'https://pabau.com/procedure-codes/hcpcs-code-s9480/',
  'https://www.stedi.com/blog/why-you-re-missing-carveout-benefits-in-eligibility-checks',
  'https://getveriframe.com/behavioral-health-carve-outs.html',
  'https://nahri.org/articles/cms-releases-iop-requirements-fqhcs-and-rhcs',
  'https://bhbusiness.com/2024/04/18/elevance-health-boosts-behavioral-health-biz-with-740m-state-contracts/',
  'https://www.sagaftraplans.org/health/search',
  'https://thefederalregister.org/documents/2016-21125/tricare-mental-health-and-substance-use-disorder-treatment',
]

describe('the primary-source allow-list', () => {
  it('refuses mirrors, code-lookup sites and blogs', () => {
    for (const url of NOT_PRIMARY) expect(isPrimarySource(url), url).toBe(false)
  })

  it('accepts agencies, the registers and the listed hosts, subdomains included', () => {
    for (const url of [
      'https://www.cms.gov/x',
      'https://manuals.health.mil/pages/x.html',
      'https://www.ecfr.gov/current/title-38/section-17.274',
      'https://hcpf.colorado.gov/x',
      'https://www.kff.org/x',
      'https://www.humanamilitary.com/x',
    ])
      expect(isPrimarySource(url), url).toBe(true)
    expect(isPrimarySource('https://gov.example.com/')).toBe(false)
    expect(isPrimarySource('https://notkff.org/')).toBe(false)
  })

  it('explains every exception', () => {
    for (const [host, why] of Object.entries(PRIMARY_HOSTS)) {
      expect(host).not.toMatch(/^www\.|\.gov$|\.mil$/)
      expect(why.length, host).toBeGreaterThan(20)
    }
  })
})

describe('every rule and profile cites a primary source', () => {
  it.each(RULES.map((r) => [r.id, r] as const))('rule %s', (_id, rule) => {
    const urls = ruleUrls(rule)
    expect(urls.some(isPrimarySource), urls.join(' ')).toBe(true)
    for (const url of urls) expect(NOT_PRIMARY.map(hostOf)).not.toContain(hostOf(url))
  })

  it.each(PROFILES.map((p) => [p.id, p] as const))('profile %s', (_id, profile) => {
    const urls = profileUrls(profile)
    expect(urls.some(isPrimarySource), urls.join(' ')).toBe(true)
    for (const url of urls) expect(NOT_PRIMARY.map(hostOf)).not.toContain(hostOf(url))
  })
})

describe('verified or compiled', () => {
  const refs: SourceRef[] = [
    ...RULES.flatMap((r) => [...(r.alsoSee ?? []), ...(r.priorAuthorizationSources ?? [])]),
    ...PROFILES.flatMap((p) => p.alsoSee ?? []),
  ]

  it('dates every rule, profile and cited source with exactly one of them; verified only on the re-read day', () => {
    for (const item of [...RULES, ...PROFILES, ...refs]) {
      expect((item.verified === undefined) !== (item.compiled === undefined), JSON.stringify(item)).toBe(true)
      if (item.verified !== undefined) expect(item.verified).toBe(REREAD)
    }
  })

  it('rejects a source that claims both, or neither', () => {
    const base = { title: 'x', url: 'https://www.cms.gov/' }
    expect(DatedSourceRef.safeParse({ ...base, verified: REREAD }).success).toBe(true)
    expect(DatedSourceRef.safeParse({ ...base, compiled: REREAD }).success).toBe(true)
    expect(DatedSourceRef.safeParse({ ...base, verified: REREAD, compiled: REREAD }).success).toBe(false)
    expect(DatedSourceRef.safeParse(base).success).toBe(false)
    const rule = RULES.find((r) => r.id === 'kind-commercial')!
    const { compiled: _c, verified: _v, ...undated } = rule
    expect(CoverageRule.safeParse(undated).success).toBe(false)
  })
})

describe('docs/rules.md', () => {
  it('is the generator’s rendering of the current data (run `node scripts/run-ts.mjs scripts/rules-doc.ts`)', () => {
    const checkedIn = readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8')
    expect(checkedIn).toBe(renderRulesDoc(RULES, PROFILES))
  })

  it('lists every rule with its sources', () => {
    const doc = renderRulesDoc(RULES, PROFILES)
    for (const rule of RULES) {
      expect(doc).toContain(`### \`${rule.id}\``)
      expect(doc).toContain(rule.source)
    }
  })
})
