/**
 * @module
 * The Spanish of every text the rule data shows a visitor (notes, next steps, per-diem and
 * cost-sharing reasons), keyed by the English exactly as the rule files write it, so the rule files
 * stay readable in one language and a translator reads each pair side by side. `index.ts` turns
 * each text into `{ en, es }`; an English text without its Spanish here stays English-only, and
 * the rules test names it. Plain US Spanish for patients (usted); numbers, amounts, codes,
 * program names and phone numbers exactly as in the English.
 */
export const SPANISH: Readonly<Record<string, string>> = {
  // rule default
  'IOP (ASAM level 2.1) is at least 9 hours of treatment a week for adults, usually 3 hours a day, 3 to 5 days a week, billed per day.':
    'El IOP (ASAM nivel 2.1) es de al menos 9 horas de tratamiento a la semana para adultos, por lo general 3 horas al día, de 3 a 5 días a la semana, y se factura por día.',
  'illustrative $400 allowed and $1,200 charged per day (a typical figure; commercial rates are contract-specific and unpublished)':
    '$400 permitidos y $1,200 cobrados por día, como ejemplo (una cifra típica; las tarifas comerciales dependen de cada contrato y no se publican)',
  // rule kind-commercial
  'Federal parity (MHPAEA): if the plan covers mental health or substance use treatment, its cost-sharing, day limits and prior-authorization rules for IOP may be no stricter than for comparable outpatient medical care.':
    'Paridad federal (MHPAEA): si el plan cubre el tratamiento de salud mental o de uso de sustancias, sus costos compartidos, límites de días y reglas de autorización previa para el IOP no pueden ser más estrictos que para la atención médica ambulatoria comparable.',
  'The 2024 parity final rule added requirements (meaningful benefits, data on access); since 2025-05-15 the federal agencies do not enforce its new provisions while it is challenged in court, but the 2013 rule and the statute still apply.':
    'La regla final de paridad de 2024 agregó requisitos (beneficios significativos, datos sobre el acceso); desde el 2025-05-15 las agencias federales no hacen cumplir sus nuevas disposiciones mientras se impugna en los tribunales, pero la regla de 2013 y la ley siguen vigentes.',
  'Most plans review IOP for medical necessity before or soon after it starts.':
    'La mayoría de los planes revisan la necesidad médica del IOP antes de que empiece o poco después.',
  // rule kind-marketplace
  'ACA plans must cover mental health and substance use disorder services as an essential health benefit, with no annual or lifetime dollar limit.':
    'Los planes de la ACA deben cubrir los servicios de salud mental y de trastornos por uso de sustancias como un beneficio de salud esencial, sin límite de dinero anual ni de por vida.',
  'In-network out-of-pocket costs are capped at $10,600 for one person in 2026.':
    'Los costos de bolsillo dentro de la red tienen un tope de $10,600 para una persona en 2026.',
  'Metal tiers say what share of average costs the plan pays: Bronze about 60 %, Silver 70 %, Gold 80 %, Platinum 90 %.':
    'Los niveles metálicos indican qué parte de los costos promedio paga el plan: Bronce alrededor del 60 %, Plata el 70 %, Oro el 80 % y Platino el 90 %.',
  // rule kind-commercial-out-of-network-benefits
  'Out of network, the program may bill you the difference between its charge and the allowed amount; that balance bill is not capped by your out-of-pocket maximum.':
    'Fuera de la red, el programa puede cobrarle la diferencia entre lo que cobra y el monto permitido; esa factura por el saldo no cuenta para su máximo de gastos de bolsillo.',
  // rule kind-medicaid
  'Medicaid cost-sharing is nominal or none; programs must accept Medicaid payment in full.':
    'Con Medicaid, los costos compartidos son mínimos o no hay ninguno; los programas deben aceptar el pago de Medicaid como pago total.',
  'a generic typical Medicaid IOP per diem of $250 (illustrative; not a rate this state publishes: states set their own fee schedules)':
    'una tarifa diaria típica genérica de Medicaid para el IOP de $250 (ilustrativa; no es una tarifa que publique este estado: cada estado fija sus propias tarifas)',
  // rule kind-medicare
  'Medicare pays IOP only in hospital outpatient departments, community mental health centers, critical access hospitals, rural health clinics, FQHCs and (for opioid use disorder) opioid treatment programs.':
    'Medicare paga el IOP solo en departamentos ambulatorios de hospitales, centros comunitarios de salud mental, hospitales de acceso crítico, clínicas de salud rural, FQHC y (para el trastorno por uso de opioides) programas de tratamiento de opioides.',
  'Medicare pays IOP per day at one of two rates, for days with 3 services or with 4 or more services, set separately for hospital outpatient departments and for community mental health centers each year in the OPPS final rule (CY2026: 90 FR 53448).':
    'Medicare paga el IOP por día a una de dos tarifas, para días con 3 servicios o con 4 o más servicios, que se fijan por separado cada año para los departamentos ambulatorios de hospitales y para los centros comunitarios de salud mental en la regla final de OPPS (CY2026: 90 FR 53448).',
  'A physician must certify the need for at least 9 hours a week and recertify at least every other month; claims carry condition code 92.':
    'Un médico debe certificar la necesidad de al menos 9 horas a la semana y volver a certificarla al menos cada dos meses; las reclamaciones llevan el código de condición 92.',
  'S9480 is not payable by Medicare: IOP is billed with revenue code 0905/0906 plus the HCPCS of each service.':
    'Medicare no paga el código S9480: el IOP se factura con el código de ingresos 0905/0906 más el código HCPCS de cada servicio.',
  'You pay the Part B deductible ($283 in 2026), then 20 % of the Medicare-approved amount; Original Medicare has no out-of-pocket maximum. A Medigap plan, Medicaid or TRICARE For Life may pay that share.':
    'Usted paga el deducible de la Parte B ($283 en 2026) y después el 20 % del monto aprobado por Medicare; Original Medicare no tiene máximo de gastos de bolsillo. Un plan Medigap, Medicaid o TRICARE For Life puede pagar esa parte.',
  'Ask the program whether it bills Medicare for IOP (a hospital outpatient department, community mental health center, RHC, FQHC or opioid treatment program), and call 1-800-MEDICARE (1-800-633-4227) with questions about your Part B benefits.':
    'Pregunte al programa si factura el IOP a Medicare (un departamento ambulatorio de hospital, un centro comunitario de salud mental, una RHC, un FQHC o un programa de tratamiento de opioides) y llame al 1-800-MEDICARE (1-800-633-4227) si tiene preguntas sobre sus beneficios de la Parte B.',
  'Medicare hospital-outpatient IOP per diem for a 3-service day as set for CY2024 ($259.13); the CY2026 amounts by setting (hospital or CMHC) and service count (3 or 4+ services a day) are in the CY2026 OPPS final rule’s Addendum A and were not confirmed here, so this is a typical figure, not the 2026 rate':
    'tarifa diaria de Medicare para el IOP ambulatorio de hospital en un día de 3 servicios, fijada para CY2024 ($259.13); los montos de CY2026 por lugar (hospital o CMHC) y por número de servicios (3 o 4 o más al día) están en el Anexo A de la regla final de OPPS de CY2026 y no se confirmaron aquí, así que es una cifra típica, no la tarifa de 2026',
  // rule kind-medicare-advantage
  'Medicare Advantage plans cover the Part B IOP benefit but set their own copays, prior authorization and networks, with a yearly in-network out-of-pocket maximum.':
    'Los planes Medicare Advantage cubren el beneficio de IOP de la Parte B, pero fijan sus propios copagos, autorización previa y redes, con un máximo anual de gastos de bolsillo dentro de la red.',
  'Medicare hospital-outpatient IOP per diem for a 3-service day as set for CY2024 ($259.13); the CY2026 amounts by setting (hospital or CMHC) and service count (3 or 4+ services a day) are in the CY2026 OPPS final rule’s Addendum A and were not confirmed here, so this is a typical figure, not the 2026 rate; Medicare Advantage plans negotiate their own rates, often near Medicare\'s':
    'tarifa diaria de Medicare para el IOP ambulatorio de hospital en un día de 3 servicios, fijada para CY2024 ($259.13); los montos de CY2026 por lugar (hospital o CMHC) y por número de servicios (3 o 4 o más al día) están en el Anexo A de la regla final de OPPS de CY2026 y no se confirmaron aquí, así que es una cifra típica, no la tarifa de 2026; los planes Medicare Advantage negocian sus propias tarifas, a menudo cercanas a las de Medicare',
  // rule kind-va
  'Through 2027-12-29, enrolled veterans pay no copay for their first 3 outpatient mental health or substance use visits each calendar year, at VA or in VA’s community care network.':
    'Hasta el 2027-12-29, los veteranos inscritos no pagan copago por sus primeras 3 visitas ambulatorias de salud mental o de uso de sustancias de cada año calendario, en el VA o en la red de atención comunitaria del VA.',
  'Which veterans pay outpatient copays at all depends on their VA priority group and income; many pay none. This check cannot tell your priority group: VA can.':
    'Qué veteranos pagan copagos ambulatorios depende de su grupo de prioridad del VA y de sus ingresos; muchos no pagan nada. Esta consulta no puede saber su grupo de prioridad: el VA sí.',
  // rule kind-other
  'Call the number on your card and ask for the behavioral-health benefits for intensive outpatient (IOP) care.':
    'Llame al número de su tarjeta y pida información sobre los beneficios de salud conductual para la atención ambulatoria intensiva (IOP).',
  // rule family-unitedhealthcare
  'Which company manages behavioral health varies by employer group; the number on the back of the card is authoritative.':
    'La empresa que administra la salud conductual depende del grupo del empleador; el número al reverso de la tarjeta es el que tiene la respuesta correcta.',
  // rule family-bcbs
  'Many Blue plans carve behavioral health out to another company (often Magellan Healthcare); the behavioral-health number on the card says which.':
    'Muchos planes Blue encargan la salud conductual a otra empresa (a menudo Magellan Healthcare); el número de salud conductual de la tarjeta le dice cuál.',
  'Out-of-state Blue members are served through BlueCard: the three-character prefix of the member ID names the home plan.':
    'Los miembros de Blue de otro estado se atienden a través de BlueCard: el prefijo de tres caracteres del número de miembro indica su plan de origen.',
  'Call the behavioral-health (or mental health / substance use) number on the back of your Blue card to confirm IOP benefits.':
    'Llame al número de salud conductual (o de salud mental / uso de sustancias) al reverso de su tarjeta Blue para confirmar los beneficios de IOP.',
  // rule family-kaiser
  'Kaiser Permanente plans are mostly HMOs: IOP is covered when Kaiser Permanente provides it or refers you to a contracted program.':
    'Los planes de Kaiser Permanente son en su mayoría HMO: el IOP está cubierto cuando Kaiser Permanente lo brinda o le da una remisión a un programa contratado.',
  'Ask Kaiser Permanente behavioral health for an assessment or a referral to a contracted IOP.':
    'Pida al departamento de salud conductual de Kaiser Permanente una evaluación o una remisión a un IOP contratado.',
  // rule payer-oscar
  'Many Oscar plans are EPOs, which pay in-network care only: check the plan type on your card.':
    'Muchos planes de Oscar son EPO, que pagan solo la atención dentro de la red: revise el tipo de plan en su tarjeta.',
  // rule medicaid-al
  'Alabama Medicaid is mostly fee-for-service (no comprehensive managed-care plans); substance use IOP is provided by programs certified by the Alabama Department of Mental Health.':
    'Alabama Medicaid es en su mayoría de pago por servicio (sin planes integrales de atención administrada); el IOP para el uso de sustancias lo brindan programas certificados por el Departamento de Salud Mental de Alabama.',
  'Who authorizes IOP and whether it needs prior authorization were compiled from the state agency’s published program structure and not re-read today: the plan on the card (or the state agency) has the final word.':
    'Los datos sobre quién autoriza el IOP y si necesita autorización previa se tomaron de la estructura del programa que publica la agencia estatal y no se volvieron a leer hoy: el plan de la tarjeta (o la agencia estatal) tiene la última palabra.',
  'The billing codes shown are the national IOP codes (H0015 and revenue code 0906 for substance use, S9480 and 0905 for mental health); this state’s own fee schedule and modifiers were not confirmed.':
    'Los códigos de facturación que se muestran son los códigos nacionales de IOP (H0015 y el código de ingresos 0906 para el uso de sustancias, S9480 y 0905 para la salud mental); no se confirmaron la lista de tarifas ni los modificadores propios de este estado.',
  // rule medicaid-ak
  'Alaska Medicaid is fee-for-service; behavioral health services, IOP included, are paid by the state under its behavioral health 1115 waiver.':
    'Alaska Medicaid es de pago por servicio; el estado paga los servicios de salud conductual, incluido el IOP, bajo su exención 1115 de salud conductual.',
  // rule medicaid-az
  'In Arizona, your AHCCCS Complete Care (ACC) plan covers behavioral health, IOP included, for most members; members determined to have a serious mental illness (SMI) get integrated care from the Regional Behavioral Health Authority (RBHA) plan of their region.':
    'En Arizona, su plan AHCCCS Complete Care (ACC) cubre la salud conductual, incluido el IOP, para la mayoría de los miembros; los miembros con una determinación de enfermedad mental grave (SMI) reciben atención integrada del plan de la Autoridad Regional de Salud Conductual (RBHA) de su región.',
  'Children in foster care are served by the Mercy Care DCS CHP plan, and members with developmental disabilities by the plans contracted with DES/DDD.':
    'Los niños en cuidado de crianza se atienden en el plan Mercy Care DCS CHP, y los miembros con discapacidades del desarrollo en los planes contratados por DES/DDD.',
  'Call the member services number on your AHCCCS plan card (your ACC plan, or your RBHA plan if you have an SMI determination) to find an IOP in its network.':
    'Llame al número de servicios para miembros de la tarjeta de su plan AHCCCS (su plan ACC, o su plan RBHA si tiene una determinación de SMI) para encontrar un IOP en su red.',
  // rule medicaid-ar
  'Arkansas members whose independent assessment finds Tier II or III behavioral health (or developmental disability) needs are enrolled in a PASSE (provider-led managed care), which coordinates and authorizes their care; Tier I behavioral health services are used directly from certified providers and paid by Arkansas Medicaid.':
    'Los miembros de Arkansas cuya evaluación independiente indica necesidades de salud conductual (o de discapacidad del desarrollo) de Nivel II o III se inscriben en un PASSE (atención administrada dirigida por proveedores), que coordina y autoriza su atención; los servicios de salud conductual de Nivel I se reciben directamente de proveedores certificados y los paga Arkansas Medicaid.',
  // rule medicaid-ca
  'In California, Medi-Cal substance use treatment (intensive outpatient included) is arranged through your county’s Drug Medi-Cal program; specialty mental health services through the county mental health plan, not your Medi-Cal health plan.':
    'En California, el tratamiento por uso de sustancias de Medi-Cal (incluido el ambulatorio intensivo) se organiza a través del programa Drug Medi-Cal de su condado; los servicios especializados de salud mental, a través del plan de salud mental del condado, no de su plan de salud de Medi-Cal.',
  'In counties in the Drug Medi-Cal Organized Delivery System, DHCS bars prior authorization for non-residential services such as intensive outpatient treatment (BHIN 24-001); mental health IOP depends on the county plan.':
    'En los condados del Drug Medi-Cal Organized Delivery System, el DHCS prohíbe la autorización previa para servicios no residenciales como el tratamiento ambulatorio intensivo (BHIN 24-001); el IOP de salud mental depende del plan del condado.',
  'Call your county’s behavioral-health access line (listed on the county’s and DHCS’s websites) to be assessed and referred to an IOP.':
    'Llame a la línea de acceso a salud conductual de su condado (aparece en los sitios web del condado y del DHCS) para que lo evalúen y lo remitan a un IOP.',
  // rule medicaid-co
  'In Colorado, behavioral health (IOP included) is a capitated benefit run by your Regional Accountable Entity (RAE), which builds the provider network and authorizes care, not by the state’s fee-for-service program.':
    'En Colorado, la salud conductual (incluido el IOP) es un beneficio de pago fijo que administra su Entidad Regional Responsable (RAE), que forma la red de proveedores y autoriza la atención, no el programa estatal de pago por servicio.',
  'Members in Denver Health Medicaid Choice or Rocky Mountain Health Plans Prime get behavioral health through that plan.':
    'Los miembros de Denver Health Medicaid Choice o de Rocky Mountain Health Plans Prime reciben la salud conductual a través de ese plan.',
  'Call your RAE (named on your Health First Colorado card or at healthfirstcolorado.com) to find an IOP in its network.':
    'Llame a su RAE (aparece en su tarjeta de Health First Colorado o en healthfirstcolorado.com) para encontrar un IOP en su red.',
  // rule medicaid-ct
  'In Connecticut, HUSKY behavioral health is run by the Connecticut Behavioral Health Partnership (the state’s departments of social services, children and families, and mental health and addiction services), whose administrative services organization authorizes care; intensive outpatient services need its prior authorization.':
    'En Connecticut, la salud conductual de HUSKY la administra la Connecticut Behavioral Health Partnership (los departamentos estatales de servicios sociales, de niños y familias, y de salud mental y adicciones), cuya organización de servicios administrativos autoriza la atención; los servicios ambulatorios intensivos necesitan su autorización previa.',
  // rule medicaid-de
  'Most Delaware Medicaid members are enrolled with a Diamond State Health Plan managed-care organization (Highmark Health Options, AmeriHealth Caritas Delaware or Delaware First Health), which covers physical and behavioral health, IOP included.':
    'La mayoría de los miembros de Delaware Medicaid están inscritos en una organización de atención administrada de Diamond State Health Plan (Highmark Health Options, AmeriHealth Caritas Delaware o Delaware First Health), que cubre la salud física y conductual, incluido el IOP.',
  // rule medicaid-dc
  'In the District, most Medicaid members are in managed-care plans, which now cover behavioral health; fee-for-service members’ substance use services are paid by the District.':
    'En el Distrito, la mayoría de los miembros de Medicaid están en planes de atención administrada, que ahora cubren la salud conductual; el Distrito paga los servicios por uso de sustancias de los miembros de pago por servicio.',
  // rule medicaid-fl
  'Most Florida Medicaid members are in a Statewide Medicaid Managed Care (SMMC) plan, which authorizes behavioral health services, IOP included; members with serious mental illness may be in a specialty plan.':
    'La mayoría de los miembros de Florida Medicaid están en un plan de Statewide Medicaid Managed Care (SMMC), que autoriza los servicios de salud conductual, incluido el IOP; los miembros con una enfermedad mental grave pueden estar en un plan especializado.',
  // rule medicaid-ga
  'Georgia Families members get behavioral health through their care management organization (CMO); aged, blind and disabled fee-for-service members through providers of the Department of Behavioral Health and Developmental Disabilities (DBHDD).':
    'Los miembros de Georgia Families reciben la salud conductual a través de su organización de administración de la atención (CMO); los miembros de pago por servicio mayores, ciegos o con discapacidad, a través de proveedores del Department of Behavioral Health and Developmental Disabilities (DBHDD).',
  // rule medicaid-hi
  'QUEST Integration plans cover behavioral health for most members; adults with serious mental illness receive specialized behavioral health through the Community Care Services (CCS) program.':
    'Los planes de QUEST Integration cubren la salud conductual de la mayoría de los miembros; los adultos con una enfermedad mental grave reciben salud conductual especializada a través del programa Community Care Services (CCS).',
  // rule medicaid-id
  'Every Idaho Medicaid member is enrolled in the Idaho Behavioral Health Plan, which manages behavioral health (substance use IOP included) statewide; Magellan of Idaho has run it since July 2024.':
    'Todos los miembros de Idaho Medicaid están inscritos en el Idaho Behavioral Health Plan, que administra la salud conductual (incluido el IOP para el uso de sustancias) en todo el estado; Magellan of Idaho lo administra desde julio de 2024.',
  // rule medicaid-il
  'Your Medicaid managed-care plan authorizes IOP and pays programs in its network; with fee-for-service Medicaid, the state does.':
    'Su plan de atención administrada de Medicaid autoriza el IOP y paga a los programas de su red; con Medicaid de pago por servicio, lo hace el estado.',
  // rule medicaid-in
  'Hoosier Healthwise, HIP, Hoosier Care Connect and Indiana PathWays members get IOP through their managed-care entity; traditional Medicaid members through the state’s fee-for-service program.':
    'Los miembros de Hoosier Healthwise, HIP, Hoosier Care Connect e Indiana PathWays reciben el IOP a través de su entidad de atención administrada; los miembros de Medicaid tradicional, a través del programa estatal de pago por servicio.',
  // rule medicaid-ia
  'Most Iowa Medicaid members are in an IA Health Link managed-care organization, which covers physical health, behavioral health and long-term care, IOP included; fee-for-service members are paid by Iowa Medicaid.':
    'La mayoría de los miembros de Iowa Medicaid están en una organización de atención administrada de IA Health Link, que cubre la salud física, la salud conductual y la atención a largo plazo, incluido el IOP; a los miembros de pago por servicio les paga Iowa Medicaid.',
  // rule medicaid-ks
  'Nearly all KanCare members are in a managed-care plan, which authorizes behavioral health services, IOP included.':
    'Casi todos los miembros de KanCare están en un plan de atención administrada, que autoriza los servicios de salud conductual, incluido el IOP.',
  // rule medicaid-ky
  'Kentucky Medicaid members get behavioral health and substance use treatment through their managed-care organization (Aetna Better Health, Anthem, Humana Healthy Horizons, Passport by Molina, UnitedHealthcare Community Plan or WellCare), which by state law (KRS 205.6311) must authorize SUD treatment that meets medical necessity and level-of-care criteria.':
    'Los miembros de Kentucky Medicaid reciben la salud conductual y el tratamiento por uso de sustancias a través de su organización de atención administrada (Aetna Better Health, Anthem, Humana Healthy Horizons, Passport by Molina, UnitedHealthcare Community Plan o WellCare), que por ley estatal (KRS 205.6311) debe autorizar el tratamiento de SUD que cumpla los criterios de necesidad médica y de nivel de atención.',
  // rule medicaid-la
  'Healthy Louisiana plans have covered specialized behavioral health, IOP included, since 2015; the Coordinated System of Care serves some children and youth separately.':
    'Los planes de Healthy Louisiana cubren la salud conductual especializada, incluido el IOP, desde 2015; el Coordinated System of Care atiende por separado a algunos niños y jóvenes.',
  // rule medicaid-me
  'MaineCare is run by the state without comprehensive managed-care plans; its behavioral health administrative services organization, Acentra Health, reviews prior authorization requests.':
    'MaineCare lo administra el estado sin planes integrales de atención administrada; su organización de servicios administrativos de salud conductual, Acentra Health, revisa las solicitudes de autorización previa.',
  'MaineCare Benefits Manual Ch. II, Section 65 covers substance use and mental health IOPs (at least 3 hours a day, 3 days a week); mental health IOP from psychiatric hospitals needs prior authorization through Acentra Health.':
    'El MaineCare Benefits Manual, cap. II, sección 65, cubre los IOP de uso de sustancias y de salud mental (al menos 3 horas al día, 3 días a la semana); el IOP de salud mental en hospitales psiquiátricos necesita autorización previa a través de Acentra Health.',
  // rule medicaid-md
  'In Maryland, Medicaid behavioral health (mental health and substance use, IOP included) is carved out of the HealthChoice plans into the Public Behavioral Health System, whose administrative services organization (Carelon Behavioral Health since 2025) preauthorizes non-emergency care and pays claims.':
    'En Maryland, la salud conductual de Medicaid (salud mental y uso de sustancias, incluido el IOP) está separada de los planes HealthChoice y pasa al Public Behavioral Health System, cuya organización de servicios administrativos (Carelon Behavioral Health desde 2025) autoriza por adelantado la atención que no es de emergencia y paga las reclamaciones.',
  // rule medicaid-ma
  'MassHealth members in the PCC Plan or a primary care ACO get behavioral health through the Massachusetts Behavioral Health Partnership; members of an MCO or accountable care partnership plan through that plan.':
    'Los miembros de MassHealth en el PCC Plan o en una ACO de atención primaria reciben la salud conductual a través de la Massachusetts Behavioral Health Partnership; los miembros de una MCO o de un plan de asociación de atención responsable, a través de ese plan.',
  'Substance use IOP in Massachusetts is known as a Structured Outpatient Addiction Program (SOAP).':
    'En Massachusetts, el IOP para el uso de sustancias se conoce como Structured Outpatient Addiction Program (SOAP).',
  // rule medicaid-mi
  'In Michigan, substance use treatment (IOP included) and specialty mental health services are carved out of the Medicaid health plans to 10 regional Prepaid Inpatient Health Plans (PIHPs), which authorize care through their access centers; the health plans cover only mild-to-moderate outpatient mental health.':
    'En Michigan, el tratamiento por uso de sustancias (incluido el IOP) y los servicios especializados de salud mental están separados de los planes de salud de Medicaid y los administran 10 Prepaid Inpatient Health Plans (PIHP) regionales, que autorizan la atención a través de sus centros de acceso; los planes de salud cubren solo la salud mental ambulatoria leve a moderada.',
  'Call the substance use or community mental health access line of your county (your PIHP) to be screened and authorized for IOP.':
    'Llame a la línea de acceso de uso de sustancias o de salud mental comunitaria de su condado (su PIHP) para que lo evalúen y le autoricen el IOP.',
  // rule medicaid-mn
  'Since 2022-07-01, Minnesota’s Direct Access is the only way into publicly paid substance use treatment: you go directly to a provider of your choice for a comprehensive assessment, without a county referral. Members of a Medical Assistance health plan then get IOP through the plan; fee-for-service members through the state.':
    'Desde el 2022-07-01, Direct Access de Minnesota es la única vía de entrada al tratamiento por uso de sustancias pagado con fondos públicos: usted va directamente al proveedor que elija para una evaluación completa, sin remisión del condado. Luego, los miembros de un plan de salud de Medical Assistance reciben el IOP a través del plan; los miembros de pago por servicio, a través del estado.',
  // rule medicaid-ms
  'MississippiCAN coordinated care organizations (Magnolia Health, UnitedHealthcare, Molina Healthcare) authorize behavioral health for their members; the Division of Medicaid (fee-for-service) for members outside MississippiCAN.':
    'Las organizaciones de atención coordinada de MississippiCAN (Magnolia Health, UnitedHealthcare, Molina Healthcare) autorizan la salud conductual de sus miembros; la Division of Medicaid (pago por servicio), la de los miembros fuera de MississippiCAN.',
  // rule medicaid-mo
  'In Missouri, substance use treatment through Comprehensive Substance Treatment and Rehabilitation (CSTAR) programs stays fee-for-service (certified by the Department of Mental Health) even for managed-care members; other behavioral health is covered by the member’s MO HealthNet plan or, for members 65+ or with a disability, fee-for-service.':
    'En Missouri, el tratamiento por uso de sustancias en los programas Comprehensive Substance Treatment and Rehabilitation (CSTAR) sigue siendo de pago por servicio (certificado por el Department of Mental Health) incluso para los miembros de atención administrada; el resto de la salud conductual lo cubre el plan MO HealthNet del miembro o, para los miembros de 65 años o más o con una discapacidad, el pago por servicio.',
  // rule medicaid-mt
  'Montana Medicaid is fee-for-service: the state pays behavioral health services, IOP included, directly.':
    'Montana Medicaid es de pago por servicio: el estado paga directamente los servicios de salud conductual, incluido el IOP.',
  // rule medicaid-ne
  'Heritage Health plans integrate physical and behavioral health: your plan authorizes IOP.':
    'Los planes de Heritage Health integran la salud física y conductual: su plan autoriza el IOP.',
  // rule medicaid-nh
  'Most New Hampshire Medicaid members are in a Medicaid Care Management health plan (AmeriHealth Caritas New Hampshire, NH Healthy Families or WellSense), which covers the same services but sets its own prior authorization rules.':
    'La mayoría de los miembros de New Hampshire Medicaid están en un plan de salud de Medicaid Care Management (AmeriHealth Caritas New Hampshire, NH Healthy Families o WellSense), que cubre los mismos servicios pero fija sus propias reglas de autorización previa.',
  // rule medicaid-nj
  'In New Jersey, much outpatient substance use treatment for NJ FamilyCare members has been paid fee-for-service, with the Interim Managing Entity (IME) authorizing the level of care; members in some managed-care programs get it through their plan.':
    'En Nueva Jersey, gran parte del tratamiento ambulatorio por uso de sustancias de los miembros de NJ FamilyCare se ha cubierto con pago por servicio, y la Interim Managing Entity (IME) autoriza el nivel de atención; los miembros de algunos programas de atención administrada lo reciben a través de su plan.',
  // rule medicaid-nm
  'Turquoise Care plans integrate behavioral health: your plan authorizes IOP.':
    'Los planes de Turquoise Care integran la salud conductual: su plan autoriza el IOP.',
  // rule medicaid-ny
  'Medicaid managed-care plans and HARPs cover behavioral health for their members; fee-for-service members’ IOP is paid by the state. Substance use IOP is provided by programs certified by the Office of Addiction Services and Supports (OASAS).':
    'Los planes de atención administrada de Medicaid y los HARP cubren la salud conductual de sus miembros; el estado paga el IOP de los miembros de pago por servicio. El IOP para el uso de sustancias lo brindan programas certificados por la Office of Addiction Services and Supports (OASAS).',
  // rule medicaid-nc
  'In North Carolina, substance use IOP is the Substance Abuse Intensive Outpatient Program (SAIOP, ASAM 2.1, clinical coverage policy 8A-12). Standard Plans cover it, but a member who needs it qualifies to move to NC Medicaid Direct or a Tailored Plan (an LME/MCO), which then authorizes it.':
    'En Carolina del Norte, el IOP para el uso de sustancias es el Substance Abuse Intensive Outpatient Program (SAIOP, ASAM 2.1, política de cobertura clínica 8A-12). Los Standard Plans lo cubren, pero un miembro que lo necesita tiene derecho a pasarse a NC Medicaid Direct o a un Tailored Plan (una LME/MCO), que entonces lo autoriza.',
  // rule medicaid-nd
  'Traditional North Dakota Medicaid is fee-for-service; Medicaid expansion members are in a managed-care plan, which authorizes their IOP.':
    'El Medicaid tradicional de Dakota del Norte es de pago por servicio; los miembros de la expansión de Medicaid están en un plan de atención administrada, que autoriza su IOP.',
  // rule medicaid-oh
  'Children and youth with complex behavioral health needs are served by OhioRISE, a specialized behavioral health plan run by Aetna Better Health of Ohio.':
    'Los niños y jóvenes con necesidades complejas de salud conductual se atienden en OhioRISE, un plan especializado de salud conductual que administra Aetna Better Health of Ohio.',
  // rule medicaid-ok
  'Since 2024 most SoonerCare members are in a SoonerSelect plan, which authorizes behavioral health; other members are fee-for-service with the Health Care Authority.':
    'Desde 2024, la mayoría de los miembros de SoonerCare están en un plan SoonerSelect, que autoriza la salud conductual; los demás miembros son de pago por servicio con la Health Care Authority.',
  // rule medicaid-or
  'Most OHP members belong to a coordinated care organization (CCO), which covers behavioral health, IOP included; open-card (fee-for-service) members are paid by the state.':
    'La mayoría de los miembros del OHP pertenecen a una organización de atención coordinada (CCO), que cubre la salud conductual, incluido el IOP; a los miembros de tarjeta abierta (pago por servicio) les paga el estado.',
  // rule medicaid-pa
  'In Pennsylvania, mental health and drug and alcohol services, IOP included, are not covered by your physical-health HealthChoices plan: every Medical Assistance member is enrolled in the Behavioral HealthChoices plan (BH-MCO) of their county of residence, which authorizes and pays IOP.':
    'En Pensilvania, los servicios de salud mental y de drogas y alcohol, incluido el IOP, no los cubre su plan HealthChoices de salud física: cada miembro de Medical Assistance está inscrito en el plan Behavioral HealthChoices (BH-MCO) de su condado de residencia, que autoriza y paga el IOP.',
  'Call the member services number of your county’s Behavioral HealthChoices plan (the BH-MCO, not the physical-health plan on your card) to find an IOP and ask about authorization.':
    'Llame al número de servicios para miembros del plan Behavioral HealthChoices de su condado (la BH-MCO, no el plan de salud física de su tarjeta) para encontrar un IOP y preguntar por la autorización.',
  // rule medicaid-sc
  'Most Healthy Connections members are in a managed-care organization, which covers behavioral health services and requires prior authorization for some of them; fee-for-service members are paid by SCDHHS.':
    'La mayoría de los miembros de Healthy Connections están en una organización de atención administrada, que cubre los servicios de salud conductual y exige autorización previa para algunos; a los miembros de pago por servicio les paga el SCDHHS.',
  // rule medicaid-sd
  'South Dakota Medicaid is fee-for-service: the state pays substance use treatment (ARSD 67:16:48) from agencies accredited by the Division of Behavioral Health directly.':
    'South Dakota Medicaid es de pago por servicio: el estado paga directamente el tratamiento por uso de sustancias (ARSD 67:16:48) de agencias acreditadas por la Division of Behavioral Health.',
  'The state’s prior authorization list covers only named elective services; for substance use treatment, prior authorization is required for care beyond the established service limit (ARSD 67:16:48:11).':
    'La lista de autorización previa del estado cubre solo servicios electivos nombrados; para el tratamiento por uso de sustancias, se requiere autorización previa para la atención que pase del límite de servicio establecido (ARSD 67:16:48:11).',
  // rule medicaid-tn
  'TennCare health plans integrate behavioral health: your plan authorizes IOP.':
    'Los planes de salud de TennCare integran la salud conductual: su plan autoriza el IOP.',
  // rule medicaid-tx
  'Most Texas Medicaid members are in a STAR, STAR+PLUS, STAR Kids or STAR Health plan, which authorizes behavioral health services; fee-for-service claims go through TMHP.':
    'La mayoría de los miembros de Texas Medicaid están en un plan STAR, STAR+PLUS, STAR Kids o STAR Health, que autoriza los servicios de salud conductual; las reclamaciones de pago por servicio pasan por TMHP.',
  // rule medicaid-ut
  'Utah Medicaid behavioral health is delivered, depending on county, by a prepaid mental health plan run by the local authority or by an integrated plan; which one covers you is on your Medicaid card.':
    'La salud conductual de Utah Medicaid la brinda, según el condado, un plan prepagado de salud mental que administra la autoridad local o un plan integrado; cuál lo cubre a usted aparece en su tarjeta de Medicaid.',
  // rule medicaid-vt
  'Vermont Medicaid is run by the state (DVHA) as a single public plan: substance use IOP is provided by state-designated preferred providers.':
    'Vermont Medicaid lo administra el estado (DVHA) como un solo plan público: el IOP para el uso de sustancias lo brindan proveedores preferidos designados por el estado.',
  // rule medicaid-va
  'Virginia’s Addiction and Recovery Treatment Services (ARTS) pay IOP (ASAM 2.1: 9 to 19 hours a week for adults, at least 3 hours a service day; 6 to 19 for youth) as H0015, or revenue code 0906 with H0015, after service authorization.':
    'Los Addiction and Recovery Treatment Services (ARTS) de Virginia pagan el IOP (ASAM 2.1: de 9 a 19 horas a la semana para adultos, al menos 3 horas por día de servicio; de 6 a 19 para jóvenes) como H0015, o con el código de ingresos 0906 junto con H0015, después de la autorización del servicio.',
  'Cardinal Care managed-care plans authorize ARTS for their members; the state’s behavioral health services administrator for fee-for-service members.':
    'Los planes de atención administrada de Cardinal Care autorizan los ARTS de sus miembros; el administrador estatal de servicios de salud conductual, los de los miembros de pago por servicio.',
  'Virginia Medicaid ARTS rate for H0015 intensive outpatient, $250.00 a day (DMAS ARTS rate sheet; not re-read here)':
    'tarifa de ARTS de Virginia Medicaid para el ambulatorio intensivo H0015, $250.00 al día (hoja de tarifas de ARTS del DMAS; no se volvió a leer aquí)',
  // rule medicaid-wa
  'Apple Health managed-care plans cover physical health, mental health and substance use treatment under one plan: your plan authorizes IOP. Apple Health clients without a managed-care plan get behavioral health through a Behavioral Health Services Only (BHSO) plan.':
    'Los planes de atención administrada de Apple Health cubren la salud física, la salud mental y el tratamiento por uso de sustancias en un solo plan: su plan autoriza el IOP. Los clientes de Apple Health sin plan de atención administrada reciben la salud conductual a través de un plan Behavioral Health Services Only (BHSO).',
  // rule medicaid-wi
  'Most BadgerCare Plus members get their benefits through an HMO, which authorizes covered behavioral health services; members with an HMO exemption have fee-for-service coverage paid through ForwardHealth (Member Services 800-362-3002).':
    'La mayoría de los miembros de BadgerCare Plus reciben sus beneficios a través de una HMO, que autoriza los servicios cubiertos de salud conductual; los miembros con una exención de HMO tienen cobertura de pago por servicio que se paga a través de ForwardHealth (Servicios para Miembros 800-362-3002).',
  // rule medicaid-wy
  'Wyoming Medicaid is fee-for-service: the state pays behavioral health services directly; its behavioral health rules (Wyoming Medicaid Rules ch. 13) list intensive outpatient programs among the services covered when furnished by a certified center.':
    'Wyoming Medicaid es de pago por servicio: el estado paga directamente los servicios de salud conductual; sus reglas de salud conductual (Wyoming Medicaid Rules, cap. 13) incluyen los programas ambulatorios intensivos entre los servicios cubiertos cuando los brinda un centro certificado.',
  // rule medicaid-pr
  'Plan Vital members get physical and behavioral health through their managed-care organization, contracted by ASES.':
    'Los miembros de Plan Vital reciben la salud física y conductual a través de su organización de atención administrada, contratada por ASES.',
  // rule medicaid-ca-plans
  'In Medi-Cal, IOP is authorized by Your county’s Drug Medi-Cal program (substance use) or county mental health plan (specialty mental health), not by a physical-health plan.':
    'En Medi-Cal, el IOP lo autoriza el programa Drug Medi-Cal de su condado (uso de sustancias) o el plan de salud mental del condado (salud mental especializada), no un plan de salud física.',
  // rule medicaid-co-plans
  'In Health First Colorado (Colorado Medicaid), IOP is authorized by Your Regional Accountable Entity (RAE): Rocky Mountain Health Plans, Northeast Health Partners, Colorado Community Health Alliance or Colorado Access, by region, not by a physical-health plan.':
    'En Health First Colorado (Colorado Medicaid), el IOP lo autoriza su Entidad Regional Responsable (RAE): Rocky Mountain Health Plans, Northeast Health Partners, Colorado Community Health Alliance o Colorado Access, según la región, no un plan de salud física.',
  // rule medicaid-ct-plans
  'In HUSKY Health (Connecticut Medicaid), IOP is authorized by Connecticut Behavioral Health Partnership (CT BHP), administered by Carelon Behavioral Health, not by a physical-health plan.':
    'En HUSKY Health (Connecticut Medicaid), el IOP lo autoriza la Connecticut Behavioral Health Partnership (CT BHP), administrada por Carelon Behavioral Health, no un plan de salud física.',
  // rule medicaid-id-plans
  'In Idaho Medicaid, IOP is authorized by Idaho Behavioral Health Plan, managed by Magellan of Idaho, not by a physical-health plan.':
    'En Idaho Medicaid, el IOP lo autoriza el Idaho Behavioral Health Plan, administrado por Magellan of Idaho, no un plan de salud física.',
  // rule medicaid-me-plans
  'In MaineCare (Maine Medicaid), IOP is authorized by Acentra Health (formerly Kepro), MaineCare’s behavioral health administrative services organization, not by a physical-health plan.':
    'En MaineCare (Maine Medicaid), el IOP lo autoriza Acentra Health (antes Kepro), la organización de servicios administrativos de salud conductual de MaineCare, no un plan de salud física.',
  // rule medicaid-md-plans
  'In Maryland Medicaid (HealthChoice), IOP is authorized by Maryland Public Behavioral Health System, administered by Carelon Behavioral Health of Maryland, not by a physical-health plan.':
    'En Maryland Medicaid (HealthChoice), el IOP lo autoriza el Maryland Public Behavioral Health System, administrado por Carelon Behavioral Health of Maryland, no un plan de salud física.',
  // rule medicaid-mi-plans
  'In Michigan Medicaid (Healthy Michigan Plan), IOP is authorized by Your region’s Prepaid Inpatient Health Plan (PIHP), reached through the county community mental health (CMH) access line, not by a physical-health plan.':
    'En Michigan Medicaid (Healthy Michigan Plan), el IOP lo autoriza el Prepaid Inpatient Health Plan (PIHP) de su región, al que se llega por la línea de acceso de salud mental comunitaria (CMH) del condado, no un plan de salud física.',
  // rule medicaid-pa-plans
  'In Pennsylvania Medical Assistance (HealthChoices), IOP is authorized by Your county’s Behavioral HealthChoices plan (BH-MCO): Community Care Behavioral Health, Magellan Behavioral Health of Pennsylvania, Carelon Behavioral Health of Pennsylvania, PerformCare or Community Behavioral Health (Philadelphia), not by a physical-health plan.':
    'En Pennsylvania Medical Assistance (HealthChoices), el IOP lo autoriza el plan Behavioral HealthChoices (BH-MCO) de su condado: Community Care Behavioral Health, Magellan Behavioral Health of Pennsylvania, Carelon Behavioral Health of Pennsylvania, PerformCare o Community Behavioral Health (Filadelfia), no un plan de salud física.',
  // rule tricare
  'TRICARE has covered IOP since the 2016 mental health final rule, with the same cost-shares as medical care.':
    'TRICARE cubre el IOP desde la regla final de salud mental de 2016, con los mismos costos compartidos que la atención médica.',
  'The TRICARE Operations Manual says outpatient mental health care, IOP included, needs no preauthorization; the regional contractors’ own pages have required approval (always for active-duty members). Ask the regional contractor before the program starts.':
    'El TRICARE Operations Manual dice que la atención ambulatoria de salud mental, incluido el IOP, no necesita autorización previa; las páginas de los contratistas regionales han exigido aprobación (siempre para los miembros en servicio activo). Consulte al contratista regional antes de que empiece el programa.',
  'Active-duty service members pay nothing but need a referral from their PCM and the contractor’s authorization.':
    'Los miembros en servicio activo no pagan nada, pero necesitan una remisión de su PCM y la autorización del contratista.',
  'Ask the regional TRICARE contractor whether this IOP needs a referral or authorization for you (it depends on your plan and whether you are active duty).':
    'Pregunte al contratista regional de TRICARE si este IOP necesita una remisión o una autorización en su caso (depende de su plan y de si usted está en servicio activo).',
  // rule tricare-prime
  'TRICARE Prime: an IOP is not an office visit, so it needs a referral from your primary care manager (PCM); without one, point-of-service fees apply ($300 deductible a person, then 50 %).':
    'TRICARE Prime: un IOP no es una visita al consultorio, así que necesita una remisión de su administrador de atención primaria (PCM); sin ella, se aplican los cargos de punto de servicio (deducible de $300 por persona y después el 50 %).',
  // rule tricare-active-duty
  'Active-duty service members should get behavioral health care at a military hospital or clinic when possible; outside care needs a PCM referral and the contractor’s authorization.':
    'Los miembros en servicio activo deben recibir la atención de salud conductual en un hospital o clínica militar cuando sea posible; la atención fuera de estos lugares necesita una remisión del PCM y la autorización del contratista.',
  // rule family-bh-manager
  'This company manages mental health and substance use benefits for health plans and employers, but it is not your insurer: whether IOP is covered, and what it costs, is set by the health plan named on your card.':
    'Esta empresa administra los beneficios de salud mental y de uso de sustancias para planes de salud y empleadores, pero no es su aseguradora: si el IOP está cubierto y cuánto cuesta lo decide el plan de salud que aparece en su tarjeta.',
  'Employee assistance programs (EAPs) usually offer a few free counseling sessions, not IOP; IOP is paid by the health plan itself.':
    'Los programas de asistencia al empleado (EAP) suelen ofrecer unas pocas sesiones de consejería gratis, no IOP; el IOP lo paga el propio plan de salud.',
  'Check again with the health plan named on the front of your card (the company whose name is on the card, not the behavioral-health company).':
    'Vuelva a consultar con el plan de salud que aparece al frente de su tarjeta (la empresa cuyo nombre está en la tarjeta, no la empresa de salud conductual).',
  // rule family-ihs
  'IHS is not insurance. An IOP outside an IHS or tribal facility is paid only through Purchased/Referred Care (PRC): it must be approved in advance, meet PRC eligibility and medical priorities, and funds are limited.':
    'El IHS no es un seguro. Un IOP fuera de un centro del IHS o tribal se paga solo a través de Purchased/Referred Care (PRC): debe aprobarse por adelantado, cumplir los requisitos y las prioridades médicas de PRC, y los fondos son limitados.',
  'IHS pays last: Medicaid, Medicare or private insurance you have pays first.':
    'El IHS paga al final: primero paga el Medicaid, el Medicare o el seguro privado que usted tenga.',
  'Ask your IHS or tribal clinic about IOP there, or for a Purchased/Referred Care approval before starting an outside program.':
    'Pregunte en su clínica del IHS o tribal por un IOP allí, o pida una aprobación de Purchased/Referred Care antes de empezar un programa externo.',
  'If you also have Medicaid, Medicare or other insurance, check IOP coverage with that plan: it pays first.':
    'Si también tiene Medicaid, Medicare u otro seguro, consulte la cobertura del IOP con ese plan: paga primero.',
  // rule family-medicaid-mco
  'A Medicaid managed-care plan authorizes IOP itself and pays programs in its own network, unless your state carves behavioral health out of the plan (then the state rule names who does).':
    'Un plan de atención administrada de Medicaid autoriza el IOP por su cuenta y paga a los programas de su propia red, a menos que su estado separe la salud conductual del plan (entonces la regla del estado dice quién lo hace).',
  'Call the member services or behavioral-health number on your Medicaid plan card to find an in-network IOP.':
    'Llame al número de servicios para miembros o de salud conductual de la tarjeta de su plan de Medicaid para encontrar un IOP dentro de la red.',
  // rule payer-medigap
  'Medigap is not a separate coverage for IOP: Original Medicare decides coverage and pays first; your Medigap plan then pays some or all of the Part B deductible and 20 % coinsurance, depending on its letter (Plan G, for example, pays the coinsurance but not the deductible).':
    'Medigap no es una cobertura aparte para el IOP: Original Medicare decide la cobertura y paga primero; después su plan Medigap paga parte o todo el deducible de la Parte B y el coseguro del 20 %, según su letra (el Plan G, por ejemplo, paga el coseguro pero no el deducible).',
  // rule payer-tricare-for-life
  'With TRICARE For Life, Medicare pays first and TRICARE pays second: for IOP covered by both, you pay nothing (TFL pays the Part B deductible and the 20 %).':
    'Con TRICARE For Life, Medicare paga primero y TRICARE paga después: por un IOP que cubren los dos, usted no paga nada (TFL paga el deducible de la Parte B y el 20 %).',
  'Medicare’s rules apply (no prior authorization from the TRICARE contractor while Medicare pays first); the program must accept Medicare and bill IOP the Medicare way (condition code 92; S9480 is not payable by Medicare).':
    'Se aplican las reglas de Medicare (sin autorización previa del contratista de TRICARE mientras Medicare paga primero); el programa debe aceptar Medicare y facturar el IOP como lo pide Medicare (código de condición 92; Medicare no paga el S9480).',
  // rule payer-us-family-health-plan
  'US Family Health Plan is a TRICARE Prime option run by its own designated providers: the plan (not the regional contractor) refers and authorizes IOP.':
    'US Family Health Plan es una opción de TRICARE Prime con sus propios proveedores designados: el plan (no el contratista regional) da la remisión y autoriza el IOP.',
  // rule payer-tricare-west
  'Since 2025-01-01 TRICARE West also covers AR, IL, LA, OK, TX and WI.':
    'Desde el 2025-01-01, TRICARE West también cubre AR, IL, LA, OK, TX y WI.',
  // rule payer-va-community-care
  'Community Care must be authorized by VA before care starts, and the program must be in VA’s Community Care Network.':
    'El VA debe autorizar la atención comunitaria antes de que empiece, y el programa debe estar en la Community Care Network del VA.',
  'Ask your VA care team for a Community Care referral for IOP.':
    'Pida a su equipo de atención del VA una remisión de atención comunitaria para el IOP.',
  // rule payer-champva
  'CHAMPVA is not VA Community Care: it shares the cost of care from providers who accept CHAMPVA, without a VA referral. If you have other health insurance, it pays first.':
    'CHAMPVA no es la atención comunitaria del VA: comparte el costo de la atención de proveedores que aceptan CHAMPVA, sin remisión del VA. Si tiene otro seguro médico, ese paga primero.',
  'Outpatient care, IOP included, has a calendar-year deductible of $50 a person or $100 a family; then CHAMPVA pays 75 % of its allowable amount and you pay 25 %, up to a $3,000 catastrophic cap per family per calendar year (deductible and cap: 38 CFR 17.274; the 25 %: VA’s CHAMPVA pages).':
    'La atención ambulatoria, incluido el IOP, tiene un deducible por año calendario de $50 por persona o $100 por familia; después CHAMPVA paga el 75 % de su monto permitido y usted paga el 25 %, hasta un tope catastrófico de $3,000 por familia por año calendario (deducible y tope: 38 CFR 17.274; el 25 %: las páginas de CHAMPVA del VA).',
  'Ask the program whether it accepts CHAMPVA, and call CHAMPVA to ask whether IOP needs preauthorization.':
    'Pregunte al programa si acepta CHAMPVA, y llame a CHAMPVA para preguntar si el IOP necesita autorización previa.',
  // profile default-in-network
  'employer PPO in network: $1,500 deductible, then 20 %, $5,000 out-of-pocket maximum':
    'PPO de empleador dentro de la red: deducible de $1,500, después el 20 %, máximo de gastos de bolsillo de $5,000',
  'Low: a generous plan ($500 deductible, 10 %, $3,000 cap). High: a $7,000 deductible and 50 %, capped at $10,600, the most an ACA-compliant plan may charge one person in network in 2026.':
    'Bajo: un plan generoso (deducible de $500, 10 %, tope de $3,000). Alto: un deducible de $7,000 y el 50 %, con tope de $10,600, lo máximo que un plan que cumple con la ACA puede cobrar a una persona dentro de la red en 2026.',
  // profile default-out-of-network
  'PPO out of network: $3,000 deductible, then 40 % of the allowed amount, $9,000 cap; the balance bill comes on top':
    'PPO fuera de la red: deducible de $3,000, después el 40 % del monto permitido, tope de $9,000; la factura por el saldo se suma aparte',
  'Low: a rich out-of-network benefit ($1,500 deductible, 30 %). High: a plan with no out-of-network benefits, where you pay the full charge.':
    'Bajo: un buen beneficio fuera de la red (deducible de $1,500, 30 %). Alto: un plan sin beneficios fuera de la red, en el que usted paga el cargo completo.',
  // profile in-network-only-plan-out-of-network
  'HMO and EPO plans pay nothing out of network (except emergencies), so you pay the full charge':
    'los planes HMO y EPO no pagan nada fuera de la red (salvo emergencias), así que usted paga el cargo completo',
  'No out-of-network benefits: the full charge whatever the plan’s in-network amounts.':
    'Sin beneficios fuera de la red: el cargo completo, sean cuales sean los montos del plan dentro de la red.',
  // profile hmo-in-network
  'HMO in network: a $50 copay per IOP day, no deductible, $5,000 out-of-pocket maximum':
    'HMO dentro de la red: un copago de $50 por día de IOP, sin deducible, máximo de gastos de bolsillo de $5,000',
  'Low: a $25 daily copay. High: a $5,000 deductible and 30 %, capped at the 2026 ACA maximum of $10,600.':
    'Bajo: un copago diario de $25. Alto: un deducible de $5,000 y el 30 %, con tope en el máximo de la ACA de 2026 de $10,600.',
  // profile hdhp-in-network
  'HSA-qualified HDHP in 2026: at least a $1,700 deductible, at most $8,500 out of pocket; 20 % after the deductible':
    'HDHP que califica para HSA en 2026: deducible de al menos $1,700, como máximo $8,500 de gastos de bolsillo; el 20 % después del deducible',
  'Low: the minimum HDHP deductible ($1,700) and nothing after it. High: a deductible at the HDHP out-of-pocket maximum ($8,500).':
    'Bajo: el deducible mínimo de un HDHP ($1,700) y nada después. Alto: un deducible igual al máximo de gastos de bolsillo de un HDHP ($8,500).',
  // profile bronze-in-network
  'bronze ACA plan (the plan pays about 60 % of costs overall): $7,500 deductible, then 40 %, capped at the 2026 maximum of $10,600':
    'plan bronce de la ACA (el plan paga alrededor del 60 % de los costos en total): deducible de $7,500, después el 40 %, con tope en el máximo de 2026 de $10,600',
  'Low: a $5,000 deductible and 30 %. High: a deductible equal to the 2026 ACA maximum ($10,600).':
    'Bajo: un deducible de $5,000 y el 30 %. Alto: un deducible igual al máximo de la ACA de 2026 ($10,600).',
  // profile silver-in-network
  'silver ACA plan (the plan pays about 70 % of costs overall): $5,000 deductible, then 30 %, $9,500 cap':
    'plan plata de la ACA (el plan paga alrededor del 70 % de los costos en total): deducible de $5,000, después el 30 %, tope de $9,500',
  'Low: a $2,500 deductible and 20 %. High: a $7,500 deductible and 40 %, capped at the 2026 ACA maximum ($10,600).':
    'Bajo: un deducible de $2,500 y el 20 %. Alto: un deducible de $7,500 y el 40 %, con tope en el máximo de la ACA de 2026 ($10,600).',
  // profile gold-in-network
  'gold ACA plan (the plan pays about 80 % of costs overall): $1,500 deductible, then 20 %, $8,000 cap':
    'plan oro de la ACA (el plan paga alrededor del 80 % de los costos en total): deducible de $1,500, después el 20 %, tope de $8,000',
  'Low: a $500 deductible and 10 %. High: a $3,000 deductible and 30 %, capped at the 2026 ACA maximum ($10,600).':
    'Bajo: un deducible de $500 y el 10 %. Alto: un deducible de $3,000 y el 30 %, con tope en el máximo de la ACA de 2026 ($10,600).',
  // profile platinum-in-network
  'platinum ACA plan (the plan pays about 90 % of costs overall): $500 deductible, then 10 %, $4,000 cap':
    'plan platino de la ACA (el plan paga alrededor del 90 % de los costos en total): deducible de $500, después el 10 %, tope de $4,000',
  'Low: no deductible and 10 %. High: a $1,000 deductible and 20 %, $6,000 cap.':
    'Bajo: sin deducible y el 10 %. Alto: un deducible de $1,000 y el 20 %, tope de $6,000.',
  // profile catastrophic-in-network
  'catastrophic ACA plan: you pay everything up to the 2026 out-of-pocket maximum of $10,600, then nothing':
    'plan catastrófico de la ACA: usted paga todo hasta el máximo de gastos de bolsillo de 2026 de $10,600, y después nada',
  'Catastrophic plans all set the deductible at the ACA maximum.':
    'Todos los planes catastróficos fijan el deducible en el máximo de la ACA.',
  // profile medicare
  'Original Medicare Part B: $283 deductible (2026), then 20 % of the approved amount, with no out-of-pocket maximum':
    'Original Medicare Parte B: deducible de $283 (2026), después el 20 % del monto aprobado, sin máximo de gastos de bolsillo',
  'Low: a Medigap or Medicaid secondary plan pays the deductible and the 20 %. High: Part B alone, with no cap.':
    'Bajo: un plan secundario Medigap o Medicaid paga el deducible y el 20 %. Alto: solo la Parte B, sin tope.',
  // profile medicare-advantage-in-network
  'Medicare Advantage in network: 20 % of the approved amount, no separate deductible, $6,000 out-of-pocket maximum':
    'Medicare Advantage dentro de la red: el 20 % del monto aprobado, sin deducible aparte, máximo de gastos de bolsillo de $6,000',
  'Low: a $20 daily copay and $3,500 cap. High: 20 % with a $9,250 in-network maximum.':
    'Bajo: un copago diario de $20 y tope de $3,500. Alto: el 20 % con un máximo dentro de la red de $9,250.',
  // profile medicaid
  'Medicaid: no cost-sharing for most members (states may charge only nominal amounts)':
    'Medicaid: sin costos compartidos para la mayoría de los miembros (los estados solo pueden cobrar montos mínimos)',
  'Low: no cost-sharing. High: a nominal copay of about $4 a day in a state that charges one.':
    'Bajo: sin costos compartidos. Alto: un copago mínimo de unos $4 al día en un estado que lo cobra.',
  // profile tricare-in-network
  'TRICARE Select, active-duty family (Group A), network: the $39 specialty-care copay per IOP day, $1,000 catastrophic cap a family (your beneficiary group is not known: retirees pay more, active-duty members nothing)':
    'TRICARE Select, familia de servicio activo (Grupo A), en la red: el copago de atención especializada de $39 por día de IOP, tope catastrófico de $1,000 por familia (no se sabe su grupo de beneficiario: los jubilados pagan más y los miembros en servicio activo nada)',
  'Low: TRICARE Prime for active-duty families ($0 in network). High: a Group A retiree on TRICARE Select, $150 deductible then 20 %, capped at $4,157 (the 2024 retiree Select cap).':
    'Bajo: TRICARE Prime para familias de servicio activo ($0 en la red). Alto: un jubilado del Grupo A en TRICARE Select, deducible de $150 y después el 20 %, con tope de $4,157 (el tope de Select para jubilados de 2024).',
  // profile tricare-out-of-network
  'TRICARE Select, active-duty family (Group A, sponsor E-5 and above), non-network: $150 deductible, then 20 %, $1,000 catastrophic cap a family':
    'TRICARE Select, familia de servicio activo (Grupo A, patrocinador E-5 o superior), fuera de la red: deducible de $150, después el 20 %, tope catastrófico de $1,000 por familia',
  'Low: the $50 deductible of junior enlisted (E-1 to E-4) families. High: TRICARE Prime point-of-service care ($300 deductible, 50 %, not capped).':
    'Bajo: el deducible de $50 de las familias de rangos menores (E-1 a E-4). Alto: la atención de punto de servicio de TRICARE Prime (deducible de $300, 50 %, sin tope).',
  // profile tricare-prime-in-network
  'TRICARE Prime in network, active-duty family: $0 (retirees on Prime pay a copay per visit)':
    'TRICARE Prime en la red, familia de servicio activo: $0 (los jubilados en Prime pagan un copago por visita)',
  'Low: active-duty families pay nothing on Prime. High: a retiree on Prime paying $31 a day (the Group B Prime per-day figure for outpatient mental health and partial hospitalization in 2020, the latest per-day figure re-read from a primary page), capped at $3,000.':
    'Bajo: las familias de servicio activo no pagan nada en Prime. Alto: un jubilado en Prime que paga $31 al día (la cifra diaria de Prime del Grupo B para salud mental ambulatoria y hospitalización parcial en 2020, la cifra diaria más reciente que se volvió a leer de una página primaria), con tope de $3,000.',
  // profile tricare-prime-point-of-service
  'TRICARE Prime outside the network without a referral: point-of-service fees, a $300 deductible a person then 50 %, not capped':
    'TRICARE Prime fuera de la red sin remisión: cargos de punto de servicio, un deducible de $300 por persona y después el 50 %, sin tope',
  'Low: with a PCM referral to this program, Prime pays as in network. High: point-of-service fees, which no catastrophic cap limits.':
    'Bajo: con una remisión del PCM a este programa, Prime paga como dentro de la red. Alto: cargos de punto de servicio, que ningún tope catastrófico limita.',
  // profile tricare-active-duty
  'active-duty service members pay nothing for covered, authorized care':
    'los miembros en servicio activo no pagan nada por la atención cubierta y autorizada',
  'Active-duty service members have no out-of-pocket costs.':
    'Los miembros en servicio activo no tienen gastos de bolsillo.',
  // profile tricare-active-duty-family-prime
  'TRICARE Prime, active-duty family, network: $0':
    'TRICARE Prime, familia de servicio activo, en la red: $0',
  'Active-duty families pay nothing for network care on TRICARE Prime.':
    'Las familias de servicio activo no pagan nada por la atención en la red con TRICARE Prime.',
  // profile tricare-active-duty-family-in-network
  'TRICARE Select, active-duty family (Group A), network: the $39 specialty-care copay per IOP day, $1,000 catastrophic cap a family':
    'TRICARE Select, familia de servicio activo (Grupo A), en la red: el copago de atención especializada de $39 por día de IOP, tope catastrófico de $1,000 por familia',
  'Low: TRICARE Prime ($0). High: the same copay with the Group B family cap ($1,256 in 2024).':
    'Bajo: TRICARE Prime ($0). Alto: el mismo copago con el tope familiar del Grupo B ($1,256 en 2024).',
  // profile tricare-retiree-prime
  'TRICARE Prime, retiree family, network: a copay per IOP day ($31, the 2020 Group B Prime figure for outpatient mental health and partial hospitalization, the latest per-day figure re-read from a primary page; 2026 copays are set yearly), capped at $3,000 a family (the Group A Prime cap)':
    'TRICARE Prime, familia de jubilado, en la red: un copago por día de IOP ($31, la cifra de Prime del Grupo B de 2020 para salud mental ambulatoria y hospitalización parcial, la cifra diaria más reciente que se volvió a leer de una página primaria; los copagos de 2026 se fijan cada año), con tope de $3,000 por familia (el tope de Prime del Grupo A)',
  'The cap differs by group: $3,000 (Group A, Prime) to $4,399 (Group B), 2024 figures re-read from tricare.mil.':
    'El tope cambia según el grupo: de $3,000 (Grupo A, Prime) a $4,399 (Grupo B), cifras de 2024 que se volvieron a leer en tricare.mil.',
  // profile tricare-retiree-select
  'TRICARE Select, Group A retiree family, network: $150 deductible a person, then 20 % of the allowed amount (IOP is cost-shared as outpatient care), capped at $4,157 a family (the 2024 Group A Select cap)':
    'TRICARE Select, familia de jubilado del Grupo A, en la red: deducible de $150 por persona, después el 20 % del monto permitido (al IOP se le aplican los costos compartidos de la atención ambulatoria), con tope de $4,157 por familia (el tope de Select del Grupo A de 2024)',
  'Group B retirees pay a copay per day instead, with a $4,399 family cap (2024).':
    'Los jubilados del Grupo B pagan en cambio un copago por día, con un tope familiar de $4,399 (2024).',
  // profile tricare-retiree-select-group-b
  'TRICARE Select, Group B retiree family, network: $150 deductible a person, then a copay per IOP day ($41, the 2020 Group B figure for partial hospitalization and outpatient mental health, the latest re-read from a primary page), capped at $4,399 a family (2024)':
    'TRICARE Select, familia de jubilado del Grupo B, en la red: deducible de $150 por persona, después un copago por día de IOP ($41, la cifra del Grupo B de 2020 para hospitalización parcial y salud mental ambulatoria, la más reciente que se volvió a leer de una página primaria), con tope de $4,399 por familia (2024)',
  'One published design for Group B retirees; 2026 amounts are set yearly and were not confirmed.':
    'Un diseño publicado para los jubilados del Grupo B; los montos de 2026 se fijan cada año y no se confirmaron.',
  // profile tricare-retiree-out-of-network
  'TRICARE Select, retiree family, non-network: $150 deductible a person, then 25 % of the allowable charge, capped at $4,157 a family (Group A, 2024)':
    'TRICARE Select, familia de jubilado, fuera de la red: deducible de $150 por persona, después el 25 % del cargo permitido, con tope de $4,157 por familia (Grupo A, 2024)',
  'High: Group B retirees’ $300 non-network deductible and $4,399 cap (2024).':
    'Alto: el deducible fuera de la red de $300 y el tope de $4,399 de los jubilados del Grupo B (2024).',
  // profile tricare-for-life
  'TRICARE For Life: Medicare pays first and TRICARE pays the Medicare deductible and 20 % for care both cover, so you pay nothing':
    'TRICARE For Life: Medicare paga primero y TRICARE paga el deducible de Medicare y el 20 % de la atención que cubren los dos, así que usted no paga nada',
  'Low: covered by both Medicare and TRICARE ($0). High: if TRICARE did not cover it, the Medicare Part B share alone.':
    'Bajo: cubierto por Medicare y por TRICARE ($0). Alto: si TRICARE no lo cubriera, solo la parte de la Parte B de Medicare.',
  // profile champva
  'CHAMPVA: $50 outpatient deductible a person, then 25 % of the CHAMPVA allowable amount, capped at $3,000 a family a calendar year (38 CFR 17.274)':
    'CHAMPVA: deducible ambulatorio de $50 por persona, después el 25 % del monto permitido por CHAMPVA, con tope de $3,000 por familia por año calendario (38 CFR 17.274)',
  'Low: other health insurance pays first and covers the cost share. High: the $100 family deductible already owed, then 25 %, capped at $3,000.':
    'Bajo: otro seguro médico paga primero y cubre el costo compartido. Alto: el deducible familiar de $100 ya adeudado, después el 25 %, con tope de $3,000.',
  // profile va
  'VA: a $15 outpatient copay per day for veterans who pay copays, with no copay for the first 3 outpatient mental health or substance use visits each calendar year (through 2027-12-29); many veterans, by priority group, pay no copays at all':
    'VA: un copago ambulatorio de $15 por día para los veteranos que pagan copagos, sin copago por las primeras 3 visitas ambulatorias de salud mental o de uso de sustancias de cada año calendario (hasta el 2027-12-29); muchos veteranos, según su grupo de prioridad, no pagan ningún copago',
  'Low: veterans exempt from copays (by priority group or income). High: the $50 specialty-care copay each day after the 3 free visits.':
    'Bajo: veteranos exentos de copagos (por grupo de prioridad o ingresos). Alto: el copago de atención especializada de $50 cada día después de las 3 visitas gratis.',
  // behavioral-health managers' names that describe (proper names alone stay as they are); lower-case
  // in Spanish, as the answer's sentences use them mid-sentence ("los administra el plan…")
  'Evernorth Behavioral Health (formerly Cigna Behavioral Health)':
    'Evernorth Behavioral Health (antes Cigna Behavioral Health)',
  'Carelon Behavioral Health (formerly Beacon Health Options)':
    'Carelon Behavioral Health (antes Beacon Health Options)',
  'Your county’s Drug Medi-Cal program (substance use) or county mental health plan (specialty mental health)':
    'el programa Drug Medi-Cal de su condado (uso de sustancias) o el plan de salud mental del condado (salud mental especializada)',
  'Your Regional Accountable Entity (RAE): Rocky Mountain Health Plans, Northeast Health Partners, Colorado Community Health Alliance or Colorado Access, by region':
    'su Entidad Regional Responsable (RAE): Rocky Mountain Health Plans, Northeast Health Partners, Colorado Community Health Alliance o Colorado Access, según la región',
  'Connecticut Behavioral Health Partnership (CT BHP), administered by Carelon Behavioral Health':
    'Connecticut Behavioral Health Partnership (CT BHP), administrada por Carelon Behavioral Health',
  'Idaho Behavioral Health Plan, managed by Magellan of Idaho':
    'Idaho Behavioral Health Plan, administrado por Magellan of Idaho',
  'Acentra Health (formerly Kepro), MaineCare’s behavioral health administrative services organization':
    'Acentra Health (antes Kepro), la organización de servicios administrativos de salud conductual de MaineCare',
  'Maryland Public Behavioral Health System, administered by Carelon Behavioral Health of Maryland':
    'Maryland Public Behavioral Health System, administrado por Carelon Behavioral Health of Maryland',
  'Your region’s Prepaid Inpatient Health Plan (PIHP), reached through the county community mental health (CMH) access line':
    'el Prepaid Inpatient Health Plan (PIHP) de su región, al que se llega por la línea de acceso de salud mental comunitaria (CMH) del condado',
  'Your county’s Behavioral HealthChoices plan (BH-MCO): Community Care Behavioral Health, Magellan Behavioral Health of Pennsylvania, Carelon Behavioral Health of Pennsylvania, PerformCare or Community Behavioral Health (Philadelphia)':
    'el plan Behavioral HealthChoices (BH-MCO) de su condado: Community Care Behavioral Health, Magellan Behavioral Health of Pennsylvania, Carelon Behavioral Health of Pennsylvania, PerformCare o Community Behavioral Health (Filadelfia)',
  'Massachusetts Behavioral Health Partnership (MBHP), for PCC Plan and primary care ACO members':
    'Massachusetts Behavioral Health Partnership (MBHP), para los miembros del PCC Plan y de una ACO de atención primaria',
  'New Jersey Interim Managing Entity (IME) Addictions Access Center, for fee-for-service substance use treatment':
    'New Jersey Interim Managing Entity (IME) Addictions Access Center, para el tratamiento por uso de sustancias de pago por servicio',
  'Your Behavioral Health and I/DD Tailored Plan (LME/MCO), or NC Medicaid Direct':
    'su Behavioral Health and I/DD Tailored Plan (LME/MCO), o NC Medicaid Direct',
  'Magellan of Virginia (fee-for-service behavioral health services administrator)':
    'Magellan of Virginia (administrador de servicios de salud conductual de pago por servicio)',
}
