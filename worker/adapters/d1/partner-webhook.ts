/**
 * @module
 * A partner's webhook endpoint and PHI retention (columns of `partners`). The webhook secret is
 * stored encrypted, bound to the partner (`partner:<id>:webhook`), and decrypted only to sign.
 */
import { decryptString, encryptString } from '../crypto'

export type WebhookTarget = { url: string; secret: string }

const secretAad = (partnerId: string) => `partner:${partnerId}:webhook`

/** The partner's webhook (URL and plaintext secret), or null when none is configured. */
export async function findWebhookTarget(
  db: D1Database,
  phiKey: string,
  partnerId: string,
): Promise<WebhookTarget | null> {
  const row = await db
    .prepare('SELECT lead_webhook_url, webhook_secret_enc FROM partners WHERE id = ?')
    .bind(partnerId)
    .first<{ lead_webhook_url: string | null; webhook_secret_enc: string | null }>()
  if (!row?.lead_webhook_url || !row.webhook_secret_enc) return null
  return { url: row.lead_webhook_url, secret: await decryptString(phiKey, row.webhook_secret_enc, secretAad(partnerId)) }
}

/** Sets (or, with null, removes) the partner's webhook. */
export async function saveWebhookTarget(
  db: D1Database,
  phiKey: string,
  partnerId: string,
  target: WebhookTarget | null,
): Promise<void> {
  const secretEnc = target ? await encryptString(phiKey, target.secret, secretAad(partnerId)) : null
  await db
    .prepare('UPDATE partners SET lead_webhook_url = ?, webhook_secret_enc = ? WHERE id = ?')
    .bind(target?.url ?? null, secretEnc, partnerId)
    .run()
}

/** The partner's PHI retention in days (the column's default applies to every partner). */
export async function findRetentionDays(db: D1Database, partnerId: string): Promise<number | null> {
  const row = await db
    .prepare('SELECT phi_retention_days FROM partners WHERE id = ?')
    .bind(partnerId)
    .first<{ phi_retention_days: number }>()
  return row?.phi_retention_days ?? null
}
