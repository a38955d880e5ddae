/**
 * @module
 * Original Medicare, Medicare Advantage (Part C) carriers and plans people name, and Medigap.
 * Medicare Beneficiary Identifiers (MBI) point to Original Medicare (see the matcher).
 */
import type { PayerRecord } from '../../domain/payer/types'
import { MBI_PATTERN } from '../../domain/payer/member-id'
import { payer } from './define'

const ma = (
  id: string,
  name: string,
  family: string,
  aliases: string[],
  source: string,
  extra: Partial<PayerRecord> = {},
): PayerRecord => payer({ id, name, kind: 'medicare_advantage', family, aliases, source, ...extra })

export const MEDICARE_PAYERS: readonly PayerRecord[] = [
  payer({ id: 'medicare', name: 'Original Medicare', kind: 'medicare', family: 'medicare', aliases: ['medicare', 'traditional medicare', 'medicare part a', 'medicare part b', 'medicare a and b', 'medicare parts a and b', 'cms', 'medicare fee for service', 'red white and blue card'], memberIdPattern: MBI_PATTERN.source, source: 'https://www.medicare.gov/basics/get-started-with-medicare' }),
  payer({ id: 'medigap', name: 'Medicare Supplement (Medigap)', kind: 'medicare', family: 'medicare', aliases: ['medigap', 'medi gap', 'medicare supplement', 'medicare supplement plan g', 'medicare supplement plan f', 'medicare supplement plan n', 'plan g', 'plan f', 'aarp medicare supplement'], source: 'https://www.medicare.gov/health-drug-plans/medigap' }),
  payer({ id: 'medicare-advantage', name: 'Medicare Advantage (Part C)', kind: 'medicare_advantage', family: 'medicare-advantage', aliases: ['medicare advantage', 'part c', 'medicare part c', 'medicare advantage plan', 'mapd'], source: 'https://www.medicare.gov/health-drug-plans/health-plans/your-coverage-options/compare-original-medicare-medicare-advantage' }),
  ma('aetna-medicare', 'Aetna Medicare Advantage', 'aetna', ['aetna medicare', 'aetna medicare advantage', 'medicare advantage aetna', 'aetna medicare eagle', 'aetna medicare value'], 'https://www.aetnamedicare.com/'),
  ma('humana-medicare', 'Humana Medicare Advantage', 'humana', ['humana', 'humana inc', 'humana health', 'humana insurance', 'humana medicare', 'humana medicare advantage', 'medicare advantage humana', 'humana gold plus', 'humana gold', 'humana choice', 'humana honor', 'humana medicare employer'], 'https://www.humana.com/medicare', { payerIds: ['61101'], payerIdsByVendor: { stedi: '61101' }, payerIdsSource: 'Stedi Payer Network, https://www.stedi.com/healthcare/network?transactions=eligibilityCheck (read 2026-12-03)', parent: 'Humana' }),
  ma('uhc-medicare', 'UnitedHealthcare Medicare Advantage (AARP)', 'unitedhealthcare', ['aarp', 'aarp medicare advantage', 'aarp medicarecomplete', 'uhc medicare', 'unitedhealthcare medicare', 'united healthcare medicare', 'medicare advantage united healthcare', 'uhc medicare advantage', 'secure horizons', 'aarp unitedhealthcare'], 'https://www.uhc.com/medicare', { behavioralHealthManager: 'optum-behavioral-health' }),
  ma('cigna-medicare', 'Cigna Medicare Advantage', 'cigna', ['cigna medicare', 'cigna medicare advantage', 'medicare advantage cigna', 'cigna true choice', 'cigna preferred medicare'], 'https://www.beckerspayer.com/payer/medicare-advantage/health-care-service-corp-is-playing-the-long-game-in-medicare-advantage', { parent: 'Health Care Service Corporation', status: 'merged_into', mergedInto: { id: 'healthspring', date: '2025-03-19', whatNow: 'Cigna sold its Medicare Advantage plans to HCSC; from 2026 they are HealthSpring plans: use the HealthSpring card and its member-services number.' }, verified: '2026-12-03', basis: 'compiled' }),
  ma('anthem-medicare', 'Anthem Medicare Advantage', 'elevance', ['anthem medicare', 'anthem medicare advantage', 'anthem medicareblue', 'wellpoint medicare'], 'https://www.anthem.com/medicare/', { behavioralHealthManager: 'carelon-behavioral-health' }),
  ma('bcbs-medicare-advantage', 'Blue Cross Blue Shield Medicare Advantage', 'bcbs', ['bcbs medicare', 'blue medicare advantage', 'blue cross medicare advantage', 'medicare advantage blue cross', 'blue medicare'], 'https://www.bcbs.com/medicare'),
  ma('kaiser-medicare', 'Kaiser Permanente Senior Advantage', 'kaiser', ['kaiser medicare', 'kaiser senior advantage', 'senior advantage'], 'https://healthy.kaiserpermanente.org/', { states: ['CA', 'CO', 'GA', 'HI', 'MD', 'VA', 'DC', 'OR', 'WA'] }),
  ma('devoted-health', 'Devoted Health', 'medicare-advantage', ['devoted', 'devoted medicare'], 'https://www.devoted.com/', { states: ['AZ', 'FL', 'TX', 'OH', 'IL', 'NC', 'TN', 'SC', 'AL', 'CO', 'GA', 'HI', 'IN', 'MO', 'NM', 'OR', 'PA', 'VA', 'WA'] }),
  ma('clover-health', 'Clover Health', 'medicare-advantage', ['clover', 'clover medicare'], 'https://www.cloverhealth.com/', { states: ['NJ', 'GA', 'MS', 'PA', 'SC', 'TN', 'TX', 'AL'] }),
  ma('scan-health-plan', 'SCAN Health Plan', 'medicare-advantage', ['scan', 'scan medicare', 'senior care action network'], 'https://www.scanhealthplan.com/', { states: ['CA', 'AZ', 'NV', 'TX', 'NM'] }),
  ma('alignment-health', 'Alignment Health Plan', 'medicare-advantage', ['alignment', 'alignment healthcare'], 'https://www.alignmenthealthplan.com/', { states: ['CA', 'AZ', 'NV', 'NC', 'TX'] }),
  ma('zing-health', 'Zing Health', 'medicare-advantage', ['zing'], 'https://www.myzinghealth.com/', { states: ['IL', 'IN', 'MI', 'TN', 'MS'] }),
  ma('peoples-health', 'Peoples Health', 'unitedhealthcare', ['peoples health louisiana', "people's health"], 'https://www.peopleshealth.com/', { states: ['LA'] }),
  ma('vantage-health-plan', 'Vantage Health Plan', 'medicare-advantage', ['vantage'], 'https://www.vhpla.com/', { states: ['LA'] }),
  ma('freedom-health', 'Freedom Health', 'medicare-advantage', ['freedom health plan'], 'https://www.freedomhealth.com/', { states: ['FL'] }),
  ma('optimum-healthcare', 'Optimum HealthCare', 'medicare-advantage', ['optimum health care'], 'https://www.youroptimumhealthcare.com/', { states: ['FL'] }),
  ma('careplus', 'CarePlus Health Plans', 'humana', ['careplus', 'care plus'], 'https://www.careplushealthplans.com/', { states: ['FL'] }),
  ma('martins-point', "Martin's Point Generations Advantage", 'medicare-advantage', ['martins point', 'generations advantage'], 'https://martinspoint.org/', { states: ['ME', 'NH'] }),
  ma('ultimate-health-plans', 'Ultimate Health Plans', 'medicare-advantage', ['ultimate health'], 'https://www.ultimatehealthplans.com/', { states: ['FL'] }),
  ma('sierra-health-and-life', 'Sierra Health and Life (Health Plan of Nevada)', 'unitedhealthcare', ['health plan of nevada', 'hpn', 'sierra health'], 'https://www.healthplanofnevada.com/', { states: ['NV'], kind: 'commercial' }),
  ma('brand-new-day', 'Brand New Day', 'medicare-advantage', ['bnd', 'brand new day medicare'], 'https://www.modernhealthcare.com/insurance/molina-bright-health-medicare-advantage-sale-california', { states: ['CA'], parent: 'Molina Healthcare', status: 'merged_into', mergedInto: { id: 'molina-medicare', date: '2024-01-01', whatNow: 'Molina Healthcare bought this plan on 2024-01-01: members are in a Molina Medicare plan; use the number on your current card.' }, verified: '2026-12-03', basis: 'compiled' }),
  ma('central-health-plan', 'Central Health Medicare Plan', 'medicare-advantage', ['central health plan of california'], 'https://www.modernhealthcare.com/insurance/molina-bright-health-medicare-advantage-sale-california', { states: ['CA'], parent: 'Molina Healthcare', status: 'merged_into', mergedInto: { id: 'molina-medicare', date: '2024-01-01', whatNow: 'Molina Healthcare bought this plan on 2024-01-01: members are in a Molina Medicare plan; use the number on your current card.' }, verified: '2026-12-03', basis: 'compiled' }),
  ma('care-n-care', "Care N' Care", 'medicare-advantage', ['care n care'], 'https://www.cnchealthplan.com/', { states: ['TX'] }),
  ma('essence-healthcare', 'Essence Healthcare', 'medicare-advantage', ['essence'], 'https://www.essencehealthcare.com/', { states: ['MO', 'IL'] }),
]
