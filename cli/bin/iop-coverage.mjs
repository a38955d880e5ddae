#!/usr/bin/env node
// The `iop-coverage` command. The TypeScript sources in ../src are bundled into ../dist by
// `npm run build:cli` (run by `npm install` through the root `prepare` script, and by `npm test`).
import { existsSync } from 'node:fs'

const main = new URL('../dist/main.mjs', import.meta.url)
if (!existsSync(main)) {
  console.error('iop-coverage is not built yet: run `npm run build:cli` in the repository root.')
  process.exit(1)
}
await import(main.href)
