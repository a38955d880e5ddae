/**
 * @module
 * Field-level protection for PHI with WebCrypto: AES-256-GCM for values we must read back
 * (lead contact details, saved verifications), HMAC-SHA256 for values we only compare or key
 * on (member IDs in rate limits, caches and audit rows). Keys come from Worker secrets as
 * base64 of 32 random bytes (`openssl rand -base64 32`).
 */

const VERSION = 'v1'
const encoder = new TextEncoder()
const decoder = new TextDecoder()

const keyCache = new Map<string, Promise<CryptoKey>>()

function importKey(secretB64: string, usage: 'aes' | 'hmac'): Promise<CryptoKey> {
  const id = `${usage}:${secretB64}`
  let key = keyCache.get(id)
  if (!key) {
    const raw = base64ToBytes(secretB64)
    if (raw.byteLength !== 32) throw new Error('Key must be 32 bytes, base64-encoded')
    key =
      usage === 'aes'
        ? crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt'])
        : crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify'])
    keyCache.set(id, key)
  }
  return key
}

/** Encrypts a string as `v1.<iv>.<ciphertext>` (base64url); `aad` binds it to its row and field. */
export async function encryptString(secretB64: string, plaintext: string, aad = ''): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(12))
  const key = await importKey(secretB64, 'aes')
  const sealed = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: encoder.encode(aad) },
    key,
    encoder.encode(plaintext),
  )
  return `${VERSION}.${bytesToBase64Url(iv)}.${bytesToBase64Url(new Uint8Array(sealed))}`
}

/** Reverses `encryptString`; throws if the value was altered or sealed with another key or aad. */
export async function decryptString(secretB64: string, sealed: string, aad = ''): Promise<string> {
  const [version, ivPart, dataPart] = sealed.split('.')
  if (version !== VERSION || !ivPart || !dataPart) throw new Error('Unknown ciphertext format')
  const key = await importKey(secretB64, 'aes')
  const plain = await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: base64UrlToBytes(ivPart), additionalData: encoder.encode(aad) },
    key,
    base64UrlToBytes(dataPart),
  )
  return decoder.decode(plain)
}

export const encryptJson = (secretB64: string, value: unknown, aad = ''): Promise<string> =>
  encryptString(secretB64, JSON.stringify(value), aad)

export const decryptJson = async <T>(secretB64: string, sealed: string, aad = ''): Promise<T> =>
  JSON.parse(await decryptString(secretB64, sealed, aad)) as T

/** Keyed hash (hex) for lookups and audit: equal inputs give equal outputs, nothing reversible. */
export async function hmacHex(secretB64: string, value: string): Promise<string> {
  const key = await importKey(secretB64, 'hmac')
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(value)))
  let hex = ''
  for (let i = 0; i < mac.length; i++) hex += HEX[mac[i]!]
  return hex
}

/** Two lower-case hex digits per byte value (hmacHex runs on every authenticated request). */
const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'))

function base64ToBytes(b64: string): Uint8Array<ArrayBuffer> {
  const bin = atob(b64.replace(/-/g, '+').replace(/_/g, '/'))
  const out = new Uint8Array(bin.length)
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i)
  return out
}

const base64UrlToBytes = base64ToBytes

function bytesToBase64Url(bytes: Uint8Array): string {
  let bin = ''
  for (const b of bytes) bin += String.fromCharCode(b)
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}
