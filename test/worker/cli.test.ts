// The `iop-coverage` CLI as a child process, against the real local Worker (payers, and coverage
// checks once the Worker has them) and against small scripted servers (retries, keys, X12).
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseCsv } from '../../cli/src/csv'
import { COVERAGE_ANSWER, collect, dataLines, json, runCli, scriptedServer, spawnCli } from '../support/cli'
import { startCoverageStub } from '../support/coverage-stub'
import { generateReferrals, type Generated } from '../support/referrals'
import { postJson, workerUrl } from '../support/worker'

const STAFF = { Authorization: 'Bearer sk_test_demo' }
const LONG = 180_000

let dir: string
/** Where coverage checks go: the real Worker when it has the route, else the contract stub. */
let coverage: { url: string; real: boolean; close: () => Promise<void> }

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'iop-cli-'))
  const probe = await postJson('/v1/coverage/checks', { payer: 'aetna' }, { headers: STAFF })
  if (probe.status === 404) {
    const stub = await startCoverageStub()
    coverage = { url: stub.url, real: false, close: stub.close }
  } else {
    coverage = { url: workerUrl(), real: true, close: async () => {} }
  }
  console.info(`CLI coverage tests run against ${coverage.real ? 'the real Worker' : 'the contract stub (no coverage route yet)'}`)
})
afterAll(async () => {
  await coverage?.close()
  await rm(dir, { recursive: true, force: true })
})

type Summary = {
  rows: number
  skipped: number
  processed: number
  ok: number
  invalid: number
  failed: number
  byCoverageStatus: Record<string, number>
  errors: { row: number; id: string; error: string }[]
  retries: number
  elapsedSeconds: number
  rowsPerSecond: number
  interrupted: boolean
}

/** Ground truth, independent of the CLI: one direct API call per distinct payer/state/plan/program/network. */
async function expectedStatuses(gen: Generated): Promise<Record<string, number>> {
  const bad = new Set(gen.malformed.map((m) => m.row))
  const cache = new Map<string, string>()
  const counts: Record<string, number> = {}
  for (let row = 1; row <= gen.rows; row++) {
    if (bad.has(row)) continue
    const c = gen.combo(row)
    const key = JSON.stringify(c)
    let status = cache.get(key)
    if (!status) {
      const body = { payer: c.payer, state: c.state, program: c.program, ...(c.plan ? { plan: c.plan } : {}), ...(c.network ? { network: c.network } : {}) }
      const res = await fetch(`${coverage.url}/v1/coverage/checks`, { method: 'POST', headers: { ...STAFF, 'content-type': 'application/json' }, body: JSON.stringify(body) })
      expect(res.status).toBe(200)
      status = ((await res.json()) as { coverage: { status: string } }).coverage.status
      cache.set(key, status)
    }
    counts[status] = (counts[status] ?? 0) + 1
  }
  return counts
}

type OutRow = Record<string, string>
async function readResults(path: string): Promise<OutRow[]> {
  const [header, ...rows] = parseCsv(await readFile(path, 'utf8'))
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])))
}

function expectEachRowOnce(results: OutRow[], gen: Generated) {
  const rows = results.map((r) => Number(r.row)).sort((a, b) => a - b)
  expect(rows).toEqual(Array.from({ length: gen.rows }, (_, i) => i + 1))
  for (const r of results) expect(r.member_id).toBe(gen.memberIds[Number(r.row) - 1]) // passed through untouched
}

const noMemberIds = (text: string) => expect(text).not.toMatch(/MBRX/)

async function waitForLines(path: string, n: number): Promise<void> {
  for (;;) {
    const text = await readFile(path, 'utf8').catch(() => '')
    if (dataLines(text).length >= n) return
    await new Promise((r) => setTimeout(r, 10))
  }
}

