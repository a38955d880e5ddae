/**
 * @module
 * The reviewable table of the payer directory, `docs/payers.md`: counts by kind, product line,
 * status and state, and every record with its source and date. Rendered by
 * `node scripts/run-ts.mjs scripts/payers-table.ts`; a unit test fails when the checked-in file
 * differs from what this renders, so the table never drifts from the data.
 */
import { STATE_NAMES } from '../../domain/payer/states'
import { PAYER_KINDS, PRODUCT_LINES, productLineOf, type PayerRecord } from '../../domain/payer/types'

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ')

function countBy<T extends string>(records: readonly PayerRecord[], key: (p: PayerRecord) => T): Map<T, number> {
  const out = new Map<T, number>()
  for (const p of records) out.set(key(p), (out.get(key(p)) ?? 0) + 1)
  return out
}

/** The preamble: what the table is, and the `GET /v1/payers` fields the widget builds on. */
const PREAMBLE = `# Payer directory

Generated from \`worker/data/payers/\` by \`node scripts/run-ts.mjs scripts/payers-table.ts\`; do not edit
by hand (\`test/unit/payer-table.test.ts\` fails when this file drifts from the data).

Every record carries \`source\` (a URL) and \`verified\` (an ISO date). \`basis\` says how that date was
earned: \`verified\` — the source itself was re-read that day; \`compiled\` — written that day from memory
or a secondary source, awaiting a re-read of the source; absent — the older batch (2026-11-23), whose
basis was not recorded.

## Kinds and product lines

\`kind\` is what the coverage rules key on (\`commercial\`, \`medicaid\`, \`medicare\`, \`medicare_advantage\`,
\`tricare\`, \`va\`, \`marketplace\`, \`other\`). \`line\` is the finer product line: a Medicaid program
(\`medicaid_program\`) and a Medicaid MCO (\`medicaid_mco\`) are both \`kind: medicaid\`; so are the Medicaid
behavioral-health bodies that authorize IOP where it is carved out (\`medicaid_behavioral_health\`:
Pennsylvania HealthChoices BH-MCOs, Connecticut and Massachusetts partnerships, Michigan PIHPs, Colorado
RAEs, North Carolina Tailored Plans, California county DMC-ODS…). A D-SNP is \`kind: medicare_advantage\`,
\`line: dsnp\`. TPAs (\`tpa\`), rental networks (\`network\`), behavioral-health managers
(\`behavioral_health_manager\`) and health-care sharing ministries (\`sharing_ministry\`) are \`kind: other\`
(carrier-owned TPAs such as UMR or Meritain keep their carrier's kind and family): the rule \`kind-other\`
sends the member to the number on the card for the plan behind them. Sharing ministries also carry
\`notInsurance: true\`: they are not insurance and every surface must say so.

\`status\`: \`active\` (default), \`defunct\` (no longer offers coverage: no price), or \`merged_into\` with
\`mergedInto: {id, date, whatNow}\` (the successor record, when the business moved, and one sentence on
what the member does now).

## \`GET /v1/payers?q=&state=&limit=\` (additive fields, issue 14)

\`{ results: Result[], best: string | null }\`. \`best\` is the id of the confident best match (then
\`results[0]\`), or \`null\` when nothing matched confidently — every result is then only a "did you mean".
Each \`Result\` has the v0.1 fields (\`id\`, \`name\`, \`kind\`, \`states\`, \`score\`, \`matchedBy\`) and:

| field | type | meaning |
|---|---|---|
| \`inState\` | \`boolean \\| null\` | whether the payer serves \`state\` (nationwide payers do); \`null\` without \`state\`. \`false\` on the first result means "X does not serve TX": the text named it exactly, and no payer of the state matched. |
| \`reason\` | \`'close_score' \\| 'spelling' \\| 'other_state' \\| 'same_carrier' \\| 'weak'\` | on every result but the confident best: why it is offered. \`close_score\`: within 0.1 of the best; \`spelling\`: matched only through a typo repair or partial word; \`other_state\`: does not serve \`state\`; \`same_carrier\`: another product line of the best's carrier (its Medicaid, Medicare or Marketplace plan: the card tells which); \`weak\`: nothing was confident, this is the closest. |
| \`line\` | product line | see above |
| \`status\` | \`'active' \\| 'defunct' \\| 'merged_into'\` | see above |
| \`mergedInto\` | \`{id, name, date, whatNow}\` | with \`status: merged_into\` only |
| \`notInsurance\` | \`true\` | sharing ministries only |

With a \`state\`, records bound to other states (Medicaid programs and MCOs, Blue plans, Kaiser regions,
regional carriers) are dropped unless the text names one exactly and no payer of the state matches
well; nationwide payers are ranked a little below the state's own. Non-health insurers (auto, life,
dental, vision, supplemental, workers' comp: \`worker/data/payers/not-health.ts\`) and queries naming
another kind of coverage ("dental", "car insurance") answer \`results: [], best: null\`.

The coverage check's \`payer\` resolution (\`PayerResolution\`) carries the same \`inState\`,
\`mergedInto\` (with \`name\`, \`whatNow\`), \`line\`, \`notInsurance\`, and \`reason\`/\`inState\` on each alternative.
`

