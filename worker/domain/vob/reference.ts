/**
 * @module
 * The reference number printed on a VOB and read out on the phone: `VOB-` and the first eight
 * hex digits of its id in two groups (`VOB-0F6D-2B8E`). Derived, never stored, so it cannot
 * drift from the id; 32 bits are plenty to find one VOB within one partner's list.
 */

/** @example vobReference('0f6d2b8e-9a41-4c3d-b7e5-1a2b3c4d5e6f') // "VOB-0F6D-2B8E" */
export function vobReference(id: string): string {
  const hex = id.replace(/-/g, '').slice(0, 8).toUpperCase()
  return `VOB-${hex.slice(0, 4)}-${hex.slice(4, 8)}`
}
