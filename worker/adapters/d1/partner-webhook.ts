/**
 * @module
 * The one owner of a partner's webhook configuration (columns of `partners`): the URL, and the
 * signing secret sealed with AES-256-GCM under one additional data, `partner:<id>:webhook_secret`
 * (also what seed/local.sql uses). Setting a URL always rotates the secret, rotating keeps the
 * URL, and nothing else writes either column. Opening never throws on a secret it cannot read:
 * a lead must still be stored and queued, so the delivery fails (and is retried) instead.
 * Also the partner's PHI retention, which the lead route reads with it.
 */
import { log } from '../../http/log'
import { newWebhookSecret } from '../webhook/signature'
import { decryptString, encryptString } from '../crypto'

/** `secret` is null when the stored secret cannot be opened (wrong key, altered row): see `findWebhookTarget`. */
export type WebhookTarget = { url: string; secret: string | null }

const secretAad = (partnerId: string) => `partner:${partnerId}:webhook_secret`
/** What `PUT /webhook` used before issue 13; still opened so that those secrets keep working. */
const legacySecretAad = (partnerId: string) => `partner:${partnerId}:webhook`

async function openSecret(phiKey: string, sealed: string, partnerId: string): Promise<string | null> {
  for (const aad of [secretAad(partnerId), legacySecretAad(partnerId)]) {
    try {
      return await decryptString(phiKey, sealed, aad)
    } catch {
      // Try the next format; give up below.
    }
  }
  log({ level: 'error', event: 'webhook_secret_unreadable', code: 'unseal_failed', x_partner: partnerId })
  return null
}

/**
 * The partner's webhook (URL and plaintext secret), or null when no URL is configured. A URL
 * whose secret is missing or unreadable still counts: the lead is queued, its delivery fails
 * and is retried until the partner rotates the secret.
 */
export async function findWebhookTarget(db: D1Database, phiKey: string, partnerId: string): Promise<WebhookTarget | null> {
  const row = await db
    .prepare('SELECT lead_webhook_url, webhook_secret_enc FROM partners WHERE id = ?')
    .bind(partnerId)
    .first<{ lead_webhook_url: string | null; webhook_secret_enc: string | null }>()
  if (!row?.lead_webhook_url) return null
  if (!row.webhook_secret_enc) {
    log({ level: 'error', event: 'webhook_secret_unreadable', code: 'missing', x_partner: partnerId })
    return { url: row.lead_webhook_url, secret: null }
  }
  return { url: row.lead_webhook_url, secret: await openSecret(phiKey, row.webhook_secret_enc, partnerId) }
}

const seal = (phiKey: string, partnerId: string, secret: string) => encryptString(phiKey, secret, secretAad(partnerId))

/**
 * Sets where leads go (validated by the caller with `webhookUrlProblem`) with a fresh secret,
 * returned once; with null, turns delivery off and forgets the secret.
 */
export async function setWebhookUrl(db: D1Database, phiKey: string, partnerId: string, url: string | null): Promise<string | null> {
  const secret = url === null ? null : newWebhookSecret()
  await db
    .prepare("UPDATE partners SET lead_webhook_url = ?, webhook_secret_enc = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?")
    .bind(url, secret === null ? null : await seal(phiKey, partnerId, secret), partnerId)
    .run()
  return secret
}

/** Replaces the signing secret (the URL stays); returns the new one, shown once. */
export async function rotateWebhookSecret(db: D1Database, phiKey: string, partnerId: string): Promise<string> {
  const secret = newWebhookSecret()
  await db
    .prepare("UPDATE partners SET webhook_secret_enc = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?")
    .bind(await seal(phiKey, partnerId, secret), partnerId)
    .run()
  return secret
}

/** The partner's PHI retention in days (the column's default applies to every partner). */
export async function findRetentionDays(db: D1Database, partnerId: string): Promise<number | null> {
  const row = await db
    .prepare('SELECT phi_retention_days FROM partners WHERE id = ?')
    .bind(partnerId)
    .first<{ phi_retention_days: number }>()
  return row?.phi_retention_days ?? null
}
