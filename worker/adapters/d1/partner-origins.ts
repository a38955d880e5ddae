/**
 * @module
 * The registered origins of the partner owning a site key, for the exact-check frame's
 * `frame-ancestors`. (A read-only helper beside `partners.ts`; fold it into that file's
 * `findPartnerBySiteKey` once the partners work has one.)
 */

/** The partner's allowed origins, or null when no partner has this site key. */
export async function findOriginsBySiteKey(db: D1Database, siteKey: string): Promise<string[] | null> {
  const row = await db
    .prepare('SELECT allowed_origins FROM partners WHERE site_key = ?')
    .bind(siteKey)
    .first<{ allowed_origins: string }>()
  return row ? (JSON.parse(row.allowed_origins) as string[]) : null
}
