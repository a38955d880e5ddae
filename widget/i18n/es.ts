/**
 * @module
 * Spanish (US) strings of the widget: plain, second person informal ("tú") as most US health
 * sites in Spanish use.
 */
import type { Messages } from './en'

export const es: Messages = {
  title: 'Revisa tu cobertura de IOP',
  intro: 'Toma menos de un minuto. No pedimos tu nombre ni tu número de miembro.',
  payer: 'Compañía de seguro',
  payerHint: 'Empieza a escribir y elige de la lista.',
  payerRequired: 'Escribe el nombre de tu compañía de seguro.',
  payerList: 'Compañías de seguro',
  results: '{n} resultados. Usa las flechas arriba y abajo para elegir.',
  oneResult: '1 resultado. Usa la flecha abajo para elegirlo.',
  noResults: 'No está en nuestra lista. Revisaremos el nombre tal como lo escribiste.',
  state: 'Estado',
  stateChoose: 'Elige tu estado',
  /** USPS code, a space, the name; `|` between states, in the order shown. */
  states:
    'AL Alabama|AK Alaska|AZ Arizona|AR Arkansas|CA California|NC Carolina del Norte|' +
    'SC Carolina del Sur|CO Colorado|CT Connecticut|ND Dakota del Norte|' +
    'SD Dakota del Sur|DE Delaware|DC Distrito de Columbia|FL Florida|GA Georgia|GU Guam|' +
    'HI Hawái|ID Idaho|IL Illinois|IN Indiana|IA Iowa|MP Islas Marianas del Norte|' +
    'VI Islas Vírgenes de EE. UU.|KS Kansas|KY Kentucky|LA Luisiana|ME Maine|MD Maryland|' +
    'MA Massachusetts|MN Minnesota|MS Misisipi|MO Misuri|MT Montana|MI Míchigan|' +
    'NE Nebraska|NV Nevada|NJ Nueva Jersey|NY Nueva York|NH Nuevo Hampshire|' +
    'NM Nuevo México|OH Ohio|OK Oklahoma|OR Oregón|PA Pensilvania|PR Puerto Rico|' +
    'RI Rhode Island|AS Samoa Americana|TN Tennessee|TX Texas|UT Utah|VT Vermont|' +
    'VA Virginia|WV Virginia Occidental|WA Washington|WI Wisconsin|WY Wyoming',
  stateRequired: 'Elige el estado de tu plan.',
  plan: 'Nombre del plan',
  optional: 'opcional',
  planHint: 'Como aparece en tu tarjeta, p. ej. "Choice POS II" o "Silver HMO".',
  program: 'Tratamiento para',
  substance_use: 'Uso de sustancias',
  mental_health: 'Salud mental',
  submit: 'Revisar mi cobertura',
  checking: 'Revisando…',
  step1: 'Buscando tu plan de seguro…',
  step2: 'Revisando las reglas de cobertura de IOP…',
  step3: 'Calculando tus costos…',
  covered: 'Cubierto',
  covered_with_conditions: 'Cubierto, con condiciones',
  not_covered: 'Probablemente no cubierto',
  unknown: 'No pudimos confirmar la cobertura',
  verdictFor: 'IOP para {program} con {payer}',
  unknownPayer: 'tu seguro',
  priorAuth: 'Autorización previa',
  required: 'Requerida',
  not_required: 'No requerida',
  varies: 'Depende del plan',
  referral: 'Referido de un médico',
  yes: 'Necesario',
  no: 'No necesario',
  bhManager: 'La salud mental la administra',
  estimate: 'Costo estimado de un tratamiento típico',
  youPay: 'Tú pagas',
  planPays: 'Tu plan paga',
  course: '{days} días de tratamiento, {weeks} semanas',
  range: 'Probablemente entre {low} y {high}',
  oopReached: 'Llegas a tu máximo de gastos de bolsillo el día {day}; después tu plan paga el resto.',
  chartLabel: 'Costo acumulado por semana: tú pagas {patient} y tu plan paga {plan} para la semana {weeks}.',
  week: 'Semana {n}',
  assumptions: 'Lo que supusimos',
  howCalculated: 'Cómo lo calculamos',
  nextSteps: 'Próximos pasos',
  notes: 'Bueno saber',
  sources: 'Fuentes',
  disclaimer: 'Un estimado basado en reglas públicas de los planes, no una garantía de beneficios. Tu aseguradora confirma la cobertura.',
  call: 'Llama a {name}',
  callUs: 'Llama a admisiones',
  callback: 'Pedir que me llamen',
  callbackSent: 'Gracias. Admisiones te llamará.',
  again: 'Revisar otro plan',
  retry: 'Intentar de nuevo',
  errorTitle: 'No pudimos terminar la revisión',
  errorNetwork: 'No pudimos conectar con el servicio de cobertura. Revisa tu conexión e inténtalo de nuevo.',
  errorTimeout: 'La revisión tardó demasiado. Inténtalo de nuevo.',
  errorGeneric: 'Algo salió mal de nuestro lado. Inténtalo de nuevo.',
  exactTitle: '¿Quieres tus números exactos?',
  exactIntro: 'Revisa con tu número de miembro. Esos datos van directo al verificador en un marco seguro; esta página nunca los ve.',
  exactOpen: 'Revisar con mi número de miembro',
  exactFrame: 'Revisión exacta y segura de cobertura',
  exactDone: 'Recibimos tus beneficios exactos de {payer}.',
  'f.deductible': 'Deducible',
  'f.outOfPocketMax': 'Máximo de gastos de bolsillo',
  'f.coinsurance': 'Tu parte después del deducible',
  'f.copay': 'Copago por día',
  'f.deductibleApplies': 'El deducible aplica a IOP',
  'f.daysPerWeek': 'Días por semana',
  'f.weeks': 'Semanas',
  'f.chargePerDay': 'Cargo del programa por día',
  'f.allowedPerDay': 'Monto permitido por la aseguradora por día',
  'f.network': 'Red',
  'f.met': 'ya cubierto',
  in: 'Dentro de la red',
  out: 'Fuera de la red',
}
