import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { authHeaders, backoffMs, retryAfterMs } from '../../cli/src/client'
import { csvLine, detectDelimiter, parseCsv, readCsv } from '../../cli/src/csv'
import { terminalSafe } from '../../cli/src/terminal'
import { centsToDollars, dollarsToCents, formatUsd, parseFraction } from '../../cli/src/money'
import { toCoverageRequest } from '../../cli/src/referral'

describe('dollars → cents, exactly', () => {
  it.each([
    ['0', 0],
    ['1500', 150000],
    ['1500.5', 150050],
    ['1,500.50', 150050],
    ['$61.73', 6173],
    ['0.29', 29], // 0.29 × 100 is 28.999999999999996 in floating point
    ['1.15', 115], // 1.15 × 100 is 114.99999999999999
    ['10000000', 1_000_000_000],
  ])('%s → %i cents', (text, cents) => {
    expect(dollarsToCents(text)).toEqual({ cents })
  })

  it.each(['-5', '12.345', '1,50', 'abc', '', '1.', '10000000.01', '1e3', '99999999'])('%s is refused', (text) => {
    expect(dollarsToCents(text)).toHaveProperty('error')
  })

  it('round-trips every amount with cents (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), (cents) => {
        expect(dollarsToCents(centsToDollars(cents))).toEqual({ cents })
      }),
    )
  })

  it('formats for people', () => {
    expect(formatUsd(150050)).toBe('$1,500.50')
    expect(formatUsd(5)).toBe('$0.05')
  })
})

describe('coinsurance', () => {
  it.each([
    ['0.2', 0.2],
    ['.2', 0.2],
    ['20%', 0.2],
    ['12.5%', 0.125],
    ['0', 0],
    ['1', 1],
    ['100%', 1],
    ['0.333333', 0.333333],
  ])('%s → %d', (text, value) => {
    expect(parseFraction(text)).toEqual({ value })
  })

  it.each([
    ['1.5', 'must be between 0 and 1'],
    ['150%', 'must be between 0 and 1 (or 0% and 100%)'],
    ['0.1234567', 'must have at most 6 decimal places'],
    ['-0.1', 'must be a fraction between 0 and 1, such as 0.2 or 20%'],
  ])('%s is refused: %s', (text, error) => {
    expect(parseFraction(text)).toEqual({ error })
  })
})

