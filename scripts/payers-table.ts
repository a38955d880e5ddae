// Writes docs/payers.md from the payer directory: node scripts/run-ts.mjs scripts/payers-table.ts
import { writeFileSync } from 'node:fs'
import { PAYERS } from '../worker/data/payers'
import { renderPayersTable } from '../worker/data/payers/table'

writeFileSync('docs/payers.md', renderPayersTable(PAYERS))
console.log(`docs/payers.md: ${PAYERS.length} records`)
