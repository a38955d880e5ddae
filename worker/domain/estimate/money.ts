/**
 * @module
 * Exact money arithmetic in integer cents. A coinsurance share is a fraction of an amount, and
 * doubles get some half cents wrong (0.35 × 20490 is 7171.4999… as a double, 7171.5 exactly), so
 * fractions are scaled to integer millionths and the product is rounded with integers only.
 */

/** Fractions (coinsurance) carry at most this many decimal places. */
export const FRACTION_SCALE = 1_000_000

/** A fraction in [0, 1] as integer millionths: 0.333 → 333000. */
export function toMillionths(fraction: number): number {
  return Math.round(fraction * FRACTION_SCALE)
}

/** Whether a number has at most six decimal places (so `toMillionths` loses nothing). */
export function hasAtMostSixDecimals(fraction: number): boolean {
  return Math.abs(fraction * FRACTION_SCALE - Math.round(fraction * FRACTION_SCALE)) < 1e-6
}

/**
 * `cents × millionths / 10⁶`, rounded half up, exactly. Both inputs are non-negative integers.
 * @example shareOf(20485, 700000) // 14339.5 → 14340
 */
export function shareOf(cents: number, millionths: number): number {
  const product = cents * millionths
  if (Number.isSafeInteger(product + FRACTION_SCALE)) {
    const shifted = product + FRACTION_SCALE / 2
    return (shifted - (shifted % FRACTION_SCALE)) / FRACTION_SCALE
  }
  // Beyond 2⁵³ (a day of more than ~$90 million): fall back to BigInt, still exact.
  const big = BigInt(cents) * BigInt(millionths) + BigInt(FRACTION_SCALE / 2)
  return Number(big / BigInt(FRACTION_SCALE))
}
