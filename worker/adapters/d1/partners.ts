/**
 * @module
 * Partner records in D1. Rows are read with prepared statements only; the JSON columns are
 * parsed here so the rest of the Worker sees typed values. The webhook signing secret stays
 * sealed in the row; only partner-webhook.ts seals, rotates and opens it.
 */

export type Program = 'substance_use' | 'mental_health'

export type Branding = {
  colors?: { accent?: string; background?: string; text?: string }
  logoUrl?: string | null
}

export type Partner = {
  id: string
  name: string
  siteKey: string
  /** Registered origins (`https://center.example`); a trailing `:*` (loopback only) allows any port. */
  allowedOrigins: string[]
  admissionsPhone: string | null
  programs: Program[]
  branding: Branding
  leadWebhookUrl: string | null
  /** Whether a webhook signing secret is set (the secret itself never leaves this module sealed). */
  hasWebhookSecret: boolean
  exactCheckEnabled: boolean
  phiRetentionDays: number
  turnstileSiteKey: string | null
  createdAt: string
  updatedAt: string | null
}

type PartnerRow = {
  id: string
  name: string
  site_key: string
  allowed_origins: string
  admissions_phone: string | null
  programs: string
  branding: string
  lead_webhook_url: string | null
  webhook_secret_enc: string | null
  exact_check_enabled: number
  phi_retention_days: number
  turnstile_site_key: string | null
  created_at: string
  updated_at: string | null
}

const toPartner = (row: PartnerRow): Partner => ({
  id: row.id,
  name: row.name,
  siteKey: row.site_key,
  allowedOrigins: JSON.parse(row.allowed_origins) as string[],
  admissionsPhone: row.admissions_phone,
  programs: JSON.parse(row.programs) as Program[],
  branding: JSON.parse(row.branding) as Branding,
  leadWebhookUrl: row.lead_webhook_url,
  hasWebhookSecret: row.webhook_secret_enc !== null,
  exactCheckEnabled: row.exact_check_enabled === 1,
  phiRetentionDays: row.phi_retention_days,
  turnstileSiteKey: row.turnstile_site_key,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
})

export async function findPartnerById(db: D1Database, id: string): Promise<Partner | null> {
  const row = await db.prepare('SELECT * FROM partners WHERE id = ?').bind(id).first<PartnerRow>()
  return row ? toPartner(row) : null
}

export async function findPartnerBySiteKey(db: D1Database, siteKey: string): Promise<Partner | null> {
  const row = await db.prepare('SELECT * FROM partners WHERE site_key = ?').bind(siteKey).first<PartnerRow>()
  return row ? toPartner(row) : null
}

/** Every origin any partner registered: what CORS preflights (which carry no site key) may use. */
export async function listAllOrigins(db: D1Database): Promise<string[]> {
  const { results } = await db.prepare('SELECT allowed_origins FROM partners').all<{ allowed_origins: string }>()
  return results.flatMap((r) => JSON.parse(r.allowed_origins) as string[])
}

/**
 * The fields staff may change with `PATCH /v1/partners/me`; absent fields stay as they are. The
 * webhook URL is not one of them: it changes only with its secret (partner-webhook.ts).
 */
export type PartnerPatch = {
  allowedOrigins?: string[]
  admissionsPhone?: string | null
  programs?: Program[]
  branding?: Branding
  exactCheckEnabled?: boolean
  phiRetentionDays?: number
  turnstileSiteKey?: string | null
}

const PATCH_COLUMNS: { [K in keyof Required<PartnerPatch>]: [string, (v: PartnerPatch[K]) => unknown] } = {
  allowedOrigins: ['allowed_origins', (v) => JSON.stringify(v)],
  admissionsPhone: ['admissions_phone', (v) => v],
  programs: ['programs', (v) => JSON.stringify(v)],
  branding: ['branding', (v) => JSON.stringify(v)],
  exactCheckEnabled: ['exact_check_enabled', (v) => (v ? 1 : 0)],
  phiRetentionDays: ['phi_retention_days', (v) => v],
  turnstileSiteKey: ['turnstile_site_key', (v) => v],
}

/** Applies a patch to one partner (column names come from the fixed map above, never input). */
export async function updatePartner(db: D1Database, id: string, patch: PartnerPatch): Promise<Partner | null> {
  const sets: string[] = []
  const values: unknown[] = []
  for (const [field, [column, encode]] of Object.entries(PATCH_COLUMNS)) {
    const value = patch[field as keyof PartnerPatch]
    if (value === undefined) continue
    sets.push(`${column} = ?`)
    values.push((encode as (v: unknown) => unknown)(value))
  }
  sets.push("updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')")
  await db
    .prepare(`UPDATE partners SET ${sets.join(', ')} WHERE id = ?`)
    .bind(...values, id)
    .run()
  return findPartnerById(db, id)
}