describe('batch of 1 000 referrals', () => {
  it(
    'completes with the right summary, a result line per row and a clear error per malformed row',
    async () => {
      const gen = generateReferrals(1000, 'A')
      expect(gen.malformed).toHaveLength(20) // ~2 %
      const input = join(dir, 'a.csv')
      const out = join(dir, 'a-results.csv')
      await writeFile(input, gen.csv)
      const run = await runCli(['batch', input, '--out', out, '--api', coverage.url, '--json'])
      expect(run.stderr).not.toContain('Error:')
      expect(run.code).toBe(0)
      const summary = JSON.parse(run.stdout) as Summary
      expect(summary).toMatchObject({ rows: 1000, skipped: 0, processed: 1000, ok: 980, invalid: 20, failed: 0, interrupted: false })
      expect(summary.byCoverageStatus).toEqual(await expectedStatuses(gen))
      expect(summary.errors.map((e) => e.row)).toEqual(gen.malformed.map((m) => m.row))
      summary.errors.forEach((e, i) => expect(e.error).toMatch(gen.malformed[i]!.expect))
      expect(summary.rowsPerSecond).toBeGreaterThan(0)

      const results = await readResults(out)
      expectEachRowOnce(results, gen)
      for (const r of results) expect(r.id).toBe(`A-${r.row!.padStart(5, '0')}`)
      const ok = results.filter((r) => r.outcome === 'ok')
      expect(ok).toHaveLength(980)
      for (const r of ok) {
        expect(r.coverage_status).not.toBe('')
        if (r.patient_pays) expect(r.patient_pays).toMatch(/^\d+\.\d\d$/) // dollars, from cents
      }
      // Progress went to stderr as plain lines (not a terminal), then the final count.
      expect(run.stderr).toMatch(/batch: 1000\/1000 rows \(100%\)/)
      noMemberIds(run.stdout + run.stderr)
    },
    LONG,
  )

  it(
    'resumes after being killed halfway: every row exactly once, the final summary right',
    async () => {
      const gen = generateReferrals(1000, 'K')
      const input = join(dir, 'k.csv')
      const out = join(dir, 'k-results.csv')
      await writeFile(input, gen.csv)
      const child = spawnCli(['batch', input, '--out', out, '--api', coverage.url, '--concurrency', '2'])
      const first = collect(child)
      await waitForLines(out, 300)
      child.kill('SIGKILL')
      const killed = await first
      expect(killed.code).toBeNull() // it died by the signal, not by finishing
      const written = dataLines(await readFile(out, 'utf8')).length
      expect(written).toBeGreaterThanOrEqual(300)
      expect(written).toBeLessThan(1000)

      const run = await runCli(['batch', input, '--out', out, '--api', coverage.url, '--json'])
      expect(run.code).toBe(0)
      const summary = JSON.parse(run.stdout) as Summary
      expect(summary.skipped).toBeGreaterThanOrEqual(written - 1) // a line cut off mid-write is redone
      expect(summary.skipped + summary.processed).toBe(1000)
      expect(summary).toMatchObject({ rows: 1000, ok: 980, invalid: 20, failed: 0 })
      expect(summary.byCoverageStatus).toEqual(await expectedStatuses(gen))
      expectEachRowOnce(await readResults(out), gen)

      const again = await runCli(['batch', input, '--out', out, '--api', coverage.url, '--json'])
      expect(JSON.parse(again.stdout)).toMatchObject({ skipped: 1000, processed: 0, ok: 980, invalid: 20 })
      noMemberIds(killed.stdout + killed.stderr + run.stdout + run.stderr)
    },
    LONG,
  )

  it(
    'stops cleanly on Ctrl-C (SIGINT): exit 130, what is written is whole, a re-run finishes',
    async () => {
      const gen = generateReferrals(400, 'S')
      const input = join(dir, 's.csv')
      const out = join(dir, 's-results.csv')
      await writeFile(input, gen.csv)
      const child = spawnCli(['batch', input, '--out', out, '--api', coverage.url, '--concurrency', '1'])
      const first = collect(child)
      await waitForLines(out, 50)
      child.kill('SIGINT')
      const stopped = await first
      expect(stopped.code).toBe(130)
      expect(stopped.stderr).toContain('Batch interrupted')
      expect(stopped.stderr).toContain('run the same command again')
      const text = await readFile(out, 'utf8')
      expect(text.endsWith('\n')).toBe(true)
      const rows = dataLines(text).length
      expect(rows).toBeLessThan(400)

      const run = await runCli(['batch', input, '--out', out, '--api', coverage.url, '--json'])
      expect(JSON.parse(run.stdout)).toMatchObject({ rows: 400, skipped: rows, processed: 400 - rows, failed: 0 })
      expectEachRowOnce(await readResults(out), gen)
    },
    LONG,
  )
})

