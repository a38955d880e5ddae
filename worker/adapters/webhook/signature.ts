/**
 * @module
 * Webhook signatures, Stripe-like: `X-IOP-Signature: t=<unix seconds>,v1=<hex>` where
 * `hex = HMAC-SHA256(secret, t + "." + body)`. The timestamp is signed with the body, so a
 * captured request cannot be replayed later than the receiver's tolerance (5 minutes advised);
 * the secret is the partner's webhook secret as UTF-8 bytes.
 */

const encoder = new TextEncoder()

export const SIGNATURE_HEADER = 'X-IOP-Signature'
export const DELIVERY_ID_HEADER = 'X-IOP-Delivery-Id'
export const EVENT_HEADER = 'X-IOP-Event'

async function hmacSha256Hex(secret: string, message: string): Promise<string> {
  const key = await crypto.subtle.importKey(
    'raw',
    encoder.encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  )
  const mac = await crypto.subtle.sign('HMAC', key, encoder.encode(message))
  return [...new Uint8Array(mac)].map((b) => b.toString(16).padStart(2, '0')).join('')
}

/**
 * The `X-IOP-Signature` value for `body` sent at `unixSeconds`.
 * @example
 * await signatureHeader('whsec_…', '{"id":"…"}', 1763892000) // 't=1763892000,v1=5f2c…'
 */
export async function signatureHeader(secret: string, body: string, unixSeconds: number): Promise<string> {
  return `t=${unixSeconds},v1=${await hmacSha256Hex(secret, `${unixSeconds}.${body}`)}`
}

/** A new webhook secret: `whsec_` and 32 random bytes in hex. */
export function newWebhookSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32))
  return `whsec_${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`
}
