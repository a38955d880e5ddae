/**
 * @module
 * Strings only the checker-origin frame shows (the exact check's PHI fields and the callback
 * form), kept out of the main bundle.
 */
import type { Locale } from '../i18n'

/**
 * Version of the consent text below, sent with every lead as `consentTextVersion` and stored
 * with it. Change it whenever `consent` changes in any language.
 */
export const CONSENT_TEXT_VERSION = '2026-11-23'

export const FRAME_MESSAGES = {
  en: {
    checking: 'Checking…',
    exactDone: 'Exact benefits received from {payer}.',
    memberId: 'Member ID',
    firstName: 'First name',
    lastName: 'Last name',
    dob: 'Date of birth',
    exactSubmit: 'Check exact benefits',
    exactUnavailable: 'Exact checks are not available right now. Please call admissions.',
    exactPrivacy: 'Used only to ask your insurer about your benefits. Not shared with this website.',
    exactInactive: '{payer} says this plan is not active. Check the card, or call admissions.',
    exactCarveOut: 'Behavioral health is managed by {name}. Admissions will check with them.',
    fixFields: 'Your insurer could not find this member. Check the highlighted fields against the card.',
    fixPayer: 'Also make sure the insurance company you chose is the one on the card.',
    fieldCheck: 'Check this against your insurance card.',
    required: 'Required.',
    tooMany: 'Too many tries. Wait a minute, then try again.',
    humanCheck: 'Wait for the human check below to finish, then try again.',
    name: 'Your name',
    phone: 'Phone',
    email: 'Email',
    contactHint: 'A phone number or an email address (or both).',
    preferredTime: 'Best time to call',
    anytime: 'Any time',
    morning: 'Morning',
    afternoon: 'Afternoon',
    evening: 'Evening',
    consent:
      'I agree that this treatment center’s admissions team may contact me by the phone or email above about treatment and my coverage. Agreeing is not a condition of treatment.',
    consentRequired: 'Tick this box so admissions may contact you.',
    leadSubmit: 'Request my callback',
    leadDone: 'Thanks. Admissions will call you back.',
    leadPrivacy: 'Sent securely to the treatment center only. Not shared with this website’s other tools.',
  },
  es: {
    checking: 'Revisando…',
    exactDone: 'Recibimos tus beneficios exactos de {payer}.',
    memberId: 'Número de miembro',
    firstName: 'Nombre',
    lastName: 'Apellido',
    dob: 'Fecha de nacimiento',
    exactSubmit: 'Revisar beneficios exactos',
    exactUnavailable: 'La revisión exacta no está disponible ahora. Llama a admisiones.',
    exactPrivacy: 'Solo se usa para consultar tus beneficios con tu aseguradora. No se comparte con este sitio web.',
    exactInactive: '{payer} indica que este plan no está activo. Revisa la tarjeta o llama a admisiones.',
    exactCarveOut: 'La salud conductual la administra {name}. Admisiones lo consultará con ellos.',
    fixFields: 'Tu aseguradora no encontró a este miembro. Compara los campos marcados con tu tarjeta.',
    fixPayer: 'Asegúrate también de que la compañía de seguro elegida sea la de tu tarjeta.',
    fieldCheck: 'Compáralo con tu tarjeta del seguro.',
    required: 'Obligatorio.',
    tooMany: 'Demasiados intentos. Espera un minuto y vuelve a intentarlo.',
    humanCheck: 'Espera a que termine la verificación humana de abajo y vuelve a intentarlo.',
    name: 'Tu nombre',
    phone: 'Teléfono',
    email: 'Correo electrónico',
    contactHint: 'Un teléfono o un correo electrónico (o ambos).',
    preferredTime: 'Mejor hora para llamarte',
    anytime: 'Cualquier hora',
    morning: 'Mañana',
    afternoon: 'Tarde',
    evening: 'Noche',
    consent:
      'Acepto que el equipo de admisiones de este centro de tratamiento me contacte por el teléfono o correo de arriba sobre el tratamiento y mi cobertura. Aceptar no es una condición para recibir tratamiento.',
    consentRequired: 'Marca esta casilla para que admisiones pueda contactarte.',
    leadSubmit: 'Pedir mi llamada',
    leadDone: 'Gracias. Admisiones te llamará.',
    leadPrivacy: 'Se envía de forma segura solo al centro de tratamiento. No se comparte con otras herramientas de este sitio web.',
  },
} satisfies Record<Locale, Record<string, string>>

export type FrameMessageKey = keyof (typeof FRAME_MESSAGES)['en']
