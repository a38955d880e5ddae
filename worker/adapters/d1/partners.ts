/**
 * @module
 * Partner records in D1. Rows are read with prepared statements only; the JSON columns are
 * parsed here so the rest of the Worker sees typed values.
 */

export type Partner = {
  id: string
  name: string
  siteKey: string
  allowedOrigins: string[]
  admissionsPhone: string | null
}

type PartnerRow = {
  id: string
  name: string
  site_key: string
  allowed_origins: string
  admissions_phone: string | null
}

const toPartner = (row: PartnerRow): Partner => ({
  id: row.id,
  name: row.name,
  siteKey: row.site_key,
  allowedOrigins: JSON.parse(row.allowed_origins) as string[],
  admissionsPhone: row.admissions_phone,
})

export async function findPartnerById(db: D1Database, id: string): Promise<Partner | null> {
  const row = await db.prepare('SELECT * FROM partners WHERE id = ?').bind(id).first<PartnerRow>()
  return row ? toPartner(row) : null
}
