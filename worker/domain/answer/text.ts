/**
 * @module
 * A data text (rule note, next step, reason) in the answer's language: the rule data gives each
 * text in English and Spanish; a bare string is English only, and says so.
 */
import type { Text } from '../coverage/rule-schema'
import type { Locale } from './types'

/**
 * The variant of `text` for `locale`; a bare string is English only and is returned as is.
 * @example textIn('es', { en: 'Call the plan.', es: 'Llame al plan.' }) // 'Llame al plan.'
 */
export const textIn = (locale: Locale, text: Text): string => (typeof text === 'string' ? text : text[locale])

/** The language `textIn(locale, text)` returns: `en` for a bare (English-only) string. */
export const textLocale = (locale: Locale, text: Text): Locale => (typeof text === 'string' ? 'en' : locale)
