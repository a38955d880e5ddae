/**
 * @module
 * Formatting for people: money arrives as integer cents and is shown in whole dollars (an
 * estimate has no meaningful cents), fractions as percentages, in the widget's locale.
 */
import { intlTag, type Locale } from './i18n'

const cache = new Map<string, Intl.NumberFormat>()
const nf = (locale: Locale, style: 'currency' | 'percent') => {
  const key = locale + style
  let f = cache.get(key)
  if (!f) {
    f = new Intl.NumberFormat(intlTag(locale), {
      style,
      currency: 'USD',
      maximumFractionDigits: style === 'percent' ? 1 : 0,
    })
    cache.set(key, f)
  }
  return f
}

/** `123456` cents → "$1,235" (en) or "US$1,235"/"$1,235" (es), rounded to whole dollars. */
export const money = (locale: Locale, cents: number): string => nf(locale, 'currency').format(cents / 100)

/** `0.2` → "20%". */
export const percent = (locale: Locale, fraction: number): string => nf(locale, 'percent').format(fraction)
