/**
 * @module
 * Renders docs/rules.md from the rule data, so an admissions team can audit every rule, its
 * fields and its sources. Pure: the same data always gives the same text (no dates, no clock), so
 * a test can compare the checked-in file with a fresh rendering.
 */
import type { CostSharingProfile, CostSharingValues, CoverageRule, SourceRef } from '../../worker/domain/coverage/rule-schema'
import { ruleSpecificity } from '../../worker/domain/coverage/resolve-rule'
import { PRIMARY_HOSTS } from '../../worker/data/rules/primary-sources'
import { textIn } from '../../worker/domain/answer/text'
import type { Text } from '../../worker/domain/coverage/rule-schema'

/** The doc is in English: the data also gives every text in Spanish, which the API answers with. */
const en = (text: Text) => textIn('en', text)

/** "$1,234" or "$259.13": fixed formatting, independent of the machine's locale data. */
function usd(cents: number): string {
  const dollars = String(Math.floor(cents / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return cents % 100 ? `$${dollars}.${String(cents % 100).padStart(2, '0')}` : `$${dollars}`
}

/** Escapes what would break a Markdown table cell. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ')

const when = (s: { verified?: string | undefined; compiled?: string | undefined }) =>
  s.verified ? `verified ${s.verified}` : `compiled ${s.compiled}`

const link = (s: SourceRef) => `[${s.title}](${s.url}) (${when(s)})`

function ruleSources(rule: CoverageRule): SourceRef[] {
  const own: SourceRef = rule.verified
    ? { title: rule.sourceTitle, url: rule.source, verified: rule.verified }
    : { title: rule.sourceTitle, url: rule.source, compiled: rule.compiled }
  return [own, ...(rule.alsoSee ?? [])]
}

function matchText(match: CoverageRule['match']): string {
  const parts = Object.entries(match).map(([key, values]) => {
    const list = values as string[]
    return `${key}: ${list.length > 8 ? `${list.slice(0, 8).join(', ')} … (${list.length})` : list.join(', ')}`
  })
  return parts.length ? parts.join('; ') : '(everything: the global default)'
}

function ruleSection(rule: CoverageRule): string {
  const lines = [`### \`${rule.id}\``, '', rule.description, '']
  const field = (name: string, value: string | undefined) => {
    if (value !== undefined) lines.push(`- **${name}**: ${value}`)
  }
  field('matches', `${matchText(rule.match)} (specificity ${ruleSpecificity(rule)})`)
  field('version', rule.version)
  field('program', rule.programName)
  field('IOP authorized by', rule.iopAuthorizedBy)
  if (rule.coverage) field('coverage', Object.entries(rule.coverage).map(([p, v]) => `${p} ${v}`).join(', '))
  field('prior authorization', rule.priorAuthorization)
  if (rule.priorAuthorizationSources)
    field('prior authorization sources', rule.priorAuthorizationSources.map(link).join('; '))
  if (rule.referralRequired !== undefined) field('referral required', String(rule.referralRequired))
  if (rule.outOfNetworkBenefits !== undefined) field('out-of-network benefits', String(rule.outOfNetworkBenefits))
  if (rule.behavioralHealthManager !== undefined)
    field(
      'behavioral-health manager',
      rule.behavioralHealthManager === null
        ? 'none named (varies)'
        : `${en(rule.behavioralHealthManager.name)}${rule.behavioralHealthManager.phone ? `, ${rule.behavioralHealthManager.phone}` : ''}${rule.managerOverridesPayer ? ' (authorizes IOP whatever plan is on the card)' : ''}`,
    )
  if (rule.billingCodes)
    field('billing codes', `substance use ${rule.billingCodes.substance_use.join(', ')}; mental health ${rule.billingCodes.mental_health.join(', ')}`)
  if (rule.perDiem)
    field('per diem', `${usd(rule.perDiem.allowed)} allowed, ${usd(rule.perDiem.charge)} charged (${rule.perDiem.basis ?? 'typical'}): ${en(rule.perDiem.why)}${rule.perDiem.rateSource ? ` — rate source ${rule.perDiem.rateSource}` : ''}`)
  for (const note of rule.notes ?? []) lines.push(`- note: ${en(note)}`)
  for (const step of rule.nextSteps ?? []) lines.push(`- next step: ${en(step)}`)
  lines.push(`- **sources**: ${ruleSources(rule).map(link).join('; ')}`)
  return lines.join('\n')
}

function values(v: CostSharingValues): string {
  const parts = [
    v.deductible === null ? 'no deductible' : `${usd(v.deductible)} deductible${v.deductibleApplies ? '' : ' (waived for IOP)'}`,
    v.copay === null ? `${Math.round(v.coinsurance * 1000) / 10} %` : `${usd(v.copay)} a day`,
    v.outOfPocketMax === null ? 'no cap' : `${usd(v.outOfPocketMax)} cap`,
  ]
  if (v.copayFreeDays) parts.push(`first ${v.copayFreeDays} days without copay`)
  return parts.join(', ')
}

function medicaidTable(rules: readonly CoverageRule[]): string {
  const states = rules.filter((r) => r.match.kinds?.includes('medicaid') && r.match.states?.length === 1 && !r.match.families)
  const rows = [...states]
    .sort((a, b) => a.match.states![0]!.localeCompare(b.match.states![0]!))
    .map((r) =>
      [
        r.match.states![0]!,
        r.programName ?? '',
        r.iopAuthorizedBy ?? '',
        r.behavioralHealthManager ? `${en(r.behavioralHealthManager.name)}${r.behavioralHealthManager.phone ? ` (${r.behavioralHealthManager.phone})` : ''}` : '—',
        r.priorAuthorization ?? '',
        r.perDiem?.basis === 'published_rate' ? `${usd(r.perDiem.allowed)} (state rate)` : 'generic typical',
        r.verified ? `verified ${r.verified}` : `compiled ${r.compiled}`,
        `\`${r.id}\``,
      ]
        .map(cell)
        .join(' | '),
    )
  return [
    '| state | program | IOP authorized by | entity | prior authorization | per diem | provenance | rule |',
    '|---|---|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${r} |`),
  ].join('\n')
}

/** How many of the distinct texts shown to people (notes, next steps, reasons) the data also gives in Spanish. */
function languageLine(rules: readonly CoverageRule[], profiles: readonly CostSharingProfile[]): string {
  const texts: Text[] = [
    ...rules.flatMap((r) => [...(r.notes ?? []), ...(r.nextSteps ?? []), ...(r.perDiem ? [r.perDiem.why] : [])]),
    ...profiles.flatMap((p) => [p.why, p.rangeWhy]),
  ]
  const all = new Set(texts.map(en))
  const spanish = new Set(texts.filter((t) => typeof t !== 'string').map(en))
  return `Notes, next steps and reasons are shown here in English; the API answers in English or Spanish, and ${spanish.size} of these ${all.size} distinct texts have their Spanish in \`worker/data/rules/es.ts\`.`
}

/** The whole of docs/rules.md. */
export function renderRulesDoc(rules: readonly CoverageRule[], profiles: readonly CostSharingProfile[]): string {
  const verified = rules.filter((r) => r.verified).length
  const sections = [
    '# IOP rules: every rule, its fields and its sources',
    '',
    '<!-- Generated from worker/data/rules by `node scripts/run-ts.mjs scripts/rules-doc.ts`; do not edit by hand (a test fails when this file drifts from the data). -->',
    '',
    `${rules.length} rules (${verified} whose own source was re-read, marked \`verified\`; the rest \`compiled\`) and ${profiles.length} typical cost-sharing profiles.`,
    '`verified` means the source was re-read on that date; `compiled` means the fact was written from the source’s address, memory or a secondary report without re-reading it, and the answer says so in its notes. Resolution: the most specific matching rule wins and names the answer; fields it leaves out come from the next matching rules (see `worker/data/README.md`).',
    languageLine(rules, profiles),
    '',
    '## Medicaid by jurisdiction',
    '',
    medicaidTable(rules),
    '',
    '## Every rule',
    '',
    ...[...rules].sort((a, b) => ruleSpecificity(a) - ruleSpecificity(b) || a.id.localeCompare(b.id)).map((r) => `${ruleSection(r)}\n`),
    '## Typical cost-sharing profiles',
    '',
    'Used only when a request carries no member benefits; shown as typical, with the range.',
    '',
    '| profile | matches | typical | low | high | why | source |',
    '|---|---|---|---|---|---|---|',
    ...profiles.map((p) =>
      `| ${[
        `\`${p.id}\``,
        Object.entries(p.match).map(([k, v]) => `${k}: ${(v as string[]).join(', ')}`).join('; '),
        values(p.typical),
        values(p.low),
        values(p.high),
        en(p.why),
        `[${p.source}](${p.source}) (${when(p)})${(p.alsoSee ?? []).map((s) => `; ${link(s)}`).join('')}`,
      ]
        .map(cell)
        .join(' | ')} |`,
    ),
    '',
    '## Primary-source allow-list',
    '',
    'Any host under `.gov` or `.mil`, and these (each with the reason it counts as primary):',
    '',
    ...Object.entries(PRIMARY_HOSTS).map(([host, why]) => `- \`${host}\`: ${why}`),
    '',
  ]
  return sections.join('\n')
}