describe('CSV', () => {
  it('reads quotes, doubled quotes, commas and line breaks in fields, CRLF and a BOM', () => {
    expect(parseCsv('\ufeffa,b\r\n"x, y","say ""hi"""\r\n"multi\nline",\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
      ['multi\nline', ''],
    ])
  })

  it('skips blank lines and keeps a last line without a line break, unless asked to drop it', () => {
    expect(parseCsv('a\n\nb')).toEqual([['a'], ['b']])
    expect(parseCsv('a\nb', { dropUnterminated: true })).toEqual([['a']])
  })

  it('gives back what it wrote, formula triggers defused (property, seed printed)', () => {
    const seed = Number(process.env.FC_SEED ?? 20_261_203)
    console.log(`csv round trip: seed=${seed}`)
    const field = fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', '"', '\n', '\r', 'é', '1', '=', '-', '@', '\t', "'") })
    const rows = fc.array(fc.array(field, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 10 })
    // OWASP "CSV Injection": a cell starting with = + - @ tab or CR gets a leading apostrophe.
    const defused = (f: string) => (/^[=+\-@\t\r]/.test(f) ? `'${f}` : f)
    fc.assert(
      fc.property(rows, (rs) => {
        expect(parseCsv(rs.map(csvLine).join(''))).toEqual(rs.map((r) => r.map(defused)))
      }),
      { seed },
    )
  })

  it.each([
    ['=HYPERLINK("http://x.example","click")', `'=HYPERLINK("http://x.example","click")`],
    ['+1-800-555-0100', "'+1-800-555-0100"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ["'=already", "'=already"],
    ['Aetna', 'Aetna'],
  ])('makes the cell %j formula-safe in every column', (cell, expected) => {
    // The same cell as id, member_id and free text: every column is protected.
    expect(parseCsv(csvLine([cell, cell, cell]))).toEqual([[expected, expected, expected]])
  })

  it('detects ; and tab delimited exports from the header line', () => {
    expect(detectDelimiter('payer;state;coinsurance\nAetna;TX;"20,5"\n')).toBe(';')
    expect(detectDelimiter('payer\tstate\nAetna\tTX\n')).toBe('\t')
    expect(detectDelimiter('"a;b;c",d\n')).toBe(',')
    expect(parseCsv('payer;state\nAetna;TX\n')).toEqual([['payer', 'state'], ['Aetna', 'TX']])
    expect(parseCsv('payer\tstate\nCigna\tNM\n')).toEqual([['payer', 'state'], ['Cigna', 'NM']])
  })

  it('reports an unclosed quote for its own line and reads the lines after it', () => {
    expect(readCsv('payer,state\nAetna,TX\n"Cigna,NM\nHumana,FL\nUHC,CA\n')).toEqual([
      { fields: ['payer', 'state'], line: 1 },
      { fields: ['Aetna', 'TX'], line: 2 },
      { fields: [], line: 3, problem: 'line 3: a quoted field is not closed (a " without its closing ")' },
      { fields: ['Humana', 'FL'], line: 4 },
      { fields: ['UHC', 'CA'], line: 5 },
    ])
    expect(() => parseCsv('a\n"b\nc\n')).toThrow(/line 2: a quoted field is not closed/)
  })

  it('drops a results line cut off inside a quote when asked to', () => {
    expect(parseCsv('a,b\n1,2\n3,"par', { dropUnterminated: true })).toEqual([['a', 'b'], ['1', '2']])
  })
})

describe('terminal output', () => {
  it('strips control characters and bidi overrides, keeping line breaks and tabs', () => {
    expect(terminalSafe('Aetna\u001b[2J\u001b]0;pwned\u0007 ok\r\n\tnext\u202eevil\u009b')).toBe('Aetna[2J]0;pwned ok\n\tnextevil')
  })
})

describe('retries', () => {
  it('read Retry-After as seconds or an HTTP date', () => {
    expect(retryAfterMs('3')).toBe(3000)
    expect(retryAfterMs('Wed, 21 Oct 2015 07:28:10 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(10_000)
    expect(retryAfterMs(undefined)).toBeNull()
    expect(retryAfterMs('soon')).toBeNull()
  })

  it('back off exponentially with equal jitter, capped', () => {
    // step = min(max, base·2^(attempt−1)); delay = step/2 + random·step/2
    expect(backoffMs(1, 500, 30_000, () => 0)).toBe(250)
    expect(backoffMs(1, 500, 30_000, () => 1)).toBe(500)
    expect(backoffMs(3, 500, 30_000, () => 0.5)).toBe(1500)
    expect(backoffMs(10, 500, 30_000, () => 1)).toBe(30_000)
  })

  it('send the key in the header its prefix calls for', () => {
    expect(authHeaders('sk_test_demo')).toEqual({ authorization: 'Bearer sk_test_demo' })
    expect(authHeaders('pk_test_demo')).toEqual({ 'x-site-key': 'pk_test_demo' })
    expect(() => authHeaders('demo')).toThrow()
  })
})

describe('referral → coverage check request', () => {
  it('converts a full row, money in cents', () => {
    const built = toCoverageRequest({
      payer: ' Aetna ', state: 'tx', plan: 'Open Access PPO', program: 'MH', network: 'OUT', member_id: 'W123456789',
      deductible: '1,500', deductible_met: '500.25', oop_max: '6000', oop_met: '0', coinsurance: '20%',
      deductible_applies: 'yes', days_per_week: '3', weeks: '12', charge_per_day: '600', allowed_per_day: '400.10',
    })
    expect(built).toEqual({
      request: {
        payer: 'Aetna', state: 'TX', plan: 'Open Access PPO', program: 'mental_health', network: 'out',
        benefits: { deductible: { total: 150000, met: 50025 }, outOfPocketMax: { total: 600000, met: 0 }, coinsurance: 0.2, deductibleApplies: true },
        treatment: { daysPerWeek: 3, weeks: 12, chargePerDay: 60000, allowedPerDay: 40010 },
      },
    })
  })

  it('keeps the member ID on this machine unless asked', () => {
    const row = { payer: 'uhc', member_id: 'ZGP123456789' }
    expect(JSON.stringify(toCoverageRequest(row))).not.toContain('ZGP123456789')
    expect(toCoverageRequest(row, { sendMemberId: true })).toEqual({ request: { payer: 'uhc', memberId: 'ZGP123456789' } })
  })

  it('uses payer_id when given', () => {
    expect(toCoverageRequest({ payer_id: 'aetna' })).toEqual({ request: { payer: { id: 'aetna' } } })
  })

  it.each([
    [{ payer: 'x', coinsurance: '1.5' }, 'coinsurance "1.5" must be between 0 and 1'],
    [{ payer: 'x', deductible: '12.345' }, 'deductible "12.345" must be a dollar amount such as 1500 or 1500.00 (at most 2 decimals, not negative)'],
    [{ payer: 'x', state: 'Texas' }, 'state "Texas" must be a two-letter USPS code such as TX'],
    [{ payer: 'x', program: 'detox' }, 'program "detox" must be substance_use or mental_health'],
    [{ payer: 'x', weeks: '3.5' }, 'weeks "3.5" must be a whole number'],
    [{ payer: 'x', oop_met: '10' }, 'oop_met needs oop_max (the annual total)'],
    [{ payer: 'x', deductible: '1.234', deductible_met: '5' }, 'deductible "1.234" must be a dollar amount such as 1500 or 1500.00 (at most 2 decimals, not negative)'],
    [{ state: 'TX' }, 'payer is required (a name such as "Aetna", or payer_id)'],
  ])('%o → %s', (row, error) => {
    expect(toCoverageRequest(row)).toEqual({ errors: [error] })
  })

  it('never quotes a member ID in an error', () => {
    const built = toCoverageRequest({ member_id: 'SECRET42', coinsurance: 'x' })
    expect(JSON.stringify(built)).not.toContain('SECRET42')
  })
})
