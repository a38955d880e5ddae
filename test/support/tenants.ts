// Test tenants. `demo` comes from seed/local.sql (pk_test_demo / sk_test_demo); `other` is a
// second partner created here, to prove one partner's staff never sees another's records.
import { createHash } from 'node:crypto'
import { sql } from './d1'

export const DEMO = { siteKey: 'pk_test_demo', staffKey: 'sk_test_demo' }
export const OTHER = { siteKey: 'pk_test_other', staffKey: 'sk_test_other' }

export const staff = (key: string): Record<string, string> => ({ Authorization: `Bearer ${key}` })
export const site = (key: string): Record<string, string> => ({ 'X-Site-Key': key })

let created: Promise<unknown> | undefined

/** Creates partner `other` with its own site and (dev-only) staff key, once per test run. */
export function ensureOtherPartner(): Promise<unknown> {
  const hash = createHash('sha256').update(OTHER.staffKey).digest('hex')
  created ??= sql(
    `INSERT OR IGNORE INTO partners (id, name, site_key, allowed_origins) VALUES ('other', 'Other Center (test)', '${OTHER.siteKey}', '[]');
     INSERT OR IGNORE INTO tmp_dev_staff_keys (key_sha256, partner_id, label) VALUES ('${hash}', 'other', 'other-admissions');`,
  )
  return created
}
