/**
 * @module
 * The Medicaid bodies that actually authorize IOP where behavioral health is carved out of the
 * medical plan: Pennsylvania's HealthChoices behavioral-health MCOs (by county), Connecticut's
 * and Massachusetts' behavioral-health partnerships, Michigan's ten PIHPs, Colorado's Regional
 * Accountable Entities, North Carolina's Tailored Plans (LME/MCOs), Idaho's and Virginia's
 * behavioral-health contractors, Oregon's coordinated care organizations and California's county
 * Drug Medi-Cal Organized Delivery Systems. A member reaches them through the state program, so
 * each is `kind: 'medicaid'` (priced as Medicaid) with `line: 'medicaid_behavioral_health'`.
 * Written 2026-12-03 from the state agencies' and the bodies' own sites as known (`compiled`).
 */
import type { PayerRecord } from '../../domain/payer/types'
import { compiled } from './define'

const body = (id: string, name: string, states: string[], parent: string, aliases: string[], source: string, extra: Partial<PayerRecord> = {}) =>
  compiled({ id, name, kind: 'medicaid', line: 'medicaid_behavioral_health', family: 'medicaid-mco', states, parent, aliases, source, ...extra })
const cco = (id: string, name: string, aliases: string[], source: string) =>
  compiled({ id, name, kind: 'medicaid', line: 'medicaid_mco', family: 'medicaid-mco', states: ['OR'], parent: 'Oregon Health Plan coordinated care organization', aliases, source })

const PA = 'Pennsylvania HealthChoices behavioral health (county contract)'
const MI = 'Michigan prepaid inpatient health plan (PIHP)'
const CO = 'Health First Colorado Regional Accountable Entity (RAE)'
const NC = 'NC Medicaid Tailored Plan (LME/MCO)'
const CA = 'California county Drug Medi-Cal Organized Delivery System (DMC-ODS)'

