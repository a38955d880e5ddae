/**
 * @module
 * Strings. The catalogs (`en.ts`, `es.ts`) are not bundled into the element: the build writes
 * them as JSON beside the bundle (`i18n/en.json`) and bakes their SHA-384 into the bundle, and
 * `loadMessages()` fetches and verifies them. So the pinned bundle's SRI hash still covers every
 * string shown, visitors download one language, and the bundle stays in its size budget
 * (emoji-picker-element loads its data the same way). The exact-check frame bundles its strings.
 */
import type { Messages } from './en'

export type { Messages }
export type Locale = 'en' | 'es'
export type MessageKey = keyof Messages

/** SHA-384 (base64) of each catalog's JSON, injected by scripts/build-widget.mjs. */
declare const __IOP_I18N__: Record<Locale, string>

/** The locale for an explicit choice (may be empty) and the page's language. */
export const pickLocale = (explicit: string | undefined, pageLang: string): Locale =>
  /^es\b/i.test(explicit || pageLang) ? 'es' : 'en'

/** BCP 47 tag for `Intl` formatting: US English or US Spanish. */
export const intlTag = (locale: Locale): string => (locale === 'es' ? 'es-US' : 'en-US')

/**
 * Fills `{name}` placeholders of `text`.
 * @example fill('Week {n}', { n: 3 }) // 'Week 3'
 */
export const fill = (text: string, vars?: Record<string, string | number>): string =>
  vars ? text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? '')) : text

const cache = new Map<Locale, Promise<Messages>>()

const b64 = (buf: ArrayBuffer) => btoa(String.fromCharCode(...new Uint8Array(buf)))

/**
 * The catalog of `locale`, fetched next to the bundle and checked against the hash the build
 * baked in; rejects when it cannot be fetched or does not match (never shows unverified text).
 */
export function loadMessages(locale: Locale): Promise<Messages> {
  let p = cache.get(locale)
  if (!p) {
    p = (async () => {
      const res = await fetch(new URL(`i18n/${locale}.json`, import.meta.url))
      if (!res.ok) throw new Error(`i18n ${res.status}`)
      const bytes = await res.arrayBuffer()
      if (b64(await crypto.subtle.digest('SHA-384', bytes)) !== __IOP_I18N__[locale]) {
        throw new Error('i18n integrity')
      }
      return JSON.parse(new TextDecoder().decode(bytes)) as Messages
    })()
    p.catch(() => cache.delete(locale))
    cache.set(locale, p)
  }
  return p
}