describe('malformed rows', () => {
  it('get a clear per-row error while the other rows go on', async () => {
    const input = join(dir, 'm.csv')
    const out = join(dir, 'm-results.csv')
    await writeFile(
      input,
      [
        'ID,Payer,State,Coinsurance,Deductible,Program,Member ID,Weeks',
        'a1,Aetna,TX,0.2,1500,substance_use,MBRX-1,12',
        'a2,Aetna,TX,1.5,1500,,MBRX-2,12',
        'a3,,TX,,,,MBRX-3,',
        'a4,Cigna,TX,,12.345,detox,MBRX-4,',
        'a5,Cigna,XX,,,,MBRX-5,400',
        'a6,Cigna,TX',
        'a7,"Blue Cross, Texas",TX,20%,"1,500.00",mental_health,MBRX-7,8',
      ].join('\r\n') + '\r\n',
    )
    const run = await runCli(['batch', input, '--out', out, '--api', coverage.url])
    expect(run.code).toBe(0)
    const results = Object.fromEntries((await readResults(out)).map((r) => [r.id, r]))
    expect(results.a1!.outcome).toBe('ok')
    expect(results.a7!.outcome).toBe('ok')
    expect(results.a2).toMatchObject({ outcome: 'invalid', error: 'row 2: coinsurance "1.5" must be between 0 and 1', member_id: 'MBRX-2' })
    expect(results.a3!.error).toBe('row 3: payer is required (a name such as "Aetna", or payer_id)')
    expect(results.a4!.error).toBe(
      'row 4: program "detox" must be substance_use or mental_health; deductible "12.345" must be a dollar amount such as 1500 or 1500.00 (at most 2 decimals, not negative)',
    )
    // Only the API knows these two: its problem's `errors` are joined.
    expect(results.a5).toMatchObject({ outcome: 'invalid' })
    expect(results.a5!.error).toMatch(/^row 5: state: .+; treatment\.weeks: .+/)
    expect(results.a6!.error).toBe('row 6: has 3 fields but the header has 8')
    // The human summary lists them, with the row's id, never the member ID.
    expect(run.stderr).toMatch(/ok +2 /)
    expect(run.stderr).toMatch(/invalid +5\n/)
    expect(run.stderr).toContain('row 2: coinsurance "1.5" must be between 0 and 1 (id a2)')
    noMemberIds(run.stdout + run.stderr)
  })

  it('refuses an input without a payer column, and an output that is not a results file', async () => {
    const input = join(dir, 'nopayer.csv')
    await writeFile(input, 'id,state\n1,TX\n')
    const run = await runCli(['batch', input, '--out', join(dir, 'x.csv'), '--api', coverage.url])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('has no payer or payer_id column')

    const good = join(dir, 'good.csv')
    const notResults = join(dir, 'precious.csv')
    await writeFile(good, 'payer\nAetna\n')
    await writeFile(notResults, 'my,own\ndata,here\n')
    const refused = await runCli(['batch', good, '--out', notResults, '--api', coverage.url])
    expect(refused.code).toBe(2)
    expect(await readFile(notResults, 'utf8')).toBe('my,own\ndata,here\n')
  })
})

