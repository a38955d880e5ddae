// Issue 13, finding 5: the one webhook URL validator, outside local (where the lead's PHI would
// go to the internet) and locally. The attack URLs are the ones the outside test sent to 0.1.
import { describe, expect, it } from 'vitest'
import { deliveryResult, webhookUrlProblem } from '../../worker/domain/delivery/webhook-url'

describe('webhookUrlProblem in production', () => {
  it.each([
    ['https://169.254.169.254/latest/meta-data/', 'not an IP address'],
    ['https://10.0.0.1/', 'not an IP address'],
    ['https://0x7f000001/', 'not an IP address'],
    ['https://2130706433/', 'not an IP address'],
    ['https://0177.0.0.1/', 'not an IP address'],
    ['https://127.1/', 'not an IP address'],
    ['https://[::ffff:127.0.0.1]/', 'not an IP address'],
    ['https://[::1]/', 'not an IP address'],
    ['https://metadata.google.internal/', 'internal'],
    ['https://foo.internal/', 'internal'],
    ['https://nas.local/', 'internal'],
    ['https://localhost/', 'fully qualified'],
    ['https://localhost./', 'fully qualified'],
    ['https://app.localhost/', 'internal'],
    ['https://router.home.arpa/', 'internal'],
    ['https://intranet/', 'fully qualified'],
    ['http://localhost:8080/hook', 'https'],
    ['http://hooks.example.org/', 'https'],
    ['https://hooks.example.org/#x', 'fragment'],
    ['https://hooks.example.org/a#', 'fragment'],
    ['https://u:p@hooks.example.org/', 'credentials'],
    ['https://hooks.example.org:25/', 'port'],
    ['ftp://hooks.example.org/', 'https'],
    ['not a url', 'absolute URL'],
  ])('refuses %s', (url, why) => {
    expect(webhookUrlProblem(url, 'production')).toContain(why)
  })

  it.each(['https://crm.sunrise-recovery.com/hooks/iop', 'https://hooks.example.org:8443/x?y=1', 'https://a.b.co.uk/'])('accepts %s', (url) => {
    expect(webhookUrlProblem(url, 'production')).toBeNull()
  })

  it('an unset environment is treated as production', () => {
    expect(webhookUrlProblem('http://127.0.0.1:9000/hook', undefined)).toBe('must be https')
  })
})

describe('webhookUrlProblem locally', () => {
  it.each(['http://127.0.0.1:9000/hook', 'http://localhost:9000/hook', 'http://[::1]:9000/hook', 'https://localhost/x'])('accepts loopback %s', (url) => {
    expect(webhookUrlProblem(url, 'local')).toBeNull()
  })
  it.each(['http://10.0.0.1/', 'https://169.254.169.254/', 'https://metadata.google.internal/', 'http://127.0.0.1/#f'])('still refuses %s', (url) => {
    expect(webhookUrlProblem(url, 'local')).not.toBeNull()
  })
})

describe('deliveryResult buckets, never raw statuses', () => {
  it.each([
    [200, false, 'delivered'],
    [204, false, 'delivered'],
    [301, false, 'failed_4xx'],
    [404, false, 'failed_4xx'],
    [500, false, 'failed_5xx'],
    [503, false, 'failed_5xx'],
    [null, true, 'timeout'],
    [null, false, 'unreachable'],
  ] as const)('%s (timed out: %s) → %s', (status, timedOut, bucket) => {
    expect(deliveryResult(status, timedOut)).toBe(bucket)
  })
})
