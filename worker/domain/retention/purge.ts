/**
 * @module
 * PHI retention. A lead or a saved verification is useful for days or weeks; after that, keeping
 * a name, phone number or member ID of someone who sought addiction treatment only adds risk
 * (HIPAA minimum necessary, 42 CFR Part 2). Each partner chooses a retention in days; records
 * carry the moment their PHI must go (`purge_after`), fixed when they are written, and a Cron
 * Trigger clears the PHI of every record whose moment has passed, keeping a tombstone.
 * Pure: the caller passes the clock.
 */
import { DAY_MS } from '../delivery/backoff'

/** Default and bounds of a partner's retention, in days. */
export const DEFAULT_RETENTION_DAYS = 30
export const MIN_RETENTION_DAYS = 1
export const MAX_RETENTION_DAYS = 3650

/** The moment the PHI of a record created at `createdAt` must be purged. */
export function purgeAfter(createdAt: Date, retentionDays: number): Date {
  if (!Number.isInteger(retentionDays) || retentionDays < MIN_RETENTION_DAYS || retentionDays > MAX_RETENTION_DAYS) {
    throw new RangeError(`retentionDays must be an integer in [${MIN_RETENTION_DAYS}, ${MAX_RETENTION_DAYS}]`)
  }
  return new Date(createdAt.getTime() + retentionDays * DAY_MS)
}

/** Whether a record is due for purge at `now` (due exactly at its moment, not a tick later). */
export const isPurgeDue = (record: { purgeAfter: Date; purgedAt: Date | null }, now: Date): boolean =>
  record.purgedAt === null && record.purgeAfter.getTime() <= now.getTime()
