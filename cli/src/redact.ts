/**
 * @module
 * Defense in depth for `--json`: whatever an API response carries, keys that name a person
 * (member or subscriber ids, names, dates of birth) are replaced before anything is printed.
 */
const PERSONAL = /^(member_?id|subscriber_?id|patient_?id|subscriber|dependent|patient|first_?name|last_?name|middle_?name|date_?of_?birth|dob|birth_?date|ssn)$/i

export function redact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redact)
  if (typeof value !== 'object' || value === null) return value
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, PERSONAL.test(k) ? '[redacted]' : redact(v)]),
  )
}
