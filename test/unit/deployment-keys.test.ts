// Issue 13, finding 7: outside local, the PHI keys must be real (deployment-keys.ts).
import { describe, expect, it } from 'vitest'
import { deploymentKeyProblem } from '../../worker/http/deployment-keys'

const LOCAL_PHI = 'bG9jYWwtb25seS1kZW1vLWtleS0zMi1ieXRlcy0hISE=' // local.env
const LOCAL_HASH = 'bG9jYWwtb25seS1oYXNoLWtleS0zMi1ieXRlcy0hISE=' // local.env
const A = Buffer.alloc(32, 7).toString('base64')
const B = Buffer.alloc(32, 9).toString('base64')

describe('deploymentKeyProblem', () => {
  it('local development may use the local.env keys', () => {
    expect(deploymentKeyProblem({ ENVIRONMENT: 'local', PHI_ENCRYPTION_KEY: LOCAL_PHI, HASH_KEY: LOCAL_HASH })).toBeNull()
  })
  it('proper, distinct keys serve', () => {
    expect(deploymentKeyProblem({ ENVIRONMENT: 'production', PHI_ENCRYPTION_KEY: A, HASH_KEY: B })).toBeNull()
  })
  it.each([
    ['missing PHI key', { PHI_ENCRYPTION_KEY: undefined as unknown as string, HASH_KEY: B }, 'PHI_ENCRYPTION_KEY is not set'],
    ['empty hash key', { PHI_ENCRYPTION_KEY: A, HASH_KEY: '' }, 'HASH_KEY is not set'],
    ['the local.env PHI key', { PHI_ENCRYPTION_KEY: LOCAL_PHI, HASH_KEY: B }, 'PHI_ENCRYPTION_KEY is the public local.env value'],
    ['the local.env hash key', { PHI_ENCRYPTION_KEY: A, HASH_KEY: LOCAL_HASH }, 'HASH_KEY is the public local.env value'],
    ['a 16-byte key', { PHI_ENCRYPTION_KEY: Buffer.alloc(16, 1).toString('base64'), HASH_KEY: B }, 'PHI_ENCRYPTION_KEY is not 32 bytes in base64'],
    ['a password', { PHI_ENCRYPTION_KEY: A, HASH_KEY: 'correct horse battery staple' }, 'HASH_KEY is not 32 bytes in base64'],
    ['one key for both', { PHI_ENCRYPTION_KEY: A, HASH_KEY: A }, 'PHI_ENCRYPTION_KEY and HASH_KEY are the same value'],
  ])('refuses %s', (_name, keys, problem) => {
    expect(deploymentKeyProblem({ ENVIRONMENT: 'production', ...keys })).toBe(problem)
    expect(deploymentKeyProblem({ ENVIRONMENT: undefined as unknown as string, ...keys })).toBe(problem)
  })
})
