// Writes docs/rules.md from the rule data. Usage: node scripts/run-ts.mjs scripts/rules-doc.ts
// (test/unit/rules-doc.test.ts fails when the checked-in file differs from this rendering).
import { writeFileSync } from 'node:fs'
import { PROFILES, RULES } from '../worker/data/rules'
import { renderRulesDoc } from './rules-doc/render'

writeFileSync('docs/rules.md', renderRulesDoc(RULES, PROFILES))
console.log(`docs/rules.md: ${RULES.length} rules, ${PROFILES.length} profiles`)