export const MEDICAID_BEHAVIORAL_HEALTH: readonly PayerRecord[] = [
  // Pennsylvania HealthChoices behavioral-health MCOs
  body('community-behavioral-health-philadelphia', 'Community Behavioral Health (CBH, Philadelphia HealthChoices)', ['PA'], PA, ['community behavioral health', 'cbh philadelphia', 'cbh', 'philadelphia healthchoices behavioral health'], 'https://cbhphilly.org/'),
  body('community-care-behavioral-health', 'Community Care Behavioral Health Organization (PA HealthChoices)', ['PA'], `${PA}; UPMC`, ['community care behavioral health', 'ccbh', 'community care bh', 'upmc community care'], 'https://www.ccbh.com/'),
  body('magellan-pennsylvania', 'Magellan Behavioral Health of Pennsylvania (HealthChoices)', ['PA'], `${PA}; Centene`, ['magellan pennsylvania', 'magellan behavioral health of pennsylvania', 'magellan pa', 'magellan healthchoices'], 'https://www.magellanofpa.com/'),
  body('performcare-pennsylvania', 'PerformCare (Pennsylvania HealthChoices)', ['PA'], `${PA}; AmeriHealth Caritas`, ['performcare', 'perform care', 'performcare pennsylvania'], 'https://pa.performcare.org/'),
  body('carelon-pennsylvania', 'Carelon Behavioral Health of Pennsylvania (HealthChoices, formerly Beacon)', ['PA'], `${PA}; Elevance Health`, ['carelon pennsylvania', 'beacon health options of pennsylvania', 'carelon behavioral health of pennsylvania'], 'https://pa.carelonbehavioralhealth.com/'),
  // Connecticut, Massachusetts
  body('ct-behavioral-health-partnership', 'Connecticut Behavioral Health Partnership (CT BHP, HUSKY)', ['CT'], 'Connecticut DSS, DCF and DMHAS; administered by Carelon Behavioral Health', ['connecticut behavioral health partnership', 'ct bhp', 'ctbhp', 'husky behavioral health'], 'https://www.ctbhp.com/'),
  body('massachusetts-behavioral-health-partnership', 'Massachusetts Behavioral Health Partnership (MBHP, MassHealth)', ['MA'], 'MassHealth; administered by Carelon Behavioral Health', ['massachusetts behavioral health partnership', 'mbhp', 'masshealth behavioral health'], 'https://www.masspartnership.com/'),
  // Michigan PIHPs
  body('northcare-network', 'NorthCare Network (Michigan PIHP Region 1)', ['MI'], MI, ['northcare network', 'northcare', 'pihp region 1'], 'https://www.northcarenetwork.org/'),
  body('northern-michigan-regional-entity', 'Northern Michigan Regional Entity (PIHP Region 2)', ['MI'], MI, ['northern michigan regional entity', 'nmre', 'pihp region 2'], 'https://www.nmre.org/'),
  body('lakeshore-regional-entity', 'Lakeshore Regional Entity (PIHP Region 3)', ['MI'], MI, ['lakeshore regional entity', 'lre', 'pihp region 3'], 'https://www.lsre.org/'),
  body('southwest-michigan-behavioral-health', 'Southwest Michigan Behavioral Health (PIHP Region 4)', ['MI'], MI, ['southwest michigan behavioral health', 'swmbh', 'pihp region 4'], 'https://www.swmbh.org/'),
  body('mid-state-health-network', 'Mid-State Health Network (PIHP Region 5)', ['MI'], MI, ['mid-state health network', 'mid state health network', 'mshn', 'pihp region 5'], 'https://midstatehealthnetwork.org/'),
  body('cmh-partnership-southeast-michigan', 'Community Mental Health Partnership of Southeast Michigan (PIHP Region 6)', ['MI'], MI, ['cmh partnership of southeast michigan', 'cmhpsm', 'pihp region 6'], 'https://www.cmhpsm.org/'),
  body('detroit-wayne-integrated-health-network', 'Detroit Wayne Integrated Health Network (PIHP Region 7)', ['MI'], MI, ['detroit wayne integrated health network', 'dwihn', 'detroit wayne mental health authority', 'pihp region 7'], 'https://www.dwihn.org/'),
  body('oakland-community-health-network', 'Oakland Community Health Network (PIHP Region 8)', ['MI'], MI, ['oakland community health network', 'ochn', 'pihp region 8'], 'https://www.oaklandchn.org/'),
  body('macomb-county-cmh', 'Macomb County Community Mental Health (PIHP Region 9)', ['MI'], MI, ['macomb county community mental health', 'mccmh', 'pihp region 9'], 'https://mccmh.net/'),
  body('region-10-pihp', 'Region 10 PIHP (Genesee, Lapeer, St. Clair, Sanilac)', ['MI'], MI, ['region 10 pihp', 'region ten pihp', 'pihp region 10'], 'https://www.region10pihp.org/'),
  // Colorado RAEs
  body('rocky-mountain-health-plans-rae', 'Rocky Mountain Health Plans (Colorado RAE)', ['CO'], `${CO}; UnitedHealth Group`, ['rocky mountain health plans prime', 'rmhp prime', 'rmhp rae', 'rocky mountain health plans rae'], 'https://www.rmhp.org/'),
  body('northeast-health-partners', 'Northeast Health Partners (Colorado RAE)', ['CO'], CO, ['northeast health partners', 'nhp colorado', 'nhp rae'], 'https://www.northeasthealthpartners.org/'),
  body('health-colorado', 'Health Colorado (Colorado RAE)', ['CO'], CO, ['health colorado', 'health colorado rae', 'hcinc'], 'https://www.healthcoloradorae.com/'),
  body('colorado-community-health-alliance', 'Colorado Community Health Alliance (Colorado RAE)', ['CO'], `${CO}; Elevance Health`, ['colorado community health alliance', 'ccha', 'ccha rae'], 'https://www.cchacares.com/'),
  // North Carolina Tailored Plans
  // Idaho, Virginia
  body('magellan-idaho', 'Idaho Behavioral Health Plan (Magellan of Idaho)', ['ID'], 'Idaho Medicaid; Centene (Magellan Health)', ['idaho behavioral health plan', 'magellan of idaho', 'magellan idaho', 'ibhp'], 'https://www.magellanofidaho.com/'),
  body('magellan-virginia', 'Magellan of Virginia (Medicaid behavioral health services administrator)', ['VA'], 'Virginia DMAS; Centene (Magellan Health)', ['magellan of virginia', 'magellan virginia', 'virginia bhsa'], 'https://www.magellanofvirginia.com/'),
  // California county DMC-ODS (Medi-Cal substance use treatment, including IOP)
  body('la-county-sapc', 'Los Angeles County Substance Abuse Prevention and Control (DMC-ODS)', ['CA'], CA, ['la county sapc', 'sapc', 'los angeles county sapc', 'los angeles county drug medi-cal'], 'http://publichealth.lacounty.gov/sapc/'),
  body('san-diego-county-bhs', 'San Diego County Behavioral Health Services (DMC-ODS)', ['CA'], CA, ['san diego county behavioral health services', 'san diego bhs', 'san diego drug medi-cal'], 'https://www.sandiegocounty.gov/content/sdc/hhsa/programs/bhs.html'),
  body('orange-county-health-care-agency-bh', 'Orange County Health Care Agency Behavioral Health (DMC-ODS)', ['CA'], CA, ['orange county health care agency', 'ochca behavioral health', 'orange county drug medi-cal'], 'https://www.ochealthinfo.com/'),
  body('riverside-university-health-system-bh', 'Riverside University Health System - Behavioral Health (DMC-ODS)', ['CA'], CA, ['riverside university health system behavioral health', 'ruhs behavioral health', 'ruhs bh', 'riverside drug medi-cal'], 'https://www.rcdmh.org/'),
  // Oregon coordinated care organizations (Medicaid plans that hold behavioral health)
  cco('health-share-of-oregon', 'Health Share of Oregon (Oregon Health Plan CCO)', ['health share of oregon', 'health share oregon'], 'https://www.healthshareoregon.org/'),
  cco('pacificsource-community-solutions', 'PacificSource Community Solutions (Oregon Health Plan CCO)', ['pacificsource community solutions', 'pacificsource medicaid', 'pacificsource ohp'], 'https://pacificsource.com/medicaid'),
  cco('allcare-cco', 'AllCare CCO (Oregon Health Plan)', ['allcare', 'allcare cco', 'allcare health'], 'https://www.allcarehealth.com/'),
  cco('umpqua-health-alliance', 'Umpqua Health Alliance (Oregon Health Plan CCO)', ['umpqua health alliance', 'umpqua health'], 'https://www.umpquahealth.com/'),
  cco('eastern-oregon-cco', 'Eastern Oregon CCO (Oregon Health Plan)', ['eastern oregon cco', 'eocco'], 'https://www.eocco.com/'),
]
