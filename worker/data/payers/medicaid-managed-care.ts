/**
 * @module
 * Medicaid managed-care organizations (MCOs): the Centene state brands, Molina, Elevance's
 * Wellpoint/Healthy Blue, UnitedHealthcare Community Plan, Aetna Better Health, CareSource,
 * AmeriHealth Caritas and the large local plans. People type the MCO on their card, not the state.
 */
import type { PayerRecord } from '../../domain/payer/types'
import { payer } from './define'

const mco = (
  id: string,
  name: string,
  family: string,
  states: string[],
  aliases: string[],
  source: string,
  extra: Partial<PayerRecord> = {},
): PayerRecord => payer({ id, name, kind: 'medicaid', family, states, aliases, source, ...extra })

const CENTENE = 'https://www.centene.com/who-we-are/our-businesses.html'

export const MEDICAID_MANAGED_CARE: readonly PayerRecord[] = [
  // Centene state brands
  mco('sunshine-health', 'Sunshine Health', 'centene', ['FL'], ['sunshine', 'sunshine state health plan', 'sunshine health florida'], 'https://www.sunshinehealth.com/'),
  mco('superior-healthplan', 'Superior HealthPlan', 'centene', ['TX'], ['superior', 'superior health plan', 'superior healthplan texas', 'superior star'], 'https://www.superiorhealthplan.com/'),
  mco('peach-state-health-plan', 'Peach State Health Plan', 'centene', ['GA'], ['peach state', 'peachstate'], 'https://www.pshpgeorgia.com/'),
  mco('buckeye-health-plan', 'Buckeye Health Plan', 'centene', ['OH'], ['buckeye', 'buckeye community health plan'], 'https://www.buckeyehealthplan.com/'),
  mco('home-state-health', 'Home State Health', 'centene', ['MO'], ['home state', 'home state health plan'], 'https://www.homestatehealth.com/'),
  mco('louisiana-healthcare-connections', 'Louisiana Healthcare Connections', 'centene', ['LA'], ['lhcc', 'louisiana health care connections'], 'https://www.louisianahealthconnect.com/'),
  mco('magnolia-health', 'Magnolia Health', 'centene', ['MS'], ['magnolia', 'magnolia health plan'], 'https://www.magnoliahealthplan.com/'),
  mco('sunflower-health-plan', 'Sunflower Health Plan', 'centene', ['KS'], ['sunflower', 'sunflower state health plan'], 'https://www.sunflowerhealthplan.com/'),
  mco('nebraska-total-care', 'Nebraska Total Care', 'centene', ['NE'], ['ne total care'], 'https://www.nebraskatotalcare.com/'),
  mco('arizona-complete-health', 'Arizona Complete Health', 'centene', ['AZ'], ['az complete health', 'azch', 'arizona complete health complete care plan'], 'https://www.azcompletehealth.com/'),
  mco('iowa-total-care', 'Iowa Total Care', 'centene', ['IA'], [], 'https://www.iowatotalcare.com/'),
  mco('arkansas-total-care', 'Arkansas Total Care', 'centene', ['AR'], [], 'https://www.arhealthwellness.com/'),
  mco('silversummit', 'SilverSummit Healthplan', 'centene', ['NV'], ['silver summit', 'silversummit'], 'https://www.silversummithealthplan.com/'),
  mco('pa-health-wellness', 'PA Health & Wellness', 'centene', ['PA'], ['pa health and wellness', 'pennsylvania health and wellness'], 'https://www.pahealthwellness.com/'),
  mco('nh-healthy-families', 'NH Healthy Families', 'centene', ['NH'], ['new hampshire healthy families'], 'https://www.nhhealthyfamilies.com/'),
  mco('managed-health-services', 'Managed Health Services (MHS)', 'centene', ['IN', 'WI'], ['mhs', 'mhs indiana', 'mhs wisconsin'], 'https://www.mhsindiana.com/'),
  mco('absolute-total-care', 'Absolute Total Care', 'centene', ['SC'], ['atc', 'absolute total'], 'https://www.absolutetotalcare.com/'),
  mco('carolina-complete-health', 'Carolina Complete Health', 'centene', ['NC'], ['cch'], 'https://network.carolinacompletehealth.com/'),
  mco('coordinated-care', 'Coordinated Care', 'centene', ['WA'], ['coordinated care washington', 'coordinated care of washington'], 'https://www.coordinatedcarehealth.com/'),
  mco('western-sky-community-care', 'Western Sky Community Care', 'centene', ['NM'], ['western sky'], 'https://www.westernskycommunitycare.com/'),
  mco('trillium-community-health-plan', 'Trillium Community Health Plan', 'centene', ['OR'], ['trillium', 'trillium oregon'], 'https://www.trilliumohp.com/'),
  mco('oklahoma-complete-health', 'Oklahoma Complete Health', 'centene', ['OK'], ['ok complete health'], 'https://www.oklahomacompletehealth.com/'),
  mco('meridian', 'Meridian', 'centene', ['MI', 'IL'], ['meridian health', 'meridian health plan', 'meridian michigan', 'meridian illinois', 'youthcare'], 'https://www.mimeridian.com/'),
  mco('fidelis-care', 'Fidelis Care', 'centene', ['NY'], ['fidelis', 'fidelis care new york', 'fideliscare'], 'https://www.fideliscare.org/'),
  mco('health-net', 'Health Net', 'centene', ['CA', 'OR'], ['healthnet', 'health net california', 'health net of california'], 'https://www.healthnet.com/', { kind: 'commercial' }),
  mco('wellcare', 'WellCare', 'centene', [], ['wellcare health plans', 'well care', 'wellcare by allwell', 'allwell', 'wellcare medicare', 'wellcare of kentucky', 'wellcare of north carolina', 'wellcare of new jersey'], CENTENE, { kind: 'medicare_advantage' }),
  mco('centene', 'Centene Corporation', 'centene', [], ['centene'], CENTENE, { kind: 'other', payerIds: ['68069'], payerIdsByVendor: { stedi: '68069' }, payerIdsSource: 'Stedi Payer Network, https://www.stedi.com/healthcare/network?transactions=eligibilityCheck (read 2026-12-03)' }),
  // Molina
  mco('molina-healthcare', 'Molina Healthcare', 'molina', ['AZ', 'CA', 'FL', 'GA', 'ID', 'IL', 'IA', 'KY', 'MA', 'MI', 'MS', 'NE', 'NV', 'NM', 'NY', 'OH', 'SC', 'TX', 'UT', 'VA', 'WA', 'WI'], ['molina', 'molina medicaid', 'molina health care', 'molina complete care'], 'https://www.molinahealthcare.com/'),
  // Elevance Medicaid brands
  mco('wellpoint-amerigroup', 'Wellpoint (formerly Amerigroup)', 'elevance', ['FL', 'GA', 'IA', 'MD', 'NJ', 'NY', 'TN', 'TX', 'WA', 'NV', 'AR'], ['amerigroup', 'ameri group', 'amerigroup community care', 'wellpoint medicaid', 'wellpoint amerigroup', 'amerigroup texas', 'amerigroup georgia', 'amerigroup tennessee'], 'https://www.wellpoint.com/', { behavioralHealthManager: 'carelon-behavioral-health' }),
  mco('healthy-blue', 'Healthy Blue', 'elevance', ['LA', 'MO', 'NC', 'NE', 'SC'], ['healthy blue medicaid', 'healthy blue louisiana', 'healthy blue north carolina', 'healthy blue missouri', 'blue choice south carolina'], 'https://www.healthybluela.com/', { behavioralHealthManager: 'carelon-behavioral-health' }),
  mco('simply-healthcare', 'Simply Healthcare Plans', 'elevance', ['FL'], ['simply', 'simply healthcare', 'simply health care', 'clear health alliance'], 'https://www.simplyhealthcareplans.com/', { behavioralHealthManager: 'carelon-behavioral-health' }),
  mco('anthem-medicaid', 'Anthem Medicaid (HealthKeepers Plus, Hoosier Healthwise)', 'elevance', ['IN', 'KY', 'OH', 'VA', 'WI', 'NH', 'ME', 'CT', 'NV', 'CO'], ['anthem medicaid', 'anthem healthkeepers plus', 'healthkeepers plus', 'anthem kentucky medicaid', 'anthem hip'], 'https://www.anthem.com/', { behavioralHealthManager: 'carelon-behavioral-health' }),
  // UnitedHealthcare, Aetna, Humana Medicaid
  mco('uhc-community-plan', 'UnitedHealthcare Community Plan', 'unitedhealthcare', [], ['uhc community plan', 'united healthcare community plan', 'uhc medicaid', 'unitedhealthcare medicaid', 'united community plan', 'uhccp'], 'https://www.uhccommunityplan.com/', { behavioralHealthManager: 'optum-behavioral-health' }),
  mco('aetna-better-health', 'Aetna Better Health', 'aetna', ['FL', 'IL', 'KS', 'KY', 'LA', 'MD', 'MI', 'NJ', 'NY', 'OH', 'PA', 'TX', 'VA', 'WV'], ['aetna medicaid', 'aetna better health medicaid', 'aetna better health of illinois', 'aetna better health of pennsylvania', 'aetna better health kids', 'abhil'], 'https://www.aetnabetterhealth.com/'),
  mco('humana-healthy-horizons', 'Humana Healthy Horizons', 'humana', ['FL', 'IL', 'IN', 'KY', 'LA', 'OH', 'OK', 'SC', 'VA'], ['humana medicaid', 'humana healthy horizons in florida'], 'https://www.humana.com/medicaid'),
  // Independent multi-state MCOs
  mco('caresource', 'CareSource', 'medicaid-mco', ['OH', 'IN', 'GA', 'KY', 'WV', 'NC', 'AR', 'MI', 'WI'], ['care source', 'caresource ohio', 'caresource georgia', 'caresource indiana', 'caresource pasp'], 'https://www.caresource.com/'),
  mco('amerihealth-caritas', 'AmeriHealth Caritas', 'medicaid-mco', ['PA', 'NC', 'DC', 'LA', 'FL', 'DE', 'NH', 'OH', 'MI'], ['amerihealth caritas pennsylvania', 'amerihealth caritas north carolina', 'amerihealth caritas dc', 'amerihealth caritas louisiana', 'amerihealth caritas next', 'keystone first', 'select health of south carolina', 'first choice by select health'], 'https://www.amerihealthcaritas.com/'),
  mco('amerihealth', 'AmeriHealth', 'regional', ['NJ', 'PA'], ['amerihealth new jersey', 'amerihealth pennsylvania', 'amerihealth administrators'], 'https://www.amerihealth.com/', { kind: 'commercial' }),
  // California local plans
  mco('la-care', 'L.A. Care Health Plan', 'medicaid-mco', ['CA'], ['la care', 'l a care', 'los angeles care', 'la care medi-cal'], 'https://www.lacare.org/'),
  mco('iehp', 'Inland Empire Health Plan (IEHP)', 'medicaid-mco', ['CA'], ['iehp', 'inland empire health plan'], 'https://www.iehp.org/'),
  mco('caloptima', 'CalOptima Health', 'medicaid-mco', ['CA'], ['caloptima', 'cal optima', 'cal optima health', 'calop'], 'https://www.caloptima.org/'),
  mco('partnership-healthplan', 'Partnership HealthPlan of California', 'medicaid-mco', ['CA'], ['partnership health plan', 'phc', 'partnership healthplan'], 'https://www.partnershiphp.org/'),
  mco('alameda-alliance', 'Alameda Alliance for Health', 'medicaid-mco', ['CA'], ['alameda alliance', 'alliance for health'], 'https://www.alamedaalliance.org/'),
  mco('santa-clara-family-health-plan', 'Santa Clara Family Health Plan', 'medicaid-mco', ['CA'], ['scfhp', 'santa clara family'], 'https://www.scfhp.com/'),
  mco('san-francisco-health-plan', 'San Francisco Health Plan', 'medicaid-mco', ['CA'], ['sfhp', 'sf health plan'], 'https://www.sfhp.org/'),
  mco('health-plan-of-san-joaquin', 'Health Plan of San Joaquin', 'medicaid-mco', ['CA'], ['hpsj', 'health plan san joaquin', 'mountain valley health plan'], 'https://www.hpsj.com/'),
  mco('kern-family-health-care', 'Kern Family Health Care', 'medicaid-mco', ['CA'], ['kern health systems', 'kfhc'], 'https://www.kernfamilyhealthcare.com/'),
  mco('cencal-health', 'CenCal Health', 'medicaid-mco', ['CA'], ['cencal', 'cen cal'], 'https://www.cencalhealth.org/'),
  mco('central-california-alliance', 'Central California Alliance for Health', 'medicaid-mco', ['CA'], ['ccah', 'central california alliance', 'the alliance'], 'https://thealliance.health/'),
  mco('gold-coast-health-plan', 'Gold Coast Health Plan', 'medicaid-mco', ['CA'], ['gold coast', 'gchp'], 'https://www.goldcoasthealthplan.org/'),
  mco('community-health-group', 'Community Health Group', 'medicaid-mco', ['CA'], ['chg', 'community health group partnership plan'], 'https://www.chgsd.com/'),
  mco('contra-costa-health-plan', 'Contra Costa Health Plan', 'medicaid-mco', ['CA'], ['cchp', 'contra costa'], 'https://www.cchealth.org/health-and-safety-information/contra-costa-health-plan'),
  mco('san-mateo-health-plan', 'Health Plan of San Mateo', 'medicaid-mco', ['CA'], ['hpsm', 'health plan san mateo'], 'https://www.hpsm.org/'),
  // New York
  mco('healthfirst', 'Healthfirst', 'medicaid-mco', ['NY'], ['health first', 'healthfirst ny', 'healthfirst new york', 'healthfirst essential plan'], 'https://healthfirst.org/'),
  mco('metroplus', 'MetroPlus Health', 'medicaid-mco', ['NY'], ['metroplus', 'metro plus', 'metroplus health plan'], 'https://www.metroplus.org/'),
  mco('vns-health', 'VNS Health Plans', 'medicaid-mco', ['NY'], ['vns', 'vnsny', 'vnsny choice', 'vns health'], 'https://www.vnshealth.org/'),
  // Texas
  mco('community-health-choice', 'Community Health Choice', 'medicaid-mco', ['TX'], ['community health choice texas', 'chc texas'], 'https://www.communityhealthchoice.org/'),
  mco('texas-childrens-health-plan', "Texas Children's Health Plan", 'medicaid-mco', ['TX'], ['texas childrens health plan', 'tchp', 'texas childrens'], 'https://www.texaschildrenshealthplan.org/'),
  mco('parkland-community-health-plan', 'Parkland Community Health Plan', 'medicaid-mco', ['TX'], ['parkland', 'parkland health first', 'pchp'], 'https://www.parklandhmo.com/'),
  mco('community-first-health-plans', 'Community First Health Plans', 'medicaid-mco', ['TX'], ['community first', 'cfhp'], 'https://communityfirsthealthplans.com/'),
  mco('cook-childrens-health-plan', "Cook Children's Health Plan", 'medicaid-mco', ['TX'], ['cook childrens', 'cook childrens health plan'], 'https://www.cookchp.org/'),
  mco('driscoll-health-plan', 'Driscoll Health Plan', 'medicaid-mco', ['TX'], ['driscoll', 'driscoll childrens health plan'], 'https://www.driscollhealthplan.com/'),
  mco('el-paso-health', 'El Paso Health', 'medicaid-mco', ['TX'], ['el paso first', 'el paso health plan'], 'https://www.elpasohealth.com/'),
  // Florida
  mco('community-care-plan', 'Community Care Plan', 'medicaid-mco', ['FL'], ['ccp florida', 'south florida community care network'], 'https://www.ccpcares.org/'),
  mco('florida-community-care', 'Florida Community Care', 'medicaid-mco', ['FL'], ['fcc'], 'https://fcchealthplan.com/'),
  // Pennsylvania
  mco('upmc-for-you', 'UPMC for You', 'regional', ['PA'], ['upmc medicaid', 'upmc for you medicaid'], 'https://www.upmchealthplan.com/medicaid'),
  mco('jefferson-health-plans', 'Jefferson Health Plans', 'medicaid-mco', ['PA', 'NJ'], ['health partners plans', 'health partners plan philadelphia', 'jefferson health plan'], 'https://www.jeffersonhealthplans.com/'),
  mco('highmark-wholecare', 'Highmark Wholecare', 'bcbs', ['PA'], ['gateway health', 'gateway health plan', 'wholecare'], 'https://www.highmarkwholecare.com/'),
  // Michigan / Illinois / Ohio / Midwest
  mco('mclaren-health-plan', 'McLaren Health Plan', 'medicaid-mco', ['MI'], ['mclaren', 'mclaren medicaid'], 'https://www.mclarenhealthplan.org/'),
  mco('blue-cross-complete', 'Blue Cross Complete of Michigan', 'bcbs', ['MI'], ['blue cross complete', 'bcbs complete'], 'https://www.mibluecrosscomplete.com/'),
  mco('upper-peninsula-health-plan', 'Upper Peninsula Health Plan', 'medicaid-mco', ['MI'], ['uphp', 'upper peninsula health'], 'https://www.uphp.com/'),
  mco('countycare', 'CountyCare Health Plan', 'medicaid-mco', ['IL'], ['countycare', 'county care', 'cook county health plan'], 'https://countycare.com/'),
  mco('hennepin-health', 'Hennepin Health', 'medicaid-mco', ['MN'], ['hennepin', 'hennepin health plan'], 'https://www.hennepinhealth.org/'),
  mco('ucare', 'UCare', 'medicaid-mco', ['MN', 'WI'], ['u care', 'ucare minnesota'], 'https://www.ucare.org/'),
  mco('south-country-health-alliance', 'South Country Health Alliance', 'medicaid-mco', ['MN'], ['south country', 'scha'], 'https://mnscha.org/'),
  mco('itasca-medical-care', 'Itasca Medical Care', 'medicaid-mco', ['MN'], ['imcare', 'im care'], 'https://www.co.itasca.mn.us/'),
  // Northeast / Mid-Atlantic
  mco('wellsense', 'WellSense Health Plan', 'medicaid-mco', ['MA', 'NH'], ['wellsense', 'well sense', 'bmc healthnet', 'bmc health net plan', 'boston medical center health plan'], 'https://www.wellsense.org/'),
  mco('commonwealth-care-alliance', 'Commonwealth Care Alliance', 'medicaid-mco', ['MA', 'RI'], ['cca', 'commonwealth care'], 'https://www.commonwealthcarealliance.org/'),
  mco('neighborhood-health-plan-ri', 'Neighborhood Health Plan of Rhode Island', 'medicaid-mco', ['RI'], ['neighborhood health plan', 'nhpri', 'neighborhood ri'], 'https://www.nhpri.org/'),
  mco('priority-partners', 'Priority Partners', 'medicaid-mco', ['MD'], ['priority partners mco', 'johns hopkins priority partners'], 'https://www.ppmco.org/'),
  mco('maryland-physicians-care', 'Maryland Physicians Care', 'medicaid-mco', ['MD'], ['mpc', 'maryland physicians'], 'https://www.marylandphysicianscare.com/'),
  mco('medstar-family-choice', 'MedStar Family Choice', 'medicaid-mco', ['MD', 'DC'], ['medstar', 'medstar health plan'], 'https://www.medstarfamilychoice.com/'),
  mco('carefirst-community-health-plan', 'CareFirst Community Health Plan', 'bcbs', ['MD', 'DC'], ['carefirst community', 'carefirst chpdc', 'chpmd', 'university of maryland health partners'], 'https://www.carefirstchpmd.com/'),
  mco('jai-medical-systems', 'Jai Medical Systems', 'medicaid-mco', ['MD'], ['jai medical'], 'https://www.jaimedicalsystems.com/'),
  mco('sentara-health-plans', 'Sentara Health Plans', 'regional', ['VA', 'NC'], ['sentara', 'optima health', 'optima', 'avalon'], 'https://www.sentarahealthplans.com/', { kind: 'commercial' }),
  mco('bluecare-tennessee', 'BlueCare Tennessee', 'bcbs', ['TN'], ['bluecare', 'blue care tennessee', 'tenncare select'], 'https://bluecare.bcbst.com/'),
  // Southwest / West
  mco('mercy-care', 'Mercy Care', 'medicaid-mco', ['AZ'], ['mercy care arizona', 'mercy care rbha', 'mercy care plan'], 'https://www.mercycareaz.org/'),
  mco('banner-university-family-care', 'Banner University Family Care', 'medicaid-mco', ['AZ'], ['banner', 'bufc', 'banner university health plans', 'banner health plan'], 'https://www.bannerufc.com/'),
  mco('care1st-arizona', 'Care1st Health Plan Arizona', 'medicaid-mco', ['AZ'], ['care1st', 'care 1st', 'care first arizona'], 'https://www.care1staz.com/'),
  mco('presbyterian-health-plan', 'Presbyterian Health Plan', 'regional', ['NM'], ['presbyterian', 'phs'], 'https://www.phs.org/', { kind: 'commercial' }),
  mco('community-health-plan-of-washington', 'Community Health Plan of Washington', 'medicaid-mco', ['WA'], ['chpw', 'community health plan washington'], 'https://www.chpw.org/'),
  mco('careoregon', 'CareOregon', 'medicaid-mco', ['OR'], ['care oregon', 'jackson care connect', 'columbia pacific cco'], 'https://www.careoregon.org/'),
  mco('intercommunity-health-network', 'InterCommunity Health Network CCO', 'medicaid-mco', ['OR'], ['ihn cco', 'ihn'], 'https://www.ihntogether.org/'),
  mco('healthy-u-utah', 'Healthy U (University of Utah Health Plans)', 'medicaid-mco', ['UT'], ['healthy u', 'healthy u medicaid'], 'https://uhealthplan.utah.edu/'),
  // North Carolina tailored plans (behavioral-health focused LME/MCOs)
  mco('alliance-health-nc', 'Alliance Health (NC Tailored Plan)', 'medicaid-mco', ['NC'], ['alliance health', 'alliance behavioral healthcare'], 'https://www.alliancehealthplan.org/', { line: 'medicaid_behavioral_health', parent: 'NC Medicaid Tailored Plan (LME/MCO)' }),
  mco('vaya-health', 'Vaya Health', 'medicaid-mco', ['NC'], ['vaya'], 'https://www.vayahealth.com/', { line: 'medicaid_behavioral_health', parent: 'NC Medicaid Tailored Plan (LME/MCO)' }),
  mco('partners-health-management', 'Partners Health Management', 'medicaid-mco', ['NC'], ['partners behavioral health', 'partners health'], 'https://www.partnersbhm.org/', { line: 'medicaid_behavioral_health', parent: 'NC Medicaid Tailored Plan (LME/MCO)' }),
  mco('trillium-health-resources', 'Trillium Health Resources', 'medicaid-mco', ['NC'], ['trillium nc', 'trillium health'], 'https://www.trilliumhealthresources.org/', { line: 'medicaid_behavioral_health', parent: 'NC Medicaid Tailored Plan (LME/MCO)' }),
]
