/**
 * @module
 * The real-time eligibility check (`POST /v1/eligibility/checks`): resolve the payer, answer
 * staff from the partner's own encrypted one-day cache when possible, else build the 270, send it through the
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
import { withoutControlChars } from '../domain/text/control-chars'
import type { EligibilityCheckReading, EligibilityCheckRequest } from '../http/schemas/eligibility'
import { log } from '../http/log'
import { ApiError, problem } from '../http/problem'
// The clearinghouse call (vendor adapters, 270 out, 271 in, transport problems) lives in ./clearinghouse/.
import { callClearinghouse } from './clearinghouse/call'
import { decryptJson, encryptJson, hmacHex } from './crypto'
import { auditStatement } from './d1/audit'

const CACHE_TTL_SECONDS = 24 * 60 * 60

/**
 * Checks in flight in this isolate, by idempotency key (per tenant and identity): identical
 * concurrent requests of one partner share one.
 */
const inFlight = new Map<string, Promise<Checked>>()

type Checked = { entries: EntryCore[]; checkedAt: string; cached: boolean }

/**
 * What the cache holds: the PHI-free reading. Its key is a keyed hash of the tenant and the whole
 * identity, and the key is the AES-GCM additional data, so a record opens only under its own key.
 */
type CacheRecord = { entries: EntryCore[]; checkedAt: string }

function resolvePayer(payer: EligibilityCheckRequest['payer'], req: EligibilityCheckRequest): PayerRecord {
  const found =
    typeof payer === 'string'
      ? matcher.match({ text: payer, ...(req.state ? { state: req.state } : {}), memberId: req.memberId }).best?.payer
      : PAYERS_BY_ID.get(payer.id)
  if (!found) {
    throw problem('payer_unknown', 'We could not tell which payer this is: pick it from the list.', {
      errors: [{ path: 'payer', message: 'not a payer we know' }],
    })
  }
  if (!found.payerIds?.length) {
    throw problem(
      'payer_not_supported',
      `No clearinghouse payer ID is known for ${found.name}: call the payer, or paste the 271 you have.`,
      { errors: [{ path: 'payer', message: 'no clearinghouse payer ID known' }] },
    )
  }
  return found
}

/**
 * Who asks: the tenant scopes every key (cache, idempotency, in flight), so no partner ever meets
 * another's check; `via` decides whether a cached reading may be shown (staff only: a visitor
 * must not learn that someone checked this person before); `actor` goes to the audit row.
 */
export type EligibilityCaller = { partnerId: string; actor: string; via: 'staff' | 'site_key' }

/** The keyed hashes one check is filed under; every part of the identity and the tenant are in each. */
async function checkKeys(env: Env, caller: EligibilityCaller, payer: PayerRecord, req: EligibilityCheckRequest) {
  const serviceDate = new Date().toISOString().slice(0, 10)
  // The whole identity: a corrected name or DOB, another program or day is another inquiry, and
  // the partner id keeps tenants apart even for the same person.
  const identity = await hmacHex(
    env.HASH_KEY,
    [
      'eligibility-identity:v2',
      caller.partnerId,
      payer.id,
      req.memberId.toUpperCase(),
      req.firstName.toUpperCase(),
      req.lastName.toUpperCase(),
      req.dateOfBirth,
      req.program,
      serviceDate,
    ].join('|'),
  )
  return {
    cacheKey: `elig:v2:${identity}`,
    // A clearinghouse replays a key's first answer, so after a "try again later" answer (AAA 42,
    // timeout, 5xx) the next attempt gets a new generation of the key, hence a real new inquiry.
    baseKey: await hmacHex(env.HASH_KEY, `eligibility-270:v2|${identity}`),
  }
}

/** The member-ID HMAC of audit rows: the same normalization and hash as saved VOBs, so they correlate. */
const auditMemberHmac = (env: Env, memberId: string) => hmacHex(env.HASH_KEY, memberId.replace(/-/g, '').toUpperCase())

/**
 * Runs one real-time check (see the module comment) and records it in the caller's audit log
 * (member HMAC, actor, outcome), whatever the outcome. Throws `ApiError` for every failure a
 * caller can act on.
 */
