import { describe, expect, it } from 'vitest'
import { clientIpKey } from '../../worker/http/middleware/client-ip'
import { originHostnames, originMatches, originProblem } from '../../worker/http/origins'

const PATTERNS = ['http://127.0.0.1:*', 'http://localhost:*', 'https://center.example', 'https://www.center.example:8443']

describe('originMatches', () => {
  it.each([
    ['http://127.0.0.1:8787', true],
    ['http://127.0.0.1', true],
    ['http://localhost:5173', true],
    ['https://127.0.0.1:8787', false], // scheme differs from the pattern
    ['https://center.example', true],
    ['https://center.example:443', false], // not how a browser sends it
    ['http://center.example', false],
    ['https://evil.center.example', false],
    ['https://center.example.evil', false],
    ['https://www.center.example:8443', true],
    ['https://www.center.example', false],
    ['null', false],
    ['', false],
    ['https://center.example/', false],
    ['https://user@center.example', false],
  ])('%s → %s', (origin, expected) => {
    expect(originMatches(origin, PATTERNS)).toBe(expected)
  })

  it('honours ":*" only for loopback hosts, even if such a pattern got stored', () => {
    expect(originMatches('https://center.example:9999', ['https://center.example:*'])).toBe(false)
  })
})

describe('originProblem (what staff may register)', () => {
  it.each([
    ['https://center.example', null],
    ['https://center.example:8443', null],
    ['http://127.0.0.1:*', null],
    ['http://localhost:3000', null],
    ['http://center.example', 'must use https (http is allowed for loopback only)'],
    ['https://center.example:*', '":*" (any port) is allowed for loopback hosts only'],
    ['http://127.0.0.1:80:*', 'must be an origin (scheme, host and port only), such as https://center.example'],
    ['https://center.example/', 'must be an origin (scheme, host and port only), such as https://center.example'],
    ['https://center.example/path', 'must be an origin (scheme, host and port only), such as https://center.example'],
    ['center.example', 'must be an origin such as https://center.example'],
    ['javascript:alert(1)', 'must be an origin (scheme, host and port only), such as https://center.example'],
  ])('%s → %s', (pattern, problem) => {
    expect(originProblem(pattern)).toBe(problem)
  })
})

describe('originHostnames', () => {
  it('gives the hostnames Turnstile may report', () => {
    expect(originHostnames(PATTERNS)).toEqual(['127.0.0.1', 'localhost', 'center.example', 'www.center.example'])
  })
})

describe('clientIpKey', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    ['2001:db8:85a3:8d3:1319:8a2e:370:7348', '2001:db8:85a3:8d3::/64'],
    ['2001:db8:85a3:8d3::1', '2001:db8:85a3:8d3::/64'],
    ['2001:0DB8:0000:0001::', '2001:db8:0:1::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    [undefined, 'unknown'],
  ])('%s → %s', (ip, key) => {
    expect(clientIpKey(ip)).toBe(key)
  })
})
