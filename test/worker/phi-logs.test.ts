// Recognizable PHI sent through every route of the route table, with and without valid
// credentials, in bodies and headers, must not appear in anything the Worker logs, in any
// response header, or in any error body. (PHI never travels in URLs: PHI routes are POST-only.)
import { describe, expect, it } from 'vitest'
import { concretePath, hasBody, loadRouteTable } from '../support/route-table'
import { DEMO, OTHER, bearer, uniqueIp } from '../support/tenants'
import { api, workerLogs } from '../support/worker'

const MEMBER_ID = 'ZZPHI123456789'
const FIRST = 'Quentin'
const LAST = 'Zyxwvut'
const DOB = '1961-07-04'
const NEEDLES = [MEMBER_ID, FIRST, LAST, DOB, 'Quentin Zyxwvut', '19610704', '07/04/1961']

const PHI_BODY = {
  memberId: MEMBER_ID,
  firstName: FIRST,
  lastName: LAST,
  name: `${FIRST} ${LAST}`,
  dateOfBirth: DOB,
  subscriber: { memberId: MEMBER_ID, name: `${FIRST} ${LAST}`, dob: DOB },
  label: `${FIRST} ${LAST} ${MEMBER_ID}`,
  payer: 'aetna',
}

const bodies: [string, string, string][] = [
  ['JSON', 'application/json', JSON.stringify(PHI_BODY)],
  ['JSON with PHI in wrong types', 'application/json', JSON.stringify({ memberId: [MEMBER_ID], dateOfBirth: { d: DOB }, programs: [LAST] })],
  ['malformed JSON', 'application/json', `{"memberId": "${MEMBER_ID}", "name": "${FIRST} ${LAST}", "dob": "${DOB}"`],
  ['plain text', 'text/plain', `${MEMBER_ID} ${FIRST} ${LAST} ${DOB}`],
  ['a form', 'application/x-www-form-urlencoded', `memberId=${MEMBER_ID}&name=${FIRST}+${LAST}&dob=${DOB}`],
]

const credentials: [string, Record<string, string>][] = [
  ['anonymous', {}],
  ['the demo site key', { 'X-Site-Key': DEMO.siteKey, Origin: DEMO.origin }],
  ['a staff key', bearer(OTHER.staffKey)],
  ['PHI stuffed into credentials', {
    'X-Site-Key': `pk_${MEMBER_ID}`,
    Authorization: `Bearer sk_${MEMBER_ID}_${LAST}`,
    Cookie: `__Host-iop_staff=${MEMBER_ID}${LAST}${FIRST}AAAAAAAAAA`,
  }],
]

const extraHeaders = { 'Idempotency-Key': `${MEMBER_ID}-${DOB}`, 'X-Turnstile-Token': `fake.${MEMBER_ID}.${LAST}`, 'User-Agent': `${FIRST} ${LAST}` }

describe('PHI never reaches logs, headers or error bodies', async () => {
  const table = await loadRouteTable()

  it('for every route, credential and body shape', async () => {
    let sent = 0
    for (const route of table) {
      for (const [, creds] of credentials) {
        const variants = hasBody(route.method) ? bodies : [['no body', '', ''] as [string, string, string]]
        for (const [, type, body] of variants) {
          const res = await api(concretePath(route.path), {
            method: route.method,
            headers: { 'CF-Connecting-IP': uniqueIp(), ...extraHeaders, ...creds, ...(type ? { 'Content-Type': type } : {}) },
            ...(body ? { body } : {}),
          })
          sent++
          const context = `${route.method} ${route.path} → ${res.status}`
          expect(res.status, context).toBeLessThan(500)
          const headerLines: string[] = []
          res.headers.forEach((v, k) => headerLines.push(`${k}: ${v}`))
          const headerText = headerLines.join('\n')
          const text = await res.text()
          for (const needle of NEEDLES) {
            expect(headerText, context).not.toContain(needle)
            if (res.status >= 400) expect(text, context).not.toContain(needle)
          }
        }
      }
    }
    expect(sent).toBeGreaterThan(table.length * credentials.length)

    const logs = await workerLogs()
    expect(logs).toContain('"event":"request"')
    for (const needle of NEEDLES) expect(logs.toLowerCase()).not.toContain(needle.toLowerCase())
  })
})
