/**
 * @module
 * Textos del servidor en español (EE. UU.): las mismas claves que `en.ts`, comprobadas por el tipo
 * `Messages`. Las cantidades llegan ya formateadas ($1,500: así se escriben en español de EE. UU.).
 */
import type { Messages } from './en'

const you = (then: boolean) => (then ? 'Después paga' : 'Usted paga')

export const es: Messages = {
  assume: {
    networkContract: 'el contrato del centro de tratamiento con esta aseguradora',
    networkDefault: 'se supone dentro de la red; pregunte al programa si está en la red de su plan',
    daysPerWeek: 'horario típico de IOP: 3 horas al día, 3 días a la semana (nivel ASAM 2.1: al menos 9 horas a la semana)',
    weeks: 'curso típico de IOP: 12 semanas (los programas duran de 8 a 16 semanas; 90 días es lo común)',
    allowedContract: 'la tarifa contratada del centro de tratamiento con esta aseguradora',
    chargePartner: 'el cargo diario del centro de tratamiento',
    allowedIsCharge: 'no indicado: se supone igual al cargo, así que es un límite superior (las tarifas contratadas suelen ser menores)',
    allowedOutOfNetwork: (typical: string, why: string) =>
      `no indicado: fuera de la red el plan permite su propio monto; típico ${typical} (${why}), como máximo el cargo`,
    chargeIsAllowedIn: 'no indicado: dentro de la red nunca paga más que el monto permitido, así que el cargo no cambia su costo',
    chargeIsAllowedOut: 'no indicado: se supone igual al monto permitido, así que no se incluye facturación de saldo; pregunte al programa su cargo',
    allowedTypical: (why: string) => `monto permitido típico por día de IOP: ${why}`,
    chargeTypicalIn: (why: string) =>
      `cargo típico del programa por día de IOP (${why}); dentro de la red solo paga sobre el monto permitido, nunca el resto del cargo`,
    chargeTypicalOut: (why: string) => `cargo típico del programa por día de IOP fuera de la red (${why})`,
    noneGiven: {
      deductible: 'no figura en los beneficios indicados: se toma como inexistente (sin deducible)',
      outOfPocketMax: 'no figura en los beneficios indicados: se toma como inexistente (sin límite de gastos de bolsillo)',
      coinsurance: 'no figura en los beneficios indicados: se toma como inexistente (ni copago ni coseguro)',
    },
    deductibleMet: 'no indicado: nada pagado todavía este año para el deducible',
    notInPayerAnswer: (why: string) => `la respuesta del pagador no lo indicó: valor típico de este plan (${why})`,
    outOfPocketMaxMet: 'no indicado: nada pagado todavía este año para el máximo de gastos de bolsillo',
    deductibleApplies: 'no indicado: el deducible se aplica, como siempre que el plan no lo exima',
    typical: (why: string) => `típico: ${why}`,
    typicalNone: (what: string, why: string) => `ninguno: los planes de este tipo no tienen ${what} (típico: ${why})`,
    what: { deductible: 'deducible', outOfPocketMax: 'máximo de gastos de bolsillo' },
    deductibleMetTypical: 'se supone que todavía no ha pagado nada del deducible este año',
    genericPerDiem: (allowed: string, charge: string) =>
      `ilustrativo: ${allowed} permitidos y ${charge} cobrados por día (las tarifas de IOP las fija cada contrato o programa estatal y la de este estado no está en nuestras reglas)`,
  },
  explain: {
    days: (days: number, perWeek: number, weeks: number, allowed: string, total: string) =>
      `${days} ${days === 1 ? 'día' : 'días'} de IOP (${perWeek} a la semana durante ${weeks} ${weeks === 1 ? 'semana' : 'semanas'}) a ${allowed} permitidos por día: ${total} en cargos permitidos.`,
    noDeductible: 'No se aplica deducible.',
    deductibleWaived: 'Su deducible no se aplica a este servicio.',
    deductibleMet: 'Ya cubrió su deducible este año.',
    deductibleFirst: (remaining: string) => `Usted paga los primeros ${remaining} de cargos permitidos (lo que le queda de deducible).`,
    deductiblePartly: (remaining: string, used: string) =>
      `Usted paga los primeros ${remaining} de cargos permitidos (lo que le queda de deducible); este curso usa ${used}.`,
    copayAfterFreeDays: (then: boolean, copay: string, free: number) =>
      `${you(then)} ningún copago los primeros ${free} días de IOP y luego un copago de ${copay} por día (nunca más que el monto permitido del día).`,
    copay: (then: boolean, copay: string) =>
      `${you(then)} un copago de ${copay} por día de IOP (nunca más que el monto permitido del día).`,
    coinsurance: (then: boolean, percent: string) =>
      `${you(then)} el ${percent} del monto permitido de cada día (coseguro); el plan paga el resto.`,
    noShare: (then: boolean) =>
      `${you(then)} sin coseguro ni copago: el plan paga el resto del monto permitido de cada día.`,
    oopUnder: (remaining: string) => `A su máximo de gastos de bolsillo le quedan ${remaining} este año; este curso no lo alcanza.`,
    oopReached: (remaining: string, day: number) =>
      `Cuando haya pagado ${remaining} más este año (su máximo de gastos de bolsillo), el plan paga el 100% de los cargos permitidos: eso ocurre después del día ${day}.`,
    noOop: 'No se aplicó un máximo de gastos de bolsillo, así que nada limita su parte.',
    balance: (charge: string, allowed: string, total: string) =>
      `Fuera de la red, el programa puede cobrarle la diferencia entre su cargo (${charge}) y el monto permitido (${allowed}) cada día: ${total} en total. Esta facturación de saldo no cuenta para su máximo de gastos de bolsillo.`,
    total: (patient: string, plan: string) => `En total usted paga unos ${patient} y el plan paga ${plan}.`,
    range: (low: string, high: string) =>
      `No conocemos los beneficios exactos de su plan, así que es una estimación para un plan típico de este tipo; de un plan generoso a uno caro, este curso le costaría entre ${low} y ${high}.`,
  },
  range: {
    typical: (why: string) => `Plan típico de este tipo: ${why}.`,
    yours: 'Sus propios beneficios reemplazan estas suposiciones: pídanos verificarlos o ingréselos desde el resumen de beneficios.',
  },
  notes: {
    defunct: (name: string) => `${name} ya no ofrece cobertura; averigüe qué plan lo cubre ahora.`,
    merged: (name: string) => `${name} se fusionó con otro plan; averigüe qué plan lo cubre ahora.`,
    notInState: (name: string, state: string) => `${name} no ofrece planes en ${state}.`,
    notInsurance: (name: string) =>
      `${name} es un ministerio de costos compartidos, no un seguro: no está obligado a pagar el IOP y decide por sí mismo qué comparte.`,
    networkNotPlan: (name: string) =>
      `${name} es una red de proveedores impresa en la tarjeta, no el plan que paga: el plan detrás de ella decide los beneficios de IOP.`,
    inNetworkOnly: 'Este plan solo paga a proveedores de la red (salvo emergencias): un IOP fuera de la red no está cubierto.',
    inactive: 'La aseguradora informa que esta cobertura está inactiva: no estaba vigente en la fecha consultada.',
    statusUnknown: 'La respuesta de la aseguradora no dice si la cobertura está activa: confírmelo con la aseguradora.',
    rejected: 'La aseguradora no pudo encontrar o confirmar a este miembro: todavía no se sabe nada de la cobertura.',
    priorAuthRequired: 'La respuesta de la aseguradora dice que el IOP necesita autorización previa.',
    priorAuthNotRequired: 'La respuesta de la aseguradora dice que el IOP no necesita autorización previa.',
    carveOut: (name: string) => `La aseguradora dice que los beneficios de salud mental y adicciones los administra ${name}.`,
    generalFigures: (name: string) =>
      `Las cifras de la respuesta de la aseguradora son las generales (médicas) del plan; ${name} tiene los beneficios de salud mental y adicciones, así que no se usan para el IOP.`,
  },
  conditions: {
    prior_authorization: 'Se requiere autorización previa antes de empezar el IOP.',
    prior_authorization_varies: 'Muchos planes de este tipo exigen autorización previa para el IOP: pregunte antes de empezar.',
    referral: 'Se requiere una remisión de su proveedor de atención primaria.',
    in_network_only: 'Solo se cubren programas de la red (salvo emergencias).',
    carve_out: (name: string) => `Los beneficios de salud mental y adicciones los administra ${name}, no el plan de la tarjeta.`,
    medical_necessity: 'El IOP se revisa por necesidad médica antes o poco después de empezar.',
    visit_limit: (quantity: number, unit: string, period: string | null) =>
      `Límite: ${quantity} ${unit}${period ? ` ${period}` : ''}.`,
    units: { days: 'días', visits: 'visitas', hours: 'horas' },
  },
  next: {
    payerUnknown: [
      'No pudimos identificar su aseguradora. Llame al número de servicios para miembros al reverso de su tarjeta y pregunte si cubre el tratamiento ambulatorio intensivo (IOP).',
      'O pida al centro de tratamiento que verifique sus beneficios: necesitan su número de miembro y el nombre de la aseguradora que figura en su tarjeta.',
    ],
    defunct: (name: string) => [
      `${name} ya no ofrece cobertura: busque el seguro que tiene ahora (la tarjeta que usa hoy) y vuelva a consultar con ese plan.`,
      'O pida al centro de tratamiento que verifique sus beneficios: necesitan su número de miembro y el nombre de la aseguradora de su tarjeta actual.',
    ],
    notInState: (name: string, state: string) => [
      `${name} no ofrece planes en ${state}: revise el estado de su tarjeta (el estado de su plan, no donde recibe tratamiento) o elija el plan que lo cubre allí.`,
      'O pida al centro de tratamiento que verifique sus beneficios: necesitan su número de miembro y el nombre de la aseguradora de su tarjeta.',
    ],
    notInsurance: (name: string) => [
      `${name} no es un seguro: pregúntele por escrito, antes de empezar el tratamiento, si comparte el costo del programa intensivo ambulatorio (IOP) y cuánto.`,
      'Si también tiene un seguro (plan del empleador, del Mercado, Medicaid o Medicare), vuelva a consultar con ese plan.',
      'O pregunte al centro de tratamiento por las tarifas de pago propio y los planes de pago.',
    ],
    networkNotPlan: (name: string) => [
      `${name} es la red que aparece en su tarjeta, no su plan: llame al número de servicios para miembros de la tarjeta y pregunte qué plan (a menudo el de su empleador) paga el IOP; luego vuelva a consultar con ese plan.`,
      'O pida al centro de tratamiento que verifique sus beneficios: necesitan su número de miembro y los nombres que aparecen en su tarjeta.',
    ],
    inactive: [
      'La aseguradora dice que esta cobertura está inactiva: pida el seguro vigente ahora (una tarjeta más nueva, Medicaid o el plan de su cónyuge o de sus padres) y vuelva a consultar.',
      'No se muestra un precio: un plan inactivo no paga nada. Cuando tenga el seguro vigente, vuelva a consultar con él.',
    ],
    rejected: (advice: readonly string[]) => [
      ...advice,
      'No se muestra un precio hasta que la aseguradora confirme al miembro: corrija los datos y vuelva a consultar, o llame a la aseguradora.',
    ],
    rejectedDefault: 'Revise el número de miembro, el nombre y la fecha de nacimiento tal como figuran en la tarjeta y vuelva a intentarlo.',
    rejectedField: {
      memberId: 'Revise el número de miembro con la tarjeta, incluido cualquier prefijo.',
      name: 'Escriba el nombre exactamente como figura en la tarjeta.',
      dateOfBirth: 'Revise la fecha de nacimiento con los registros de la aseguradora.',
      payer: 'Revise que sea la aseguradora correcta (en los planes Blue, el plan del estado correcto).',
      plan: 'Revise el plan o grupo de la tarjeta.',
    },
    rejectedRetry: 'La aseguradora no puede responder ahora: vuelva a intentarlo en unos minutos.',
    notCovered: 'El IOP no está cubierto así: elija un programa de la red o pregunte al plan qué cubre.',
    managerHolds: (name: string, phone: string | null) =>
      `${name} tiene los beneficios de salud mental y adicciones: ${phone ? `llame al ${phone}` : 'llame al número de salud mental al reverso de la tarjeta'} para saber el deducible, el coseguro o copago y el máximo de gastos de bolsillo del IOP; hasta entonces no se muestra un precio.`,
    manager: (name: string, phone: string | null) =>
      `Los beneficios de salud mental y adicciones los administra ${name}: ${phone ? `llame al ${phone}` : 'llame al número de salud mental al reverso de su tarjeta'} para confirmar los beneficios del IOP.`,
    priorAuthRequired: 'Se requiere autorización previa antes de empezar el IOP: normalmente el centro de tratamiento la solicita por usted.',
    priorAuthRequiredPayer: 'Se requiere autorización previa antes de empezar el IOP (lo dice la aseguradora): solicítela antes del primer día.',
    priorAuthVaries: 'Pregunte si su plan exige autorización previa para el IOP; muchos planes la exigen.',
    authorizationContact: (name: string, phone: string) => `Solicite la autorización a ${name}: ${phone}.`,
    referral: 'Obtenga una remisión de su proveedor de atención primaria (o PCM) antes de empezar.',
    inNetworkOnly: 'Elija un programa de IOP de la red de su plan: la atención fuera de la red no está cubierta.',
    visitLimit: 'Su plan limita los días o visitas de IOP: planifique el curso dentro del límite o pregunte por una extensión.',
    verify: 'Para un costo exacto, pida al centro de tratamiento que verifique sus beneficios (deducible, coseguro o copago, máximo de gastos de bolsillo).',
  },
}
