/**
 * @module
 * National commercial carriers, their brands and their third-party administrators (TPAs), and
 * Kaiser Permanente by region. Behavioral health is routed to each carrier's manager.
 */
import type { PayerRecord } from '../../domain/payer/types'
import { payer } from './define'

const kaiser = (id: string, region: string, states: string[], aliases: string[]): PayerRecord =>
  payer({
    id,
    name: `Kaiser Permanente ${region}`,
    kind: 'commercial',
    family: 'kaiser',
    states,
    aliases: [...aliases, `kaiser ${region.toLowerCase()}`, `kp ${region.toLowerCase()}`],
    source: 'https://healthy.kaiserpermanente.org/',
  })

export const NATIONAL_PAYERS: readonly PayerRecord[] = [
  payer({ id: 'aetna', name: 'Aetna', kind: 'commercial', family: 'aetna', aliases: ['aetna health', 'aetna cvs health', 'aetna inc', 'aetna open access', 'aetna choice pos', 'aetna open choice', 'aetna health insurance', 'aetna behavioral health', 'coventry', 'coventry health care'], payerIdsByVendor: { stedi: '60054' }, payerIdsSource: 'Stedi Payer Network, https://www.stedi.com/healthcare/network?transactions=eligibilityCheck (read 2026-12-03)', parent: 'CVS Health', payerIds: ['60054'], source: 'https://www.aetna.com/about-us.html' }),
  payer({ id: 'aetna-student-health', name: 'Aetna Student Health', kind: 'commercial', family: 'aetna', aliases: ['aetna student', 'chickering'], source: 'https://www.aetnastudenthealth.com/' }),
  payer({ id: 'meritain-health', name: 'Meritain Health', kind: 'commercial', line: 'tpa', family: 'aetna', aliases: ['meritain', 'meritain health aetna'], payerIds: ['41124'], source: 'https://www.meritain.com/' }),
  payer({ id: 'cigna', name: 'Cigna Healthcare', kind: 'commercial', family: 'cigna', aliases: ['cigna', 'cigna health', 'connecticut general', 'cigna open access plus', 'cigna oap', 'cigna localplus', 'great west healthcare'], payerIds: ['62308'], payerIdsByVendor: { stedi: '62308' }, payerIdsSource: 'Stedi Payer Network, https://www.stedi.com/healthcare/network?transactions=eligibilityCheck (read 2026-12-03)', parent: 'The Cigna Group', behavioralHealthManager: 'evernorth-behavioral-health', source: 'https://www.cigna.com/about-us/' }),
  payer({ id: 'allegiance', name: 'Allegiance Benefit Plan Management', kind: 'commercial', line: 'tpa', family: 'cigna', aliases: ['allegiance', 'allegiance benefit'], behavioralHealthManager: 'evernorth-behavioral-health', source: 'https://www.askallegiance.com/' }),
  payer({ id: 'unitedhealthcare', name: 'UnitedHealthcare', kind: 'commercial', family: 'unitedhealthcare', aliases: ['uhc', 'united healthcare', 'united health care', 'united health', 'unitedhealth', 'united', 'unitedhealth group', 'uhc choice plus', 'united healthcare options ppo'], payerIds: ['87726'], behavioralHealthManager: 'optum-behavioral-health', source: 'https://www.uhc.com/about-us' }),
  payer({ id: 'umr', name: 'UMR', kind: 'commercial', line: 'tpa', family: 'unitedhealthcare', aliases: ['umr uhc', 'united medical resources'], payerIds: ['39026'], behavioralHealthManager: 'optum-behavioral-health', source: 'https://www.umr.com/' }),
  payer({ id: 'oxford-health-plans', name: 'Oxford Health Plans', kind: 'commercial', family: 'unitedhealthcare', states: ['NY', 'NJ', 'CT'], aliases: ['oxford', 'oxford health', 'oxford uhc', 'oxford freedom', 'oxford liberty'], payerIds: ['06111'], behavioralHealthManager: 'optum-behavioral-health', source: 'https://www.oxhp.com/' }),
  payer({ id: 'golden-rule', name: 'Golden Rule Insurance Company', kind: 'commercial', family: 'unitedhealthcare', aliases: ['golden rule', 'golden rule uhc', 'uhc golden rule'], payerIds: ['37602'], behavioralHealthManager: 'optum-behavioral-health', source: 'https://www.uhone.com/' }),
  payer({ id: 'surest', name: 'Surest (UnitedHealthcare)', kind: 'commercial', family: 'unitedhealthcare', aliases: ['surest', 'bind', 'bind benefits', 'surest health plan'], behavioralHealthManager: 'optum-behavioral-health', source: 'https://www.surest.com/' }),
  payer({ id: 'all-savers', name: 'All Savers (UnitedHealthcare)', kind: 'commercial', family: 'unitedhealthcare', aliases: ['all savers', 'allsavers'], behavioralHealthManager: 'optum-behavioral-health', source: 'https://www.uhc.com/employer/health-plans/level-funded-plans' }),
  payer({ id: 'uhc-student-resources', name: 'UnitedHealthcare StudentResources', kind: 'commercial', family: 'unitedhealthcare', aliases: ['uhc student resources', 'student resources', 'uhcsr'], behavioralHealthManager: 'optum-behavioral-health', source: 'https://www.uhcsr.com/' }),
  payer({ id: 'empire-plan-nyship', name: 'NYSHIP Empire Plan', kind: 'commercial', family: 'unitedhealthcare', states: ['NY'], aliases: ['nyship', 'nyship empire plan', 'new york state empire plan', 'new york state health insurance program'], behavioralHealthManager: 'carelon-behavioral-health', source: 'https://www.cs.ny.gov/employee-benefits/' }),
  payer({ id: 'humana', name: 'Humana employer group medical plans (ended)', kind: 'commercial', family: 'humana', parent: 'Humana', status: 'defunct', aliases: ['humana commercial', 'humana employer', 'humana group', 'humana choicecare', 'humana ppo', 'humana hmo', 'humana fehb'], source: 'https://www.healthleadersmedia.com/payer/humana-withdraw-employer-group-commercial-business', verified: '2026-12-03', basis: 'compiled' }),
  payer({ id: 'wellpoint', name: 'Wellpoint', kind: 'commercial', family: 'elevance', aliases: ['wellpoint health', 'elevance', 'elevance health'], behavioralHealthManager: 'carelon-behavioral-health', source: 'https://www.wellpoint.com/' }),
  payer({ id: 'geha', name: 'GEHA', kind: 'commercial', family: 'regional', aliases: ['government employees health association', 'geha federal'], payerIds: ['44054'], behavioralHealthManager: 'optum-behavioral-health', source: 'https://www.geha.com/' }),
  payer({ id: 'mhbp', name: 'MHBP (Mail Handlers Benefit Plan)', kind: 'commercial', family: 'aetna', aliases: ['mail handlers', 'mail handlers benefit plan', 'mhbp'], source: 'https://www.mhbp.com/' }),
  payer({ id: 'apwu-health-plan', name: 'APWU Health Plan', kind: 'commercial', family: 'cigna', aliases: ['apwu', 'american postal workers union health plan'], source: 'https://www.apwuhp.com/' }),
  payer({ id: 'nalc-health-benefit-plan', name: 'NALC Health Benefit Plan', kind: 'commercial', family: 'cigna', aliases: ['nalc', 'nalc health', 'letter carriers health plan'], source: 'https://www.nalchbp.org/' }),
  payer({ id: 'compass-rose', name: 'Compass Rose Health Plan', kind: 'commercial', family: 'unitedhealthcare', aliases: ['compass rose'], source: 'https://compassrosebenefits.com/' }),
  payer({ id: 'samba', name: 'SAMBA Health Benefit Plan', kind: 'commercial', family: 'regional', aliases: ['samba', 'special agents mutual benefit association'], source: 'https://www.sambaplans.com/' }),
  payer({ id: 'allied-benefit-systems', name: 'Allied Benefit Systems', kind: 'commercial', line: 'tpa', family: 'regional', aliases: ['allied', 'allied benefit'], source: 'https://www.alliedbenefit.com/' }),
  payer({ id: 'healthsmart', name: 'HealthSmart (network and TPA)', kind: 'other', line: 'network', family: 'regional', aliases: ['health smart', 'healthsmart network', 'healthsmart benefit solutions'], source: 'https://www.healthsmart.com/' }),
  payer({ id: 'trustmark', name: 'Trustmark Health Benefits (now Luminare Health)', kind: 'commercial', line: 'tpa', family: 'regional', aliases: ['trustmark', 'trustmark health benefits', 'coresource'], status: 'merged_into', mergedInto: { id: 'luminare', date: '2023', whatNow: 'Trustmark Health Benefits is now Luminare Health: the plan is your employer\'s; call the number on your Luminare card.' }, source: 'https://www.luminarehealth.com/Member-Landing-Pages/LH-Member-Welcome-Journey-NavID', verified: '2026-12-03', basis: 'compiled' }),
  payer({ id: 'curative', name: 'Curative', kind: 'commercial', family: 'regional', states: ['TX', 'GA', 'OK'], aliases: ['curative health', 'curative health plan'], source: 'https://curative.com/' }),
  payer({ id: 'cigna-global', name: 'Cigna Global Health Benefits', kind: 'commercial', family: 'cigna', aliases: ['cigna international', 'cigna expat'], behavioralHealthManager: 'evernorth-behavioral-health', source: 'https://www.cignaglobal.com/' }),
  payer({ id: 'imagine360', name: 'Imagine360', kind: 'commercial', line: 'tpa', family: 'regional', aliases: ['imagine 360', 'imagine health'], source: 'https://imagine360.com/' }),
  payer({ id: 'luminare', name: 'Luminare Health', kind: 'commercial', line: 'tpa', parent: 'Health Care Service Corporation', family: 'bcbs', aliases: ['luminare', 'trustmark luminare', 'health care service corporation tpa'], source: 'https://www.luminarehealth.com/' }),
  payer({ id: 'wellfleet', name: 'Wellfleet Student', kind: 'commercial', family: 'regional', aliases: ['wellfleet', 'wellfleet insurance'], source: 'https://wellfleetstudent.com/' }),
  kaiser('kaiser-northern-california', 'Northern California', ['CA'], ['kaiser', 'kaiser permanente', 'kaiser california', 'kaiser norcal', 'kaiser permanente california']),
  kaiser('kaiser-southern-california', 'Southern California', ['CA'], ['kaiser socal', 'kaiser los angeles']),
  kaiser('kaiser-colorado', 'Colorado', ['CO'], ['kaiser denver']),
  kaiser('kaiser-georgia', 'Georgia', ['GA'], ['kaiser atlanta']),
  kaiser('kaiser-hawaii', 'Hawaii', ['HI'], []),
  kaiser('kaiser-mid-atlantic', 'Mid-Atlantic States', ['MD', 'VA', 'DC'], ['kaiser maryland', 'kaiser virginia', 'kaiser dc', 'kaiser mid atlantic']),
  kaiser('kaiser-northwest', 'Northwest', ['OR', 'WA'], ['kaiser oregon', 'kaiser portland']),
  kaiser('kaiser-washington', 'Washington', ['WA'], ['kaiser seattle', 'group health cooperative']),
]
