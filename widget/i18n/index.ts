/**
 * @module
 * Strings. The catalogs (`en.ts`, `es.ts`) are not bundled into the element: the build writes
 * them as JSON beside the bundle (`i18n/en.json`) and bakes their SHA-384 into the bundle, and
 * `loadMessages()` fetches and verifies them. So the pinned bundle's SRI hash still covers every
 * string shown, visitors download one language, and the bundle stays in its size budget
 * (emoji-picker-element loads its data the same way). The exact-check frame bundles its strings.
 */
import type { FormMessages, Messages, ViewMessages } from './en'

export type { FormMessages, Messages, ViewMessages }
export type Locale = 'en' | 'es'
export type MessageKey = keyof Messages

/** Which catalog: the form's (loaded with the element) or the answer view's (with its chunk). */
export type Part = 'form' | 'view'

/** SHA-384 (base64) of each catalog's JSON (`en`, `en.view`, …), injected by scripts/build-widget.mjs. */
declare const __IOP_I18N__: Record<string, string>

const supported = (tag: string | undefined): Locale | null =>
  /^es\b/i.test(tag ?? '') ? 'es' : /^en\b/i.test(tag ?? '') ? 'en' : null

/**
 * The widget's locale: an explicit choice (the `locale` attribute or the visitor's switch) wins;
 * else the first of the browser's languages (`navigator.languages`) the widget speaks; else the
 * page's `<html lang>`; else English.
 * @example pickLocale('', 'en', ['es-MX', 'en']) // 'es'
 */
export const pickLocale = (explicit: string | undefined, pageLang: string, browser: readonly string[] = []): Locale =>
  supported(explicit) ?? browser.map(supported).find(Boolean) ?? supported(pageLang) ?? 'en'

/** BCP 47 tag for `Intl` formatting: US English or US Spanish. */
export const intlTag = (locale: Locale): string => (locale === 'es' ? 'es-US' : 'en-US')

/**
 * Fills `{name}` placeholders of `text`.
 * @example fill('Week {n}', { n: 3 }) // 'Week 3'
 */
export const fill = (text: string, vars?: Record<string, string | number>): string =>
  vars ? text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? '')) : text

const cache = new Map<string, Promise<Record<string, string>>>()

const b64 = (buf: ArrayBuffer) => btoa(String.fromCharCode(...new Uint8Array(buf)))

/**
 * One catalog of `locale` (`i18n/es.json`, `i18n/es.view.json`), fetched next to the bundle and
 * checked against the hash the build baked in; rejects when it cannot be fetched or does not
 * match (never shows unverified text).
 */
export function loadMessages(locale: Locale, part: 'form'): Promise<FormMessages>
export function loadMessages(locale: Locale, part: 'view'): Promise<ViewMessages>
export function loadMessages(locale: Locale, part: Part): Promise<Record<string, string>> {
  const name = part === 'form' ? locale : `${locale}.view`
  let p = cache.get(name)
  if (!p) {
    p = (async () => {
      const res = await fetch(new URL(`i18n/${name}.json`, import.meta.url))
      if (!res.ok) throw new Error(`i18n ${res.status}`)
      const bytes = await res.arrayBuffer()
      if (b64(await crypto.subtle.digest('SHA-384', bytes)) !== __IOP_I18N__[name]) {
        throw new Error('i18n integrity')
      }
      return JSON.parse(new TextDecoder().decode(bytes)) as Record<string, string>
    })()
    p.catch(() => cache.delete(name))
    cache.set(name, p)
  }
  return p
}
