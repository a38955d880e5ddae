-- Webhook attempts are recorded as a bucket (delivered, failed_4xx, failed_5xx, timeout,
-- unreachable), never the raw status: partners' staff and the API see only the bucket, so the
-- delivery log cannot be used to probe ports and services. `last_status` is no longer written.
ALTER TABLE webhook_outbox ADD COLUMN last_result TEXT;
UPDATE webhook_outbox SET last_result = CASE
    WHEN last_status IS NULL THEN NULL
    WHEN last_status BETWEEN 200 AND 299 THEN 'delivered'
    WHEN last_status >= 500 THEN 'failed_5xx'
    WHEN last_status = 0 THEN 'unreachable'
    ELSE 'failed_4xx' END,
  last_status = NULL;