/** Renders `docs/payers.md` for a directory. */
export function renderPayersTable(payers: readonly PayerRecord[]): string {
  const lines: string[] = [PREAMBLE]
  lines.push(`## Counts (${payers.length} records)`, '')
  const kinds = countBy(payers, (p) => p.kind)
  lines.push('| kind | records |', '|---|---:|', ...PAYER_KINDS.map((k) => `| ${k} | ${kinds.get(k) ?? 0} |`), '')
  const prodLines = countBy(payers, productLineOf)
  lines.push('| product line | records |', '|---|---:|', ...PRODUCT_LINES.map((l) => `| ${l} | ${prodLines.get(l) ?? 0} |`), '')
  const statuses = countBy(payers, (p) => p.status ?? 'active')
  const bases = countBy(payers, (p) => p.basis ?? 'unrecorded')
  lines.push(
    '| status | records |', '|---|---:|', ...[...statuses].sort().map(([s, n]) => `| ${s} | ${n} |`), '',
    '| basis | records |', '|---|---:|', ...[...bases].sort().map(([s, n]) => `| ${s} | ${n} |`), '',
  )
  const withManager = payers.filter((p) => p.behavioralHealthManager).length
  lines.push(`Records naming a behavioral-health manager: ${withManager}. Nationwide records (no \`states\`): ${payers.filter((p) => p.states.length === 0).length}.`, '')

  lines.push('## Records by state', '', 'State-bound records serving each state, by kind (nationwide records serve every state and are not counted).', '')
  lines.push(`| state | ${PAYER_KINDS.join(' | ')} | total |`, `|---|${PAYER_KINDS.map(() => '---:').join('|')}|---:|`)
  for (const code of Object.keys(STATE_NAMES)) {
    const here = payers.filter((p) => p.states.includes(code))
    const byKind = countBy(here, (p) => p.kind)
    lines.push(`| ${code} | ${PAYER_KINDS.map((k) => byKind.get(k) ?? 0).join(' | ')} | ${here.length} |`)
  }
  lines.push('')

  lines.push('## Every record', '', '| id | name | kind | line | states | status | parent | BH manager | payer ids | source | date | basis |', '|---|---|---|---|---|---|---|---|---|---|---|---|')
  for (const p of [...payers].sort((a, b) => a.id.localeCompare(b.id))) {
    const ids = [
      ...(p.payerIds ?? []),
      ...Object.entries(p.payerIdsByVendor ?? {}).map(([vendor, id]) => `${vendor}: ${id}`),
    ].join(', ')
    const status = p.status === 'merged_into' && p.mergedInto ? `merged_into ${p.mergedInto.id} (${p.mergedInto.date})` : (p.status ?? 'active')
    lines.push(
      `| ${[
        p.id, p.name, p.kind, productLineOf(p), p.states.join(' ') || 'all', status, p.parent ?? '',
        p.behavioralHealthManager ?? '', ids, p.source, p.verified, p.basis ?? '',
      ].map(cell).join(' | ')} |`,
    )
  }
  return `${lines.join('\n')}\n`
}
