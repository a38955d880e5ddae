/**
 * @module
 * Strings only the exact-check frame shows (the PHI fields), kept out of the main bundle.
 */
import type { Locale } from '../i18n'

export const FRAME_MESSAGES = {
  en: {
    memberId: 'Member ID',
    firstName: 'First name',
    lastName: 'Last name',
    dob: 'Date of birth',
    exactSubmit: 'Check exact benefits',
    exactUnavailable: 'Exact checks are not available right now. Please call admissions.',
    exactPrivacy: 'Used only to ask your insurer about your benefits. Not shared with this website.',
  },
  es: {
    memberId: 'Número de miembro',
    firstName: 'Nombre',
    lastName: 'Apellido',
    dob: 'Fecha de nacimiento',
    exactSubmit: 'Revisar beneficios exactos',
    exactUnavailable: 'La revisión exacta no está disponible ahora. Llama a admisiones.',
    exactPrivacy: 'Solo se usa para consultar tus beneficios con tu aseguradora. No se comparte con este sitio web.',
  },
} satisfies Record<Locale, Record<string, string>>

export type FrameMessageKey = keyof (typeof FRAME_MESSAGES)['en']
