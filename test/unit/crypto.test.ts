import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { decryptString, encryptString, hmacHex } from '../../worker/adapters/crypto'

const KEY = btoa('k'.repeat(32))
const OTHER = btoa('o'.repeat(32))

describe('PHI field encryption', () => {
  it('round-trips and never shows the plaintext', async () => {
    const sealed = await encryptString(KEY, 'W123456789', 'lead:1:memberId')
    expect(sealed).not.toContain('W123456789')
    expect(sealed).toMatch(/^v1\.[\w-]+\.[\w-]+$/)
    await expect(decryptString(KEY, sealed, 'lead:1:memberId')).resolves.toBe('W123456789')
  })

  it('uses a fresh IV each time', async () => {
    expect(await encryptString(KEY, 'same')).not.toBe(await encryptString(KEY, 'same'))
  })

  it('refuses another key, another aad, or a tampered value', async () => {
    const sealed = await encryptString(KEY, 'secret', 'a')
    await expect(decryptString(OTHER, sealed, 'a')).rejects.toThrow()
    await expect(decryptString(KEY, sealed, 'b')).rejects.toThrow()
    const flipped = sealed.slice(0, -2) + (sealed.endsWith('A') ? 'B' : 'A') + sealed.slice(-1)
    await expect(decryptString(KEY, flipped, 'a')).rejects.toThrow()
  })

  it('rejects keys that are not 32 bytes', async () => {
    await expect(encryptString(btoa('short'), 'x')).rejects.toThrow(/32 bytes/)
  })
})

describe('hmacHex', () => {
  it('equals HMAC-SHA256 as computed by node:crypto, and depends on the key', async () => {
    const a = await hmacHex(KEY, 'W123456789')
    expect(a).toBe(createHmac('sha256', Buffer.from(KEY, 'base64')).update('W123456789').digest('hex'))
    expect(await hmacHex(OTHER, 'W123456789')).not.toBe(a)
  })
})
