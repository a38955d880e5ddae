// The admin command's SQL pieces: staff keys hashed exactly as the Worker hashes them (the seed's
// hash of sk_test_demo under local.env's HASH_KEY, computed when the seed was written, is the
// expected value), origins normalized or refused, literals quoted.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { lit, origin, partnerId, staffKeyHash } from '../../cli/src/commands/admin-sql'

const HASH_KEY = /^HASH_KEY=(.+)$/m.exec(readFileSync('local.env', 'utf8'))![1]!

describe('admin SQL', () => {
  it('hashes a staff key as the Worker stores it (seed/local.sql)', () => {
    expect(staffKeyHash(HASH_KEY, 'sk_test_demo')).toBe('a5bb00d684d8488f57c738b14024134c1441ef380e5e42eb4416a7af60662814')
    expect(staffKeyHash(HASH_KEY, 'sk_test_other')).toBe('8932f4f0e7cbf33966223f9b000b54dfee780f3501211902d47246667eba0b04')
  })

  it('refuses a HASH_KEY shorter than 32 bytes', () => {
    expect(() => staffKeyHash(Buffer.from('short').toString('base64'), 'sk_x')).toThrow(/32 bytes/)
  })

  it.each([
    ['https://www.sunrise.example', 'https://www.sunrise.example'],
    ['https://www.sunrise.example/', 'https://www.sunrise.example'],
    ['https://WWW.Sunrise.example:8443', 'https://www.sunrise.example:8443'],
    ['http://localhost:5173', 'http://localhost:5173'],
    ['http://127.0.0.1:*', 'http://127.0.0.1:*'],
  ])('origin %s → %s', (input, expected) => expect(origin(input)).toBe(expected))

  it.each([
    ['http://www.sunrise.example', /https/],
    ['https://www.sunrise.example/embed', /no path/],
    ['sunrise.example', /not a URL/],
  ])('refuses origin %s', (input, message) => expect(() => origin(input)).toThrow(message))

  it('accepts partner ids the console and URLs can carry, and nothing else', () => {
    expect(partnerId('sunrise-recovery')).toBe('sunrise-recovery')
    for (const bad of [undefined, 'S', 'Sunrise', "x'; DROP TABLE partners; --", '-x']) expect(() => partnerId(bad)).toThrow()
  })

  it('quotes SQL literals', () => expect(lit("O'Brien")).toBe("'O''Brien'"))
})