export async function eligibilityCheck(
  env: Env,
  req: EligibilityCheckRequest,
  requestId: string,
  caller: EligibilityCaller,
): Promise<EligibilityCheckReading> {
  let outcome = 'error'
  try {
    const reading = await runCheck(env, req, requestId, caller)
    outcome = reading.transactions[0]!.status
    return reading
  } catch (e) {
    if (e instanceof ApiError) outcome = e.code
    throw e
  } finally {
    await auditStatement(
      env.DB,
      {
        partnerId: caller.partnerId,
        actor: caller.actor,
        action: 'eligibility.check',
        memberHmac: await auditMemberHmac(env, req.memberId),
        requestId,
        outcome,
      },
      new Date(),
    ).run()
  }
}

async function runCheck(env: Env, req: EligibilityCheckRequest, requestId: string, caller: EligibilityCaller): Promise<EligibilityCheckReading> {
  const payer = resolvePayer(req.payer, req)
  const { cacheKey, baseKey } = await checkKeys(env, caller, payer, req)
  const generationKey = `elig:gen:${baseKey}`
  const generation = Number((await env.ELIGIBILITY_CACHE.get(generationKey)) ?? '0') || 0
  const idempotencyKey = generation ? await hmacHex(env.HASH_KEY, `${baseKey}|${generation}`) : baseKey
  const nextGeneration = () =>
    env.ELIGIBILITY_CACHE.put(generationKey, String(generation + 1), { expirationTtl: CACHE_TTL_SECONDS })

  let checked: Checked | null = null
  // An identical check of this partner already asking the payer is shared, before and after the
  // cache read (the first may finish while this one reads).
  let pending = inFlight.get(idempotencyKey)
  // Site-key callers never read the cache: a cached answer would tell a visitor that this person
  // was checked here before. They get a fresh inquiry (the member-ID limit bounds the cost).
  const sealed = !pending && caller.via === 'staff' ? await env.ELIGIBILITY_CACHE.get(cacheKey) : null
  if (sealed) {
    try {
      const record = await decryptJson<CacheRecord>(env.PHI_ENCRYPTION_KEY, sealed, cacheKey)
      checked = { entries: record.entries, checkedAt: record.checkedAt, cached: true }
    } catch {
      // Sealed with a rotated key or altered: ask the payer again.
    }
  }
  if (!checked) {
    pending ??= inFlight.get(idempotencyKey)
    if (!pending) {
      // Visitors get a plain "not available now" for our configuration errors; staff get the cause.
      pending = callClearinghouse(env, req, payer, idempotencyKey, requestId, {
        audience: caller.via === 'site_key' ? 'visitor' : 'staff',
        partnerId: caller.partnerId,
      })
        .then(
          async (c) => {
            const rejected = c.entries[0]?.status === 'rejected'
            const advice = adviseOnRejections(rejected ? c.entries[0]!.rejections : [])
            if (advice?.kind === 'retry_later') await nextGeneration()
            // The reading is cached before this check leaves `inFlight`, so an identical request
            // finds either the check in flight or its cached reading, never neither (one payer
            // call); written once, by the check that asked.
            if (!rejected) {
              const record: CacheRecord = { entries: c.entries, checkedAt: c.checkedAt }
              await env.ELIGIBILITY_CACHE.put(cacheKey, await encryptJson(env.PHI_ENCRYPTION_KEY, record, cacheKey), { expirationTtl: CACHE_TTL_SECONDS })
            }
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

  // Payer free text is echoed: no control characters in it (domain/text/control-chars.ts).
  const reading = withoutControlChars(withIop(checked.entries, req.program))
  const first = reading.transactions[0]!
  if (first.status === 'rejected') {
    const advice = adviseOnRejections(first.rejections)!
    if (advice.kind === 'retry_later') {
      throw problem('payer_unavailable', advice.message, { headers: { 'Retry-After': '300' } })
    }
    throw problem('eligibility_rejected', advice.message, {
      ...(advice.fields.length ? { errors: advice.fields.map((path) => ({ path, message: 'check this field' })) } : {}),
    })
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
