/**
 * @module
 * The one money formatter for every surface (worker texts, widget, console, VOB print, CLI), so
 * the same cents read the same everywhere. Pure and dependency-free: the widget and the console
 * import it without pulling any worker code into their bundles. US dollars read the same in
 * English and in US Spanish (es-US writes "$1,500.50" too), so it takes no locale.
 */

/**
 * Integer cents as dollars: whole dollars without cents (`$1,500`), otherwise with two decimals
 * (`$61.73`); `always` shows the cents (`$1,500.00`), as a verification-of-benefits form does.
 * @example formatMoney(150000) // "$1,500"
 * @example formatMoney(6173) // "$61.73"
 * @example formatMoney(-2500) // "-$25"
 */
export function formatMoney(cents: number, cents2: 'auto' | 'always' = 'auto'): string {
  if (!Number.isFinite(cents)) return '–'
  const sign = cents < 0 ? '-' : ''
  const abs = Math.round(Math.abs(cents))
  const dollars = Math.floor(abs / 100)
  const rest = abs % 100
  const whole = String(dollars).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return rest === 0 && cents2 === 'auto' ? `${sign}$${whole}` : `${sign}$${whole}.${String(rest).padStart(2, '0')}`
}

/**
 * A fraction as a percentage with at most one decimal: `0.2` → `20%`, `0.125` → `12.5%`.
 * @example formatPercent(0.2) // "20%"
 */
export function formatPercent(fraction: number): string {
  if (!Number.isFinite(fraction)) return '–'
  const tenths = Math.round(fraction * 1000)
  return `${tenths % 10 === 0 ? tenths / 10 : (tenths / 10).toFixed(1)}%`
}
