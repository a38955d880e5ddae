/**
 * @module
 * The real-time eligibility check (`POST /v1/eligibility/checks`): resolve the payer, answer
 * from the encrypted one-day cache when possible, else build the 270, send it through the
 * clearinghouse once (concurrent identical requests share one call; retries reuse one
 * idempotency key), read the 271 and return the PHI-free reading with `benefits` ready for a
 * coverage check. PHI stays in memory: logs get ids, codes and timings; errors name fields,
 * never values; the cache holds only the PHI-free reading, encrypted, under an HMAC key.
 */
import { PAYERS_BY_ID } from '../data/payers'
import { PAYER_MATCHER as matcher } from '../data/payers/matcher'
import type { PayerRecord } from '../domain/payer/types'
import { iopToBenefits } from '../domain/x12/iop'
import { withIop, type EntryCore } from '../domain/x12/read-271'
import { adviseOnRejections } from '../domain/x12/rejections'
import type { EligibilityCheckReading, EligibilityCheckRequest } from '../http/schemas/eligibility'
import { log } from '../http/log'
import { ApiError } from '../http/problem'
// The clearinghouse call (vendor adapters, 270 out, 271 in, transport problems) lives in ./clearinghouse/.
import { callClearinghouse } from './clearinghouse/call'
import { decryptJson, encryptJson, hmacHex } from './crypto'

const CACHE_TTL_SECONDS = 24 * 60 * 60

/** Checks in flight in this isolate, by idempotency key: identical concurrent requests share one. */
const inFlight = new Map<string, Promise<Checked>>()

type Checked = { entries: EntryCore[]; checkedAt: string; cached: boolean }

/** What the cache holds: the PHI-free reading, plus a keyed hash proving who it was asked for. */
type CacheRecord = { identity: string; entries: EntryCore[]; checkedAt: string }

function resolvePayer(payer: EligibilityCheckRequest['payer'], req: EligibilityCheckRequest): PayerRecord {
  const found =
    typeof payer === 'string'
      ? matcher.match({ text: payer, ...(req.state ? { state: req.state } : {}), memberId: req.memberId }).best?.payer
      : PAYERS_BY_ID.get(payer.id)
  if (!found) {
    throw new ApiError(422, 'payer_unknown', 'Payer not recognized', 'We could not tell which payer this is: pick it from the list.', {
      errors: [{ path: 'payer', message: 'not a payer we know' }],
    })
  }
  if (!found.payerIds?.length) {
    throw new ApiError(
      422,
      'payer_not_supported',
      'No real-time check for this payer',
      `No clearinghouse payer ID is known for ${found.name}: call the payer, or paste the 271 you have.`,
      { errors: [{ path: 'payer', message: 'no clearinghouse payer ID known' }] },
    )
  }
  return found
}

/** Runs one real-time check (see the module comment). Throws `ApiError` for every failure a caller can act on. */
export async function eligibilityCheck(env: Env, req: EligibilityCheckRequest, requestId: string): Promise<EligibilityCheckReading> {
  const payer = resolvePayer(req.payer, req)
  const memberId = req.memberId.toUpperCase()
  const identity = await hmacHex(env.HASH_KEY, `eligibility-identity:v1|${req.lastName.toUpperCase()}|${req.dateOfBirth}`)
  const cacheKey = `elig:v1:${await hmacHex(env.HASH_KEY, `eligibility-cache:v1|${payer.id}|${memberId}`)}`
  // The idempotency key covers everything the 270 says, so a corrected name or DOB is a new inquiry.
  // A clearinghouse replays a key's first answer, so after a "try again later" answer (AAA 42,
  // timeout, 5xx) the next attempt gets a new generation of the key, hence a real new inquiry.
  const serviceDate = new Date().toISOString().slice(0, 10)
  const baseKey = await hmacHex(
    env.HASH_KEY,
    ['eligibility-270:v1', payer.id, memberId, serviceDate, req.program, req.firstName.toUpperCase(), req.lastName.toUpperCase(), req.dateOfBirth].join('|'),
  )
  const generationKey = `elig:gen:${baseKey}`
  const generation = Number((await env.ELIGIBILITY_CACHE.get(generationKey)) ?? '0') || 0
  const idempotencyKey = generation ? await hmacHex(env.HASH_KEY, `${baseKey}|${generation}`) : baseKey
  const nextGeneration = () =>
    env.ELIGIBILITY_CACHE.put(generationKey, String(generation + 1), { expirationTtl: CACHE_TTL_SECONDS })

  let checked: Checked | null = null
  const sealed = await env.ELIGIBILITY_CACHE.get(cacheKey)
  if (sealed) {
    try {
      const record = await decryptJson<CacheRecord>(env.PHI_ENCRYPTION_KEY, sealed, cacheKey)
      if (record.identity === identity) checked = { entries: record.entries, checkedAt: record.checkedAt, cached: true }
    } catch {
      // Sealed with a rotated key or altered: ask the payer again.
    }
  }
  if (!checked) {
    let pending = inFlight.get(idempotencyKey)
    if (!pending) {
      pending = callClearinghouse(env, req, payer, idempotencyKey, requestId)
        .then(
          async (c) => {
            const advice = adviseOnRejections(c.entries[0]?.status === 'rejected' ? c.entries[0].rejections : [])
            if (advice?.kind === 'retry_later') await nextGeneration()
            return c
          },
          async (e: unknown) => {
            if (e instanceof ApiError && e.retryable) await nextGeneration()
            throw e
          },
        )
        .finally(() => inFlight.delete(idempotencyKey))
      inFlight.set(idempotencyKey, pending)
    } else {
      log({ level: 'info', event: 'clearinghouse_call_shared', requestId })
    }
    checked = await pending
  }

  const reading = withIop(checked.entries, req.program)
  const first = reading.transactions[0]!
  if (first.status === 'rejected') {
    const advice = adviseOnRejections(first.rejections)!
    if (advice.kind === 'retry_later') {
      throw new ApiError(503, 'payer_unavailable', 'The payer cannot answer right now', advice.message, { retryable: true, headers: { 'Retry-After': '300' } })
    }
    throw new ApiError(422, 'eligibility_rejected', 'The payer rejected the inquiry', advice.message, {
      retryable: false,
      ...(advice.fields.length ? { errors: advice.fields.map((path) => ({ path, message: 'check this field' })) } : {}),
    })
  }
  if (!checked.cached) {
    const record: CacheRecord = { identity, entries: checked.entries, checkedAt: checked.checkedAt }
    await env.ELIGIBILITY_CACHE.put(cacheKey, await encryptJson(env.PHI_ENCRYPTION_KEY, record, cacheKey), { expirationTtl: CACHE_TTL_SECONDS })
  }
  log({ level: 'info', event: 'eligibility_checked', requestId, code: first.status, x_cached: checked.cached, x_payer: payer.id })
  return {
    ...reading,
    payerId: payer.id,
    benefits: iopToBenefits(first.iop.inNetwork),
    benefitsOutOfNetwork: iopToBenefits(first.iop.outOfNetwork),
    source: { cached: checked.cached, checkedAt: checked.checkedAt },
  }
}
