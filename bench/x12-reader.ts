// How fast the 271 reader is on a 1 MB document of many transactions (one interchange, one
// functional group, ~1,000 subscriber transactions built from the fixture 271s), against a
// baseline measured in the same run: splitting the same text into segments and elements only,
// the least any X12 reader must do. Prints ms per 100 KB (median of runs) and the ratio.
// Then issue 13 item 4: the time for 16k chained HL loops over the time for 2k (linear: ~8×;
// the 0.1 reader was ×19 and 6.2 s for 16k).
// Run: npm run bench:x12   (node scripts/run-ts.mjs bench/x12-reader.ts)
import { readFileSync } from 'node:fs'
import { read271 } from '../worker/domain/x12/read-271'

/** Benchmarks read past the per-document limits (250 entries, 5,000 EB lines) to measure speed. */
const LIFTED = { limits: { maxEntries: 1_000_000, maxBenefitLines: 1_000_000 } }

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

const check = read271(doc, 'substance_use', LIFTED)
if (!check.ok) throw new Error(check.error.message)
const baseline = time(() => doc.split('~').map((s) => s.split('*')))
const reader = time(() => read271(doc, 'substance_use', LIFTED))
const per100k = (ms: number) => (ms * 100 * 1024) / doc.length

console.log(`document: ${(doc.length / 1024).toFixed(0)} KB, ${count} transactions, ${check.value.transactions.length} entries read`)
console.log(`baseline split only: ${baseline.toFixed(2)} ms total, ${per100k(baseline).toFixed(3)} ms per 100 KB`)
console.log(`read271:             ${reader.toFixed(2)} ms total, ${per100k(reader).toFixed(3)} ms per 100 KB`)
console.log(`ratio read271 / baseline: ${(reader / baseline).toFixed(1)}x  (median of ${RUNS} runs, Node ${process.version})`)

/** `n` subscriber loops, each one's HL02 pointing at the loop before it. */
function chained(n: number): string {
  const segs = ['HL*1**20*1', 'NM1*PR*2*ACME*****PI*1', 'HL*2*1*21*1', 'NM1*1P*2*CLINIC*****XX*1234567893']
  for (let i = 0; i < n; i++) segs.push(`HL*${i + 3}*${i + 2}*22*1`, 'NM1*IL*1*A*B', 'EB*1**30')
  return `${isa}ST*271*0001*005010X279A1~${segs.join('~')}~SE*${segs.length + 2}*0001~GE*1*101~IEA*1*000000101~`
}
const small = chained(2_000)
const large = chained(16_000)
const tSmall = time(() => read271(small, 'substance_use', LIFTED))
const tLarge = time(() => read271(large, 'substance_use', LIFTED))
console.log(`chained HL: 2k loops ${tSmall.toFixed(1)} ms, 16k loops ${tLarge.toFixed(1)} ms: ×${(tLarge / tSmall).toFixed(1)} for 8× the loops (linear ≈ 8)`)
