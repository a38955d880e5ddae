/**
 * @module
 * Product lines that used to hide as aliases of another line of the same carrier (issue 14): the
 * Medicaid plans of commercial carriers (Horizon NJ Health, Blue Cross Community Health Plans,
 * Anthem Medi-Cal…), the Marketplace and Medicare plans of Medicaid insurers (CareSource
 * Marketplace, Molina Medicare, L.A. Care Covered…), dual-eligible special-needs plans (D-SNPs)
 * and the successors named by `mergedInto`. Each is priced as what it is: a Medicaid member is
 * never priced as an employer PPO, a Marketplace member never at Medicaid's $0.
 *
 * Every record here was written on 2026-12-03 from the carrier's own site as remembered or a
 * secondary source (`basis: 'compiled'`), unless it says `basis: 'verified'`.
 */
import type { PayerRecord } from '../../domain/payer/types'
import { compiled } from './define'

type Extra = Partial<PayerRecord>

const medicaid = (id: string, name: string, family: string, parent: string, states: string[], aliases: string[], source: string, extra: Extra = {}) =>
  compiled({ id, name, kind: 'medicaid', line: 'medicaid_mco', family, parent, states, aliases, source, ...extra })
const marketplace = (id: string, name: string, family: string, parent: string, states: string[], aliases: string[], source: string, extra: Extra = {}) =>
  compiled({ id, name, kind: 'marketplace', line: 'marketplace', family, parent, states, aliases, source, ...extra })
const medicareAdvantage = (id: string, name: string, family: string, parent: string, states: string[], aliases: string[], source: string, extra: Extra = {}) =>
  compiled({ id, name, kind: 'medicare_advantage', line: 'medicare_advantage', family, parent, states, aliases, source, ...extra })
/** A dual-eligible special-needs plan: Medicare Advantage for people with Medicare and Medicaid. */
const dsnp = (id: string, name: string, family: string, parent: string, states: string[], aliases: string[], source: string, extra: Extra = {}) =>
  compiled({ id, name, kind: 'medicare_advantage', line: 'dsnp', family, parent, states, aliases, source, ...extra })

const MOLINA_STATES_MARKETPLACE = ['CA', 'FL', 'GA', 'ID', 'IL', 'KY', 'MI', 'MS', 'NM', 'OH', 'SC', 'TX', 'UT', 'VA', 'WA', 'WI']

