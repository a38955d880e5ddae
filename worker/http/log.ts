/**
 * @module
 * Structured logs. A log line is built only from the fields named here (ids, routes, status,
 * timings, error names), never from request bodies, query strings or error messages, which can
 * carry a member ID, a name or a date of birth.
 */

export type LogFields = {
  level: 'info' | 'warn' | 'error'
  event: string
  requestId?: string
  method?: string
  /** The matched route pattern (`/v1/payers`), never the URL with its query. */
  route?: string
  status?: number
  ms?: number
  /** A stable code (`validation_failed`) or an error's class name, never its message. */
  code?: string
  [extra: `x_${string}`]: string | number | boolean | undefined
}

export function log(fields: LogFields): void {
  const line = JSON.stringify(fields)
  if (fields.level === 'error') console.error(line)
  else if (fields.level === 'warn') console.warn(line)
  else console.log(line)
}