describe('retries', () => {
  it('waits Retry-After on 429, then succeeds', async () => {
    const server = await scriptedServer((_, res, i) =>
      i === 0 ? json(res, 429, { status: 429, title: 'Too many requests', code: 'rate_limited', detail: 'slow down' }, { 'retry-after': '1' }) : json(res, 200, COVERAGE_ANSWER),
    )
    try {
      const run = await runCli(['check', '--payer', 'aetna', '--api', server.url, '--verbose'])
      expect(run.code).toBe(0)
      expect(run.stderr).toContain('retry 1/5 in 1000 ms (HTTP 429, Retry-After)')
      expect(run.stdout).toContain('Coverage    covered, prior authorization required')
      expect(run.stdout).toContain('patient pays $3,400.00, plan pays $11,000.00')
      expect(server.requests).toHaveLength(2)
      expect(server.requests[1]!.body).toBe(server.requests[0]!.body)
    } finally {
      await server.close()
    }
  })

  it('backs off exponentially with jitter on 503, then succeeds', async () => {
    const server = await scriptedServer((_, res, i) =>
      i < 2 ? json(res, 503, { status: 503, title: 'Unavailable', code: 'unavailable', detail: 'x' }) : json(res, 200, COVERAGE_ANSWER),
    )
    try {
      const run = await runCli(['check', '--payer', 'aetna', '--api', server.url, '--verbose', '--retry-base-ms', '40'])
      expect(run.code).toBe(0)
      const delays = [...run.stderr.matchAll(/retry (\d)\/5 in (\d+) ms \(HTTP 503\)/g)].map((m) => Number(m[2]))
      expect(delays).toHaveLength(2)
      // attempt 1: step 40 → 20..40 ms; attempt 2: step 80 → 40..80 ms
      expect(delays[0]).toBeGreaterThanOrEqual(20)
      expect(delays[0]).toBeLessThanOrEqual(40)
      expect(delays[1]).toBeGreaterThanOrEqual(40)
      expect(delays[1]).toBeLessThanOrEqual(80)
      expect(server.requests).toHaveLength(3)
    } finally {
      await server.close()
    }
  })

  it('retries a dropped connection', async () => {
    const server = await scriptedServer((_, res, i) => (i === 0 ? res.socket?.destroy() : json(res, 200, COVERAGE_ANSWER)))
    try {
      const run = await runCli(['check', '--payer', 'aetna', '--api', server.url, '--verbose', '--retry-base-ms', '10'])
      expect(run.code).toBe(0)
      expect(run.stderr).toMatch(/retry 1\/5 in \d+ ms \(\w+/)
    } finally {
      await server.close()
    }
  })

  it('does not retry a 400, and says what the API said', async () => {
    const server = await scriptedServer((_, res) =>
      json(res, 400, { status: 400, title: 'Invalid request', code: 'validation_failed', detail: 'x', errors: [{ path: 'state', message: 'must be a USPS state code such as TX' }] }),
    )
    try {
      const run = await runCli(['check', '--payer', 'aetna', '--state', 'ZZ', '--api', server.url])
      expect(run.code).toBe(1)
      expect(run.stderr).toContain('HTTP 400 validation_failed: state: must be a USPS state code such as TX')
      expect(server.requests).toHaveLength(1)
    } finally {
      await server.close()
    }
  })

  it('in a batch, counts retries, marks rows that never got through as failed, and redoes them on the next run', async () => {
    const gen = generateReferrals(30, 'T')
    const input = join(dir, 't.csv')
    const out = join(dir, 't-results.csv')
    await writeFile(input, gen.csv)
    // The first attempt of every third distinct request is rate limited (Retry-After: 0); Humana
    // in TX is always unavailable.
    let limited = 0
    const seen = new Map<string, number>()
    const flaky = await scriptedServer((req, res) => {
      if (req.body.includes('"Humana"') && req.body.includes('"TX"')) return json(res, 503, { status: 503, title: 'Unavailable', code: 'unavailable', detail: 'x' })
      const attempts = seen.get(req.body) ?? 0
      seen.set(req.body, attempts + 1)
      if (attempts === 0 && seen.size % 3 === 0) {
        limited++
        return json(res, 429, { status: 429, title: 'Too many requests', code: 'rate_limited', detail: 'x' }, { 'retry-after': '0' })
      }
      json(res, 200, COVERAGE_ANSWER)
    })
    const failing = gen.csv.split('\n').filter((l) => l.includes(',Humana,TX,')).length
    expect(failing).toBeGreaterThan(0)
    try {
      const run = await runCli(['batch', input, '--out', out, '--api', flaky.url, '--json', '--retries', '2', '--retry-base-ms', '1'])
      expect(run.code).toBe(3)
      const summary = JSON.parse(run.stdout) as Summary
      expect(summary.failed).toBe(failing)
      expect(summary.ok + summary.invalid + summary.failed).toBe(30)
      const served503 = flaky.requests.filter((r) => r.body.includes('"Humana"') && r.body.includes('"TX"')).length
      expect(summary.retries).toBe(limited + served503 - failing) // every 429 and 503 but each failed row's last attempt
      for (const e of summary.errors.filter((x) => x.error.includes('gave up'))) expect(e.error).toMatch(/^row \d+: gave up after 3 attempts: HTTP 503/)
    } finally {
      await flaky.close()
    }
    const healthy = await scriptedServer((_, res) => json(res, 200, COVERAGE_ANSWER))
    try {
      const run = await runCli(['batch', input, '--out', out, '--api', healthy.url, '--json'])
      expect(run.code).toBe(0)
      expect(JSON.parse(run.stdout)).toMatchObject({ processed: failing, failed: 0, rows: 30 })
      expect(healthy.requests).toHaveLength(failing)
      expectEachRowOnce(await readResults(out), gen)
    } finally {
      await healthy.close()
    }
  })
})

describe('keys', () => {
  it('sends sk_ as a bearer token and pk_ as X-Site-Key, never printing either', async () => {
    const server = await scriptedServer((_, res) => json(res, 200, COVERAGE_ANSWER))
    try {
      const a = await runCli(['check', '--payer', 'aetna', '--api', server.url, '--key', 'sk_live_SECRETKEY'])
      const b = await runCli(['check', '--payer', 'aetna', '--api', server.url], { IOP_API_KEY: 'pk_live_SITEKEY' })
      expect(server.requests[0]!.headers.authorization).toBe('Bearer sk_live_SECRETKEY')
      expect(server.requests[1]!.headers['x-site-key']).toBe('pk_live_SITEKEY')
      expect(server.requests[1]!.headers.authorization).toBeUndefined()
      expect(a.stdout + a.stderr + b.stdout + b.stderr).not.toMatch(/SECRETKEY|SITEKEY/)
      // No key: the local demo key against this machine only.
      await runCli(['check', '--payer', 'aetna', '--api', server.url])
      expect(server.requests[2]!.headers.authorization).toBe('Bearer sk_test_demo')
    } finally {
      await server.close()
    }
    const remote = await runCli(['check', '--payer', 'aetna', '--api', 'https://checker.example.org'])
    expect(remote.code).toBe(2)
    expect(remote.stderr).toContain('--key or IOP_API_KEY')
  })

  it('sends the member ID only when asked, and never prints it', async () => {
    const server = await scriptedServer((_, res) => json(res, 200, { ...COVERAGE_ANSWER, memberId: 'MBRX-ECHO' }))
    try {
      await runCli(['check', '--payer', 'aetna', '--member-id', 'MBRX-1', '--api', server.url])
      const asked = await runCli(['check', '--payer', 'aetna', '--member-id', 'MBRX-2', '--send-member-id', '--api', server.url, '--json'])
      expect(server.requests[0]!.body).not.toContain('MBRX-1')
      expect(JSON.parse(server.requests[1]!.body)).toMatchObject({ memberId: 'MBRX-2' })
      expect(JSON.parse(asked.stdout).memberId).toBe('[redacted]')
      noMemberIds(asked.stdout + asked.stderr)
    } finally {
      await server.close()
    }
  })
})

describe('other commands', () => {
  it('payers: searches the real Worker', async () => {
    const run = await runCli(['payers', 'uhc', '--api', workerUrl(), '--json'])
    expect(run.code).toBe(0)
    const body = JSON.parse(run.stdout) as { results: { name: string }[] }
    expect(body.results[0]!.name).toBe('UnitedHealthcare')
    const human = await runCli(['payers', 'uhc', '--api', workerUrl()])
    expect(human.stdout).toMatch(/UnitedHealthcare \(commercial/)
    const bad = await runCli(['payers', 'uhc', '--limit', '0', '--api', workerUrl()])
    expect(bad.code).toBe(2)
  })

  it('check: one coverage check, in words and as JSON', async () => {
    const run = await runCli(['check', '--payer', 'Aetna', '--state', 'TX', '--coinsurance', '20%', '--deductible', '1,500', '--days-per-week', '3', '--weeks', '12', '--allowed-per-day', '400', '--api', coverage.url])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^Payer {7}.+\nCoverage {4}(covered|covered_with_conditions|not_covered|unknown)/)
    expect(run.stdout).toContain('Estimate    36 days')
    const local = await runCli(['check', '--payer', 'Aetna', '--coinsurance', '1.5', '--api', coverage.url])
    expect(local.code).toBe(2)
    expect(local.stderr).toContain('coinsurance "1.5" must be between 0 and 1')
  })

  it('x12: posts the 271 as text/plain and prints the IOP benefits without names or member IDs', async () => {
    const x12 = await readFile('test/fixtures/x12/aetna-sud-in-and-out.x12', 'utf8')
    const level = { deductible: { total: 150000, remaining: 100000 }, outOfPocketMax: { total: 600000, remaining: null }, coinsurance: 0.2, copay: null, priorAuthorization: 'required' }
    const server = await scriptedServer((_, res) =>
      json(res, 200, { transactions: [{ status: 'active', payer: { name: 'AETNA', id: '60054' }, planName: 'Open Access PPO', subscriber: { memberId: 'W000000000', name: 'DOE JOHN' }, rejections: [], carveOut: null, iop: { inNetwork: level, outOfNetwork: level } },
        { status: 'rejected', payer: { name: 'CIGNA', id: '62308' }, planName: null, rejections: [{ code: '75', meaning: 'Subscriber/Insured Not Found', followUp: { code: 'C', meaning: 'Please Correct and Resubmit' } }], carveOut: null, iop: {} }] }),
    )
    try {
      const run = await runCli(['x12', 'test/fixtures/x12/aetna-sud-in-and-out.x12', '--program', 'substance_use', '--api', server.url])
      expect(run.code).toBe(0)
      expect(server.requests[0]!.headers['content-type']).toBe('text/plain; charset=utf-8')
      expect(server.requests[0]!.url).toBe('/v1/eligibility/x12?program=substance_use')
      expect(server.requests[0]!.body).toBe(x12)
      expect(run.stdout).toContain('#1 active: AETNA, Open Access PPO')
      expect(run.stdout).toContain('in network      deductible $1,500.00, $1,000.00 remaining; out-of-pocket max $6,000.00; coinsurance 20%; copay –; prior auth required')
      expect(run.stdout).toContain('#2 rejected: CIGNA\n  rejected: Subscriber/Insured Not Found (Please Correct and Resubmit)')
      const asJson = await runCli(['x12', '-', '--api', server.url, '--json'], {}, x12)
      expect(JSON.parse(asJson.stdout).transactions[0].subscriber).toBe('[redacted]')
      expect(run.stdout + asJson.stdout).not.toMatch(/W000000000|DOE/)
    } finally {
      await server.close()
    }
  })

  it.each(['', 'check', 'payers', 'x12', 'batch'])('%s --help explains itself', async (command) => {
    const run = await runCli([...(command ? [command] : []), '--help'])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^Usage: iop-coverage /)
    expect(run.stdout).toContain('--api URL')
  })

  it('rejects an unknown flag instead of ignoring it', async () => {
    const run = await runCli(['check', '--payr', 'aetna'])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain("Unknown option '--payr'")
  })
})