export const PRODUCT_LINE_PAYERS: readonly PayerRecord[] = [
  // Medicaid plans of commercial (often Blue) carriers
  medicaid('horizon-nj-health', 'Horizon NJ Health', 'bcbs', 'Horizon Blue Cross Blue Shield of New Jersey', ['NJ'], ['horizon nj health', 'horizon nj familycare', 'horizon medicaid', 'horizon nj health medicaid'], 'https://www.horizonnjhealth.com/'),
  medicaid('bcbs-il-community-health-plans', 'Blue Cross Community Health Plans (Illinois Medicaid)', 'bcbs', 'Health Care Service Corporation', ['IL'], ['blue cross community health plans', 'bcchp', 'blue cross community', 'bcbsil medicaid', 'blue cross illinois medicaid'], 'https://www.bcbsil.com/bcchp'),
  medicaid('bcbs-tx-medicaid', 'Blue Cross and Blue Shield of Texas Medicaid (STAR, CHIP)', 'bcbs', 'Health Care Service Corporation', ['TX'], ['bcbstx medicaid', 'blue cross texas medicaid', 'blue cross star', 'bcbstx star', 'bcbstx chip'], 'https://www.bcbstx.com/medicaid'),
  medicaid('bcbs-nm-turquoise-care', 'Blue Cross and Blue Shield of New Mexico Turquoise Care', 'bcbs', 'Health Care Service Corporation', ['NM'], ['bcbsnm turquoise care', 'blue cross community centennial', 'blue cross new mexico medicaid', 'bcbsnm medicaid'], 'https://www.bcbsnm.com/turquoise-care'),
  medicaid('bcbs-mn-blue-plus', 'Blue Plus (Blue Cross and Blue Shield of Minnesota Medical Assistance)', 'bcbs', 'Blue Cross and Blue Shield of Minnesota', ['MN'], ['blue plus', 'blue plus pmap', 'blue cross minnesota medicaid', 'blue advantage minnesota'], 'https://www.bluecrossmn.com/shop-plans/minnesota-health-care-programs'),
  medicaid('anthem-blue-cross-medi-cal', 'Anthem Blue Cross Medi-Cal (Partnership Plan)', 'elevance', 'Elevance Health', ['CA'], ['anthem medi-cal', 'anthem medi cal', 'anthem blue cross medi-cal', 'anthem blue cross partnership plan', 'anthem medicaid california'], 'https://www.anthem.com/ca/medi-cal', { behavioralHealthManager: 'carelon-behavioral-health', behavioralHealthManagerSource: 'https://www.anthem.com/ca/medi-cal' }),
  medicaid('blue-shield-promise', 'Blue Shield of California Promise Health Plan (Medi-Cal)', 'bcbs', 'Blue Shield of California', ['CA'], ['blue shield promise', 'blue shield of california promise health plan', 'promise health plan', 'blue shield medi-cal', 'care1st health plan'], 'https://www.blueshieldca.com/promise'),
  medicaid('az-blue-health-choice', 'Health Choice Arizona (AZ Blue, AHCCCS Complete Care)', 'bcbs', 'Blue Cross Blue Shield of Arizona', ['AZ'], ['health choice arizona', 'bcbsaz health choice', 'az blue health choice', 'health choice az'], 'https://www.healthchoiceaz.com/'),
  medicaid('hap-caresource', 'HAP CareSource (Michigan Medicaid)', 'medicaid-mco', 'Henry Ford Health and CareSource', ['MI'], ['hap caresource', 'hap empowered', 'hap empowered medicaid', 'hap medicaid'], 'https://www.hapcaresource.com/'),
  medicaid('priority-health-medicaid', 'Priority Health Medicaid (Healthy Michigan Plan)', 'medicaid-mco', 'Corewell Health', ['MI'], ['priority health medicaid', 'priority health healthy michigan plan', 'priority medicaid'], 'https://www.priorityhealth.com/medicaid'),
  medicaid('tufts-health-together', 'Tufts Health Together (MassHealth)', 'medicaid-mco', 'Point32Health', ['MA'], ['tufts health together', 'tufts health public plans', 'tufts masshealth', 'tufts medicaid'], 'https://tuftshealthplan.com/member/tufts-health-together-plans'),
  medicaid('sentara-community-plan', 'Sentara Community Plan (Virginia Medicaid)', 'medicaid-mco', 'Sentara Health', ['VA'], ['sentara community plan', 'virginia premier', 'optima family care', 'sentara medicaid', 'sentara cardinal care'], 'https://www.sentarahealthplans.com/en/members/medicaid'),
  medicaid('presbyterian-turquoise-care', 'Presbyterian Turquoise Care (New Mexico Medicaid)', 'medicaid-mco', 'Presbyterian Healthcare Services', ['NM'], ['presbyterian turquoise care', 'presbyterian centennial', 'presbyterian centennial care', 'presbyterian medicaid'], 'https://www.phs.org/health-plans/turquoise-care'),
  medicaid('dean-badgercare', 'Dean Health Plan BadgerCare Plus', 'medicaid-mco', 'Medica', ['WI'], ['dean medicaid', 'dean badgercare', 'dean badgercare plus'], 'https://www.deancare.com/medicaid'),
  medicaid('paramount-advantage', 'Paramount Advantage (Ohio Medicaid)', 'medicaid-mco', 'ProMedica', ['OH'], ['paramount advantage', 'paramount medicaid'], 'https://www.mostlymedicaid.com/ohio-medicaid-provider-to-drop-legal-action-against-state/', {
    status: 'merged_into',
    mergedInto: { id: 'anthem-medicaid', date: '2022-02', whatNow: 'Paramount Advantage left Ohio Medicaid; its members moved to Anthem Blue Cross and Blue Shield Medicaid or another Ohio Medicaid plan: use your current Ohio Medicaid card.' },
  }),
  medicaid('health-net-medi-cal', 'Health Net Medi-Cal', 'centene', 'Centene', ['CA'], ['health net medi-cal', 'health net medi cal', 'health net medicaid', 'health net community solutions'], 'https://www.healthnet.com/content/healthnet/en_us/members/medi-cal.html'),
  medicaid('calviva-health', 'CalViva Health (Medi-Cal, Fresno, Kings, Madera)', 'medicaid-mco', 'Fresno-Kings-Madera Regional Health Authority', ['CA'], ['calviva', 'calviva health'], 'https://www.calvivahealth.org/'),
  medicaid('aetna-better-health-california', 'Aetna Better Health of California (ended 2023)', 'aetna', 'CVS Health', ['CA'], ['aetna better health of california', 'aetna medi-cal', 'aetna better health california'], 'https://www.modernhealthcare.com/insurance/california-medicaid-contracts-molina-centene-elevance', {
    status: 'defunct',
  }),
  medicaid('passport-by-molina', 'Passport by Molina Healthcare (Kentucky Medicaid)', 'molina', 'Molina Healthcare', ['KY'], ['passport health plan', 'passport by molina', 'passport by molina healthcare', 'passport kentucky'], 'https://www.passporthealthplan.com/'),
  medicaid('affinity-by-molina', 'Affinity by Molina Healthcare (New York Medicaid)', 'molina', 'Molina Healthcare', ['NY'], ['affinity by molina', 'affinity health plan', 'affinity molina'], 'https://www.molinahealthcare.com/members/ny/en-us/'),

  // Marketplace and Medicare lines of Medicaid insurers
  marketplace('caresource-marketplace', 'CareSource Marketplace', 'medicaid-mco', 'CareSource', ['OH', 'IN', 'GA', 'KY', 'WV', 'NC'], ['caresource marketplace', 'caresource just4me', 'just4me', 'caresource exchange', 'caresource individual'], 'https://www.caresource.com/marketplace/'),
  medicareAdvantage('caresource-medicare', 'CareSource Medicare Advantage', 'medicaid-mco', 'CareSource', ['OH', 'IN', 'GA', 'KY', 'WV'], ['caresource medicare', 'caresource medicare advantage', 'caresource advantage'], 'https://www.caresource.com/medicare-advantage/'),
  dsnp('caresource-dual-advantage', 'CareSource Dual Advantage (D-SNP)', 'medicaid-mco', 'CareSource', ['OH', 'IN', 'GA', 'KY', 'WV'], ['caresource dual advantage', 'caresource mycare ohio', 'caresource dsnp'], 'https://www.caresource.com/medicare-advantage/'),
  marketplace('molina-marketplace', 'Molina Marketplace', 'molina', 'Molina Healthcare', MOLINA_STATES_MARKETPLACE, ['molina marketplace', 'molina exchange', 'molina individual', 'molina obamacare', 'molina healthcare marketplace'], 'https://www.molinamarketplace.com/'),
  medicareAdvantage('molina-medicare', 'Molina Medicare', 'molina', 'Molina Healthcare', ['AZ', 'CA', 'FL', 'ID', 'IL', 'KY', 'MI', 'MS', 'NM', 'NY', 'OH', 'SC', 'TX', 'UT', 'VA', 'WA', 'WI'], ['molina medicare', 'molina medicare advantage', 'molina medicare choice care'], 'https://www.molinahealthcare.com/members/common/en-us/medicare.aspx'),
  dsnp('molina-medicare-complete-care', 'Molina Medicare Complete Care (D-SNP)', 'molina', 'Molina Healthcare', ['AZ', 'CA', 'FL', 'ID', 'IL', 'MI', 'MS', 'NM', 'NY', 'OH', 'SC', 'TX', 'UT', 'VA', 'WA', 'WI'], ['molina medicare complete care', 'molina dual options', 'molina dsnp', 'molina medicare dual'], 'https://www.molinahealthcare.com/members/common/en-us/medicare.aspx'),
  marketplace('la-care-covered', 'L.A. Care Covered (Covered California)', 'medicaid-mco', 'L.A. Care Health Plan', ['CA'], ['la care covered', 'l a care covered', 'la care covered california'], 'https://www.lacare.org/members/la-care-covered'),
  dsnp('la-care-medicare-plus', 'L.A. Care Medicare Plus (D-SNP)', 'medicaid-mco', 'L.A. Care Health Plan', ['CA'], ['la care medicare plus', 'la care medicare', 'la care cal mediconnect'], 'https://www.lacare.org/members/la-care-medicare-plus'),
  dsnp('iehp-dualchoice', 'IEHP DualChoice (D-SNP)', 'medicaid-mco', 'Inland Empire Health Plan', ['CA'], ['iehp dualchoice', 'iehp dual choice', 'iehp medicare'], 'https://www.iehp.org/en/members/medicare-plans'),
  marketplace('ambetter-health-net', 'Ambetter from Health Net (Covered California)', 'centene', 'Centene', ['CA'], ['ambetter from health net', 'health net covered california', 'health net marketplace'], 'https://www.healthnet.com/'),
  marketplace('amerihealth-caritas-next', 'AmeriHealth Caritas Next (Marketplace)', 'medicaid-mco', 'AmeriHealth Caritas', ['DE', 'FL', 'NC', 'SC'], ['amerihealth next', 'caritas next', 'amerihealth caritas next marketplace'], 'https://www.amerihealthcaritasnext.com/'),
  dsnp('amerihealth-caritas-vip-care', 'AmeriHealth Caritas VIP Care (D-SNP)', 'medicaid-mco', 'AmeriHealth Caritas', ['PA', 'MI', 'FL', 'DC', 'DE'], ['amerihealth caritas vip care', 'vip care plus', 'amerihealth vip care'], 'https://www.amerihealthcaritasvipcare.com/'),
  medicareAdvantage('fidelis-medicare', 'Fidelis Care Medicare (Wellcare by Fidelis Care)', 'centene', 'Centene', ['NY'], ['fidelis medicare', 'fidelis care medicare', 'wellcare by fidelis care', 'fidelis dual advantage'], 'https://www.fideliscare.org/Medicare'),
  marketplace('fidelis-essential-plan', 'Fidelis Care Essential Plan and Marketplace (NY State of Health)', 'centene', 'Centene', ['NY'], ['fidelis essential plan', 'fidelis care essential plan', 'fidelis marketplace', 'fidelis qualified health plan'], 'https://www.fideliscare.org/'),

  // D-SNPs of national carriers
  dsnp('uhc-dual-complete', 'UnitedHealthcare Dual Complete (D-SNP)', 'unitedhealthcare', 'UnitedHealth Group', [], ['uhc dual complete', 'unitedhealthcare dual complete', 'aarp dual complete', 'uhc dsnp'], 'https://www.uhc.com/medicare/health-plans/dual-special-needs-plans.html', { behavioralHealthManager: 'optum-behavioral-health', behavioralHealthManagerSource: 'https://www.optum.com/en/business/health-plans/members/behavioral-health.html' }),
  dsnp('humana-dual', 'Humana Dual Eligible SNP (D-SNP)', 'humana', 'Humana', [], ['humana dual', 'humana gold plus dsnp', 'humana dual select', 'humana dsnp'], 'https://www.humana.com/medicare/medicare-advantage-plans/special-needs-plans'),
  dsnp('aetna-medicare-dsnp', 'Aetna Medicare Dual Eligible SNP (D-SNP)', 'aetna', 'CVS Health', [], ['aetna dual', 'aetna medicare dual', 'aetna assure premier plus', 'aetna dsnp', 'aetna better health premier plan'], 'https://www.aetnamedicare.com/en/compare-plans-enroll/medicare-advantage-plans/dual-eligible-special-needs-plans.html'),
  dsnp('wellpoint-dual-advantage', 'Wellpoint / Anthem Dual Advantage (D-SNP)', 'elevance', 'Elevance Health', [], ['anthem dual advantage', 'anthem full dual advantage', 'wellpoint dual advantage', 'amerigroup dual'], 'https://www.anthem.com/medicare/dual-eligible', { behavioralHealthManager: 'carelon-behavioral-health', behavioralHealthManagerSource: 'https://www.carelonbehavioralhealth.com/' }),
  dsnp('wellcare-dual', 'Wellcare Dual Liberty / Dual Access (D-SNP)', 'centene', 'Centene', [], ['wellcare dual liberty', 'wellcare dual access', 'wellcare dsnp', 'wellcare dual'], 'https://www.wellcare.com/'),
  dsnp('healthfirst-medicare-dsnp', 'Healthfirst CompleteCare / Signature (D-SNP)', 'medicaid-mco', 'Healthfirst', ['NY'], ['healthfirst completecare', 'healthfirst signature', 'healthfirst medicare', 'healthfirst dsnp'], 'https://healthfirst.org/medicare'),

  // Successors named by `mergedInto`
  medicareAdvantage('healthspring', 'HealthSpring (HCSC, formerly Cigna Medicare Advantage)', 'medicare-advantage', 'Health Care Service Corporation', [], ['healthspring', 'health spring', 'healthspring medicare', 'healthspring medicare advantage', 'cigna healthspring', 'hcsc medicare'], 'https://www.beckerspayer.com/payer/medicare-advantage/health-care-service-corp-is-playing-the-long-game-in-medicare-advantage'),
  compiled({ id: 'personify-health', name: 'Personify Health (formerly HealthComp)', kind: 'other', line: 'tpa', family: 'regional', parent: 'Personify Health', aliases: ['personify health', 'personify'], source: 'https://personifyhealth.com/' }),
]
