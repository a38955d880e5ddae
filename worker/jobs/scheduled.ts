/**
 * @module
 * The Cron Trigger (`* * * * *` in wrangler.toml): sweep webhook deliveries the queue left
 * behind (worker/jobs/queue.ts delivers the rest), then purge PHI past retention and audit rows
 * past `AUDIT_RETENTION_DAYS`. Deliveries use the real clock (signature timestamps must be
 * current); the purges use the event's scheduled time. Locally, `wrangler dev --test-scheduled`
 * runs it on `GET /__scheduled`; the tests run it through Miniflare (test/support/worker.ts).
 */
import { deliveryOptions, drainOutbox, SWEEP_GRACE_MS } from '../adapters/webhook/deliver'
import { purgeAuditBefore } from '../adapters/d1/audit'
import { purgeExpired } from '../adapters/d1/purge'
import { deploymentKeyProblem } from '../http/deployment-keys'
import { log } from '../http/log'

/** Runs one scheduled tick at `now`. */
export async function runScheduled(env: Env, now: Date): Promise<void> {
  // Without proper PHI keys nothing can be opened or purged safely; the fetch side logs why.
  if (deploymentKeyProblem(env)) {
    log({ level: 'error', event: 'scheduled_skipped', code: 'service_misconfigured' })
    return
  }
  const delivery = await drainOutbox(deliveryOptions(env), { graceMs: SWEEP_GRACE_MS })
  const purged = await purgeExpired(env.DB, now)
  const auditDays = Number(env.AUDIT_RETENTION_DAYS) > 0 ? Number(env.AUDIT_RETENTION_DAYS) : 400
  const purgedAudit = await purgeAuditBefore(env.DB, new Date(now.getTime() - auditDays * 86_400_000), 5_000)
  log({
    level: 'info',
    event: 'scheduled',
    x_delivered: delivery.delivered,
    x_retry: delivery.retry,
    x_gave_up: delivery.gave_up,
    x_purged_leads: purged.leads,
    x_purged_vobs: purged.vobs,
    x_purged_audit: purgedAudit,
  })
}
