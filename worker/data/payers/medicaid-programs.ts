/**
 * @module
 * Every state's Medicaid program under the name people know it by (Medi-Cal, AHCCCS, TennCare…),
 * each sourced to the state agency. "medicaid" plus a state finds the state's program.
 */
import type { PayerRecord } from '../../domain/payer/types'
import { STATE_NAMES, payer } from './define'

/** [USPS code, program name, extra aliases, state agency URL] */
type Program = [string, string, string[], string]

const PROGRAMS: Program[] = [
  ['AL', 'Alabama Medicaid', ['alabama medicaid agency'], 'https://medicaid.alabama.gov/'],
  ['AK', 'Alaska Medicaid (DenaliCare)', ['denalicare', 'denali care', 'denali kidcare'], 'https://health.alaska.gov/dpa/Pages/medicaid/'],
  ['AZ', 'AHCCCS (Arizona Medicaid)', ['ahcccs', 'arizona health care cost containment system', 'ahcccs complete care'], 'https://www.azahcccs.gov/'],
  ['AR', 'Arkansas Medicaid (ARHOME)', ['arhome', 'ar home', 'arkansas works', 'provider led arkansas shared savings entity'], 'https://humanservices.arkansas.gov/divisions-shared-services/medical-services/'],
  ['CA', 'Medi-Cal', ['medi cal', 'medi-cal california', 'california medicaid', 'calfresh medi-cal'], 'https://www.dhcs.ca.gov/services/medi-cal'],
  ['CO', 'Health First Colorado (Colorado Medicaid)', ['health first colorado', 'colorado medicaid', 'health first co'], 'https://www.healthfirstcolorado.com/'],
  ['CT', 'HUSKY Health (Connecticut Medicaid)', ['husky', 'husky health', 'husky a', 'husky b', 'husky c', 'husky d'], 'https://portal.ct.gov/husky'],
  ['DE', 'Delaware Medicaid (Diamond State Health Plan)', ['diamond state health plan', 'dshp', 'diamond state health plan plus'], 'https://dhss.delaware.gov/dmma/'],
  ['DC', 'DC Medicaid', ['dc healthy families', 'district of columbia medicaid', 'dc medicaid'], 'https://dhcf.dc.gov/'],
  ['FL', 'Florida Medicaid (SMMC)', ['smmc', 'statewide medicaid managed care', 'florida medicaid'], 'https://ahca.myflorida.com/medicaid'],
  ['GA', 'Georgia Medicaid', ['peachcare', 'peachcare for kids', 'georgia pathways'], 'https://medicaid.georgia.gov/'],
  ['HI', 'Med-QUEST (Hawaii Medicaid)', ['med quest', 'medquest', 'quest integration', 'hawaii quest'], 'https://medquest.hawaii.gov/'],
  ['ID', 'Idaho Medicaid', ['idaho health and welfare medicaid'], 'https://healthandwelfare.idaho.gov/services-programs/medicaid-health'],
  ['IL', 'Illinois Medicaid (HealthChoice Illinois)', ['healthchoice illinois', 'health choice illinois', 'all kids', 'illinois hfs'], 'https://hfs.illinois.gov/'],
  ['IN', 'Indiana Medicaid', ['hoosier healthwise', 'healthy indiana plan', 'hip 2.0', 'hoosier care connect', 'indiana pathways'], 'https://www.in.gov/medicaid/'],
  ['IA', 'Iowa Medicaid (IA Health Link)', ['ia health link', 'iowa health link', 'hawki', 'iowa health and wellness plan'], 'https://hhs.iowa.gov/iowa-medicaid'],
  ['KS', 'KanCare (Kansas Medicaid)', ['kancare', 'kan care'], 'https://www.kancare.ks.gov/'],
  ['KY', 'Kentucky Medicaid', ['kentucky medicaid', 'kchip'], 'https://www.chfs.ky.gov/agencies/dms/'],
  ['LA', 'Healthy Louisiana (Louisiana Medicaid)', ['healthy louisiana', 'louisiana medicaid', 'healthy la'], 'https://ldh.la.gov/medicaid'],
  ['ME', 'MaineCare (Maine Medicaid)', ['mainecare', 'maine care'], 'https://www.maine.gov/dhhs/oms'],
  ['MD', 'Maryland Medicaid (HealthChoice)', ['maryland healthchoice', 'healthchoice maryland', 'maryland medical assistance'], 'https://health.maryland.gov/mmcp/'],
  ['MA', 'MassHealth (Massachusetts Medicaid)', ['masshealth', 'mass health', 'masshealth standard', 'masshealth careplus'], 'https://www.mass.gov/masshealth'],
  ['MI', 'Michigan Medicaid (Healthy Michigan Plan)', ['healthy michigan plan', 'healthy michigan', 'mi child', 'michigan medicaid'], 'https://www.michigan.gov/mdhhs/assistance-programs/medicaid'],
  ['MN', 'Minnesota Medical Assistance (Medicaid)', ['medical assistance minnesota', 'minnesotacare', 'minnesota care', 'mn medical assistance', 'minnesota medical assistance'], 'https://mn.gov/dhs/people-we-serve/adults/health-care/health-care-programs/programs-and-services/medical-assistance.jsp'],
  ['MS', 'Mississippi Medicaid', ['mississippican', 'mississippi can', 'chip mississippi'], 'https://medicaid.ms.gov/'],
  ['MO', 'MO HealthNet (Missouri Medicaid)', ['mo healthnet', 'mo health net', 'missouri healthnet', 'missouri health net'], 'https://mydss.mo.gov/healthcare'],
  ['MT', 'Montana Medicaid', ['montana healthcare programs', 'healthy montana kids'], 'https://dphhs.mt.gov/MontanaHealthcarePrograms/'],
  ['NE', 'Nebraska Medicaid (Heritage Health)', ['heritage health', 'heritage health adult', 'nebraska medicaid'], 'https://dhhs.ne.gov/Pages/Medicaid-and-Long-Term-Care.aspx'],
  ['NV', 'Nevada Medicaid', ['nevada check up', 'nevada medicaid'], 'https://dhcfp.nv.gov/'],
  ['NH', 'New Hampshire Medicaid (Granite Advantage)', ['granite advantage', 'nh medicaid', 'nh medicaid care management'], 'https://www.dhhs.nh.gov/programs-services/medicaid'],
  ['NJ', 'NJ FamilyCare (New Jersey Medicaid)', ['nj familycare', 'nj family care', 'new jersey familycare', 'familycare'], 'https://www.njfamilycare.org/'],
  ['NM', 'New Mexico Medicaid (Turquoise Care)', ['turquoise care', 'centennial care', 'centennial care 2.0'], 'https://www.hca.nm.gov/'],
  ['NY', 'New York Medicaid', ['ny medicaid', 'new york state medicaid', 'nys medicaid', 'child health plus', 'essential plan', 'ny state of health medicaid'], 'https://www.health.ny.gov/health_care/medicaid/'],
  ['NC', 'NC Medicaid', ['north carolina medicaid', 'nc medicaid direct', 'nc medicaid managed care', 'health choice nc'], 'https://medicaid.ncdhhs.gov/'],
  ['ND', 'North Dakota Medicaid', ['nd medicaid', 'north dakota medicaid expansion'], 'https://www.hhs.nd.gov/healthcare/medicaid'],
  ['OH', 'Ohio Medicaid', ['ohio medicaid next generation', 'ohio rise'], 'https://medicaid.ohio.gov/'],
  ['OK', 'SoonerCare (Oklahoma Medicaid)', ['soonercare', 'sooner care', 'soonerselect', 'sooner select', 'insure oklahoma'], 'https://oklahoma.gov/ohca.html'],
  ['OR', 'Oregon Health Plan (OHP)', ['oregon health plan', 'ohp', 'oregon medicaid'], 'https://www.oregon.gov/oha/hsd/ohp/'],
  ['PA', 'Pennsylvania Medical Assistance (HealthChoices)', ['healthchoices', 'health choices', 'pa medical assistance', 'pennsylvania medical assistance', 'pa access card', 'pa medicaid'], 'https://www.pa.gov/agencies/dhs/resources/medicaid.html'],
  ['RI', 'Rhode Island Medicaid (RIte Care)', ['rite care', 'ritecare', 'rhody health', 'ri medicaid'], 'https://eohhs.ri.gov/'],
  ['SC', 'South Carolina Healthy Connections (Medicaid)', ['healthy connections', 'sc healthy connections', 'scdhhs'], 'https://www.scdhhs.gov/'],
  ['SD', 'South Dakota Medicaid', ['sd medicaid'], 'https://dss.sd.gov/medicaid/'],
  ['TN', 'TennCare (Tennessee Medicaid)', ['tenncare', 'tenn care', 'tenncare ii', 'coverkids'], 'https://www.tn.gov/tenncare.html'],
  ['TX', 'Texas Medicaid (STAR)', ['star', 'star plus', 'star+plus', 'star kids', 'star health', 'texas health and human services', 'chip texas', 'tmhp'], 'https://www.hhs.texas.gov/services/health/medicaid-chip'],
  ['UT', 'Utah Medicaid', ['utah medicaid', 'chip utah'], 'https://medicaid.utah.gov/'],
  ['VT', 'Green Mountain Care (Vermont Medicaid)', ['green mountain care', 'dr dynasaur', 'vermont medicaid'], 'https://www.greenmountaincare.org/'],
  ['VA', 'Cardinal Care (Virginia Medicaid)', ['cardinal care', 'famis', 'virginia medicaid', 'commonwealth coordinated care'], 'https://www.dmas.virginia.gov/'],
  ['WA', 'Apple Health (Washington Medicaid)', ['apple health', 'washington apple health', 'wa apple health'], 'https://www.hca.wa.gov/free-or-low-cost-health-care/i-need-medical-dental-or-vision-care'],
  ['WV', 'West Virginia Medicaid', ['wv medicaid', 'mountain health trust', 'wvchip'], 'https://bms.wv.gov/'],
  ['WI', 'BadgerCare Plus (Wisconsin Medicaid)', ['badgercare', 'badger care', 'badgercare plus', 'wisconsin medicaid', 'forwardhealth'], 'https://www.dhs.wisconsin.gov/badgercareplus/'],
  ['WY', 'Wyoming Medicaid (EqualityCare)', ['equalitycare', 'equality care'], 'https://health.wyo.gov/healthcarefin/equalitycare/'],
  ['PR', 'Puerto Rico Medicaid (Plan Vital)', ['plan vital', 'reforma', 'mi salud'], 'https://www.medicaid.pr.gov/'],
]

/** Aliases every program gets from its state: "medicaid", "texas medicaid", "medicaid tx", "chip". */
const stateAliases = (code: string): string[] => {
  const name = STATE_NAMES[code]!.toLowerCase()
  // CHIP (the Children's Health Insurance Program) is run by the same state agency.
  return ['medicaid', `${name} medicaid`, `medicaid ${code.toLowerCase()}`, 'chip', `${name} chip`]
}

export const MEDICAID_PROGRAMS: readonly PayerRecord[] = PROGRAMS.map(([code, name, aliases, source]) =>
  payer({
    id: `medicaid-${code.toLowerCase()}`,
    name,
    kind: 'medicaid',
    line: 'medicaid_program',
    family: 'state-medicaid',
    states: [code],
    aliases: [...new Set([...aliases, ...stateAliases(code)])],
    source,
  }),
)
