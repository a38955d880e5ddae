/**
 * @module
 * Webhook signatures: Standard Webhooks (standardwebhooks.com), so partners can verify with the
 * maintained libraries in every language, plus the original `X-IOP-Signature` during a migration
 * window (docs/architecture.md, "Webhooks"; the API docs under "Webhook").
 *
 * - `webhook-id`: the delivery id, the same on every retry (receivers deduplicate on it);
 * - `webhook-timestamp`: unix seconds of this attempt;
 * - `webhook-signature`: `v1,<base64 HMAC-SHA256(key, id + "." + timestamp + "." + body)>`, where
 *   the key is the secret after `whsec_`, base64-decoded.
 * - `X-IOP-Signature` (deprecated): `t=<unix seconds>,v1=<hex HMAC-SHA256(secret as UTF-8,
 *   t + "." + body)>`.
 *
 * The timestamp is signed with the body, so a captured request cannot be replayed later than the
 * receiver's tolerance (5 minutes advised).
 */

const encoder = new TextEncoder()

export const WEBHOOK_ID_HEADER = 'webhook-id'
export const WEBHOOK_TIMESTAMP_HEADER = 'webhook-timestamp'
export const WEBHOOK_SIGNATURE_HEADER = 'webhook-signature'
/** Deprecated: sent alongside the Standard Webhooks headers until partners have moved. */
export const SIGNATURE_HEADER = 'X-IOP-Signature'
export const DELIVERY_ID_HEADER = 'X-IOP-Delivery-Id'
export const EVENT_HEADER = 'X-IOP-Event'

const SECRET_PREFIX = 'whsec_'

async function hmacSha256(key: BufferSource, message: string): Promise<Uint8Array> {
  const cryptoKey = await crypto.subtle.importKey('raw', key, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign'])
  return new Uint8Array(await crypto.subtle.sign('HMAC', cryptoKey, encoder.encode(message)))
}

const toHex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')
const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes))

/**
 * The signing key of a `whsec_…` secret, as Standard Webhooks defines it: the base64 after the
 * prefix, decoded. Secrets issued before the migration are hex or base64url; both are read as
 * base64 too (hex digits are base64 characters), so they keep working without a rotation.
 */
export function signingKey(secret: string): Uint8Array<ArrayBuffer> {
  const b64 = (secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret)
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .replace(/=+$/, '')
  try {
    const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4))
    return Uint8Array.from(bin, (ch) => ch.charCodeAt(0))
  } catch {
    // A v0.1 secret that is no base64 at all still signs (as its UTF-8 bytes, which the deprecated
    // X-IOP-Signature used), so its leads are delivered; Standard Webhooks libraries need base64,
    // so such a partner rotates (POST /v1/partners/me/webhook-secret) to verify `webhook-signature`.
    return new Uint8Array(encoder.encode(secret))
  }
}

/**
 * The `webhook-signature` value for a delivery.
 * @example await standardSignature('whsec_…', 'd-1', 1795435200, '{"id":"d-1"}') // 'v1,K5oZ…='
 */
export async function standardSignature(secret: string, id: string, unixSeconds: number, body: string): Promise<string> {
  return `v1,${toBase64(await hmacSha256(signingKey(secret), `${id}.${unixSeconds}.${body}`))}`
}

/**
 * The deprecated `X-IOP-Signature` value for `body` sent at `unixSeconds`.
 * @example await signatureHeader('whsec_…', '{"id":"…"}', 1763892000) // 't=1763892000,v1=5f2c…'
 */
export async function signatureHeader(secret: string, body: string, unixSeconds: number): Promise<string> {
  return `t=${unixSeconds},v1=${toHex(await hmacSha256(encoder.encode(secret), `${unixSeconds}.${body}`))}`
}

/** Every header that identifies and signs one delivery attempt. */
export async function signedHeaders(
  secret: string,
  delivery: { id: string; event: string; body: string; unixSeconds: number },
): Promise<Record<string, string>> {
  const { id, event, body, unixSeconds } = delivery
  return {
    [WEBHOOK_ID_HEADER]: id,
    [WEBHOOK_TIMESTAMP_HEADER]: String(unixSeconds),
    [WEBHOOK_SIGNATURE_HEADER]: await standardSignature(secret, id, unixSeconds, body),
    [DELIVERY_ID_HEADER]: id,
    [EVENT_HEADER]: event,
    [SIGNATURE_HEADER]: await signatureHeader(secret, body, unixSeconds),
  }
}

/** A new webhook secret: `whsec_` and 32 random bytes in base64 (the Standard Webhooks form). */
export function newWebhookSecret(): string {
  return `${SECRET_PREFIX}${toBase64(crypto.getRandomValues(new Uint8Array(32)))}`
}
