// How fast the 271 reader is on a 1 MB document of many transactions (one interchange, one
// functional group, ~1,000 subscriber transactions built from the fixture 271s), against a
// baseline measured in the same run: splitting the same text into segments and elements only,
// the least any X12 reader must do. Prints ms per 100 KB (median of runs) and the ratio.
// Run: npm run bench:x12   (node scripts/run-ts.mjs bench/x12-reader.ts)
import { readFileSync } from 'node:fs'
import { read271 } from '../worker/domain/x12/read-271'

const RUNS = 15
const TARGET_BYTES = 1024 * 1024

/** The ST…SE transactions of a fixture, with ~ terminators and no line breaks. */
function transactionsOf(path: string): string {
  const text = readFileSync(path, 'utf8').replace(/~\s*/g, '~')
  return text.slice(text.indexOf('ST*271'), text.indexOf('GE*'))
}

const bodies = [
  'test/fixtures/x12/aetna-sud-in-and-out.x12',
  'test/fixtures/x12/cigna-subscriber-not-found.x12',
  'test/fixtures/x12/uhc-mh-carved-out-to-optum.x12',
].map(transactionsOf)
const isa = 'ISA*00*          *00*          *ZZ*CLEARINGHOUSE  *ZZ*PROVIDER       *261120*1030*^*00501*000000101*0*P*:~GS*HB*CLEARINGHOUSE*PROVIDER*20261120*1030*101*X*005010X279A1~'
let doc = isa
let count = 0
while (doc.length < TARGET_BYTES) doc += bodies[count++ % bodies.length]
doc += `GE*${count}*101~IEA*1*000000101~`

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
function time(fn: () => unknown): number {
  const samples: number[] = []
  fn() // warm-up
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now()
    fn()
    samples.push(performance.now() - t0)
  }
  return median(samples)
}

const check = read271(doc)
if (!check.ok) throw new Error(check.error.message)
const baseline = time(() => doc.split('~').map((s) => s.split('*')))
const reader = time(() => read271(doc))
const per100k = (ms: number) => (ms * 100 * 1024) / doc.length

console.log(`document: ${(doc.length / 1024).toFixed(0)} KB, ${count} transactions, ${check.value.transactions.length} entries read`)
console.log(`baseline split only: ${baseline.toFixed(2)} ms total, ${per100k(baseline).toFixed(3)} ms per 100 KB`)
console.log(`read271:             ${reader.toFixed(2)} ms total, ${per100k(reader).toFixed(3)} ms per 100 KB`)
console.log(`ratio read271 / baseline: ${(reader / baseline).toFixed(1)}x  (median of ${RUNS} runs, Node ${process.version})`)
