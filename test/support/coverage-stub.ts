// A stand-in for `POST /v1/coverage/checks` that follows docs/architecture.md §3 (request fields, 400
// problem+json naming each bad field, response shape), used by the CLI tests only while the
// Worker under test has no coverage route (before the `rules` branch is merged). Coverage status
// is a fixed function of payer, program and network; an unknown payer answers status "unknown".
import { US_STATES } from '../../worker/http/schemas/common'
import { json, scriptedServer } from './cli'

const STATUSES = ['covered', 'covered_with_conditions', 'not_covered']

export function stubStatus(body: { payer: unknown; program?: string; network?: string }): string {
  const text = typeof body.payer === 'string' ? body.payer : JSON.stringify(body.payer)
  if (/unknown/i.test(text)) return 'unknown'
  let h = 0
  for (const ch of `${text}|${body.program ?? ''}|${body.network ?? ''}`) h = (h * 31 + ch.charCodeAt(0)) >>> 0
  return STATUSES[h % STATUSES.length]!
}

export function startCoverageStub() {
  return scriptedServer((req, res) => {
    if (req.method !== 'POST' || req.url !== '/v1/coverage/checks') return json(res, 404, { status: 404, title: 'Not found', code: 'not_found', detail: 'stub' })
    const body = JSON.parse(req.body) as {
      payer: unknown
      state?: string
      program?: string
      network?: string
      treatment?: { daysPerWeek?: number; weeks?: number; allowedPerDay?: number }
    }
    const errors: { path: string; message: string }[] = []
    if (body.state !== undefined && !(US_STATES as readonly string[]).includes(body.state)) errors.push({ path: 'state', message: 'must be a USPS state code such as TX' })
    if ((body.treatment?.weeks ?? 1) > 52) errors.push({ path: 'treatment.weeks', message: 'must be at most 52 weeks (a year)' })
    if (errors.length) {
      return json(res, 400, { type: '/docs#problem-validation_failed', title: 'Invalid request', status: 400, detail: 'invalid', code: 'validation_failed', errors })
    }
    const status = stubStatus(body)
    const days = (body.treatment?.daysPerWeek ?? 3) * (body.treatment?.weeks ?? 12)
    const allowedTotal = days * (body.treatment?.allowedPerDay ?? 40000)
    json(res, 200, {
      payer: status === 'unknown' ? null : { id: 'stub', name: String(body.payer), kind: 'commercial', confidence: 1, matchedBy: 'alias', alternatives: [] },
      coverage: { status, priorAuthorization: 'required' },
      estimate: { currency: 'USD', days, allowedTotal, planPays: allowedTotal - 1000, patientPays: 1000, outOfPocketMaxReachedOnDay: null, assumptions: [] },
      nextSteps: [],
    }, { 'x-request-id': `stub-${req.body.length}` })
  })
}
