/**
 * @module
 * The server's languages: the catalogs and the choice of one. An explicit `locale` field in the
 * request wins; otherwise the `Accept-Language` header decides, honouring q-values (`es-MX`,
 * `es-419` and every `es-*` read as Spanish); anything else is English.
 */
import type { Locale } from '../domain/answer/types'
import { en, type Messages } from './en'
import { es } from './es'

export type { Messages } from './en'
export const LOCALES = ['en', 'es'] as const satisfies readonly Locale[]

const CATALOGS: Record<Locale, Messages> = { en, es }

/** The catalog of a locale. */
export const messages = (locale: Locale): Messages => CATALOGS[locale]

/**
 * The best supported locale of an `Accept-Language` header, or null when it names none.
 * @example localeFromAcceptLanguage('fr;q=0.9, es-MX;q=0.8, en;q=0.5') // 'es'
 */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale | null {
  if (!header) return null
  let best: { locale: Locale; q: number; order: number } | null = null
  header.split(',').forEach((part, order) => {
    const [tag = '', ...params] = part.trim().split(';')
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    const q = qParam ? Number(qParam.slice(2)) : 1
    if (!Number.isFinite(q) || q <= 0 || q > 1) return
    const primary = tag.trim().toLowerCase().split('-')[0]
    const locale = (LOCALES as readonly string[]).includes(primary ?? '') ? (primary as Locale) : null
    if (!locale) return
    if (!best || q > best.q) best = { locale, q, order }
  })
  return (best as { locale: Locale } | null)?.locale ?? null
}

/** The answer's locale: the request's own `locale` field, else the header, else English. */
export const chooseLocale = (field: Locale | undefined, acceptLanguage: string | null | undefined): Locale =>
  field ?? localeFromAcceptLanguage(acceptLanguage) ?? 'en'
