/**
 * @module
 * Insurers people type into a health-insurance field that do not sell major medical coverage:
 * auto and home, life, dental, vision, supplemental (accident, cancer, hospital cash) and
 * workers' compensation carriers. They are not payers: the matcher indexes them only so that a
 * query naming one ("liberty mutual") is answered "no health insurer matched" instead of being
 * claimed as the nearest health plan (Medical Mutual). Written 2026-12-03 from the companies'
 * public names (`basis: 'compiled'`); a category, not a coverage fact.
 */
import type { NotHealthInsurer } from '../../domain/payer/not-health'

const of = (category: NotHealthInsurer['category'], names: string[]): NotHealthInsurer[] =>
  names.map((name) => ({ name, category }))

export const NOT_HEALTH_INSURERS: readonly NotHealthInsurer[] = [
  ...of('auto_home', [
    'GEICO', 'State Farm', 'Allstate', 'Progressive', 'Liberty Mutual', 'Nationwide', 'Farmers Insurance',
    'USAA', 'Travelers', 'The Hartford', 'American Family Insurance', 'Erie Insurance', 'Esurance',
    'Root Insurance', 'Lemonade', 'Chubb', 'AIG', 'Zurich', 'The General', 'Mercury Insurance', 'Safeco',
    'Kemper', 'Amica', 'Hanover Insurance', 'Auto-Owners Insurance', 'Infinity Auto', 'Direct Auto',
    'Dairyland', 'Bristol West', 'Plymouth Rock', 'Country Financial', 'Shelter Insurance',
    'Westfield Insurance', 'Grange Insurance', 'Sentry Insurance', 'Hippo Insurance', 'Metromile',
  ]),
  ...of('life', [
    'MetLife', 'Prudential', 'New York Life', 'Northwestern Mutual', 'MassMutual', 'Lincoln Financial',
    'Principal Financial', 'Transamerica', 'Globe Life', 'John Hancock', 'Pacific Life', 'Primerica',
    'Banner Life', 'Protective Life', 'Penn Mutual', 'Securian', 'Symetra', 'Brighthouse Financial',
    'Thrivent', 'Woodmen Life', 'Modern Woodmen', 'Knights of Columbus Insurance',
  ]),
  ...of('dental_vision', [
    'Delta Dental', 'VSP', 'VSP Vision Care', 'EyeMed', 'Davis Vision', 'Superior Vision', 'Spectera',
    'Dentegra', 'United Concordia', 'Ameritas', 'Guardian Dental', 'Dental Select', 'DentaQuest',
    'MCNA Dental', 'Liberty Dental', 'Careington', 'Solstice Benefits', 'Avesis', 'March Vision',
  ]),
  ...of('supplemental', [
    'Aflac', 'Colonial Life', 'Unum', 'Guardian Life', 'Guardian', 'Allstate Benefits', 'Trustmark Voluntary',
    'American Fidelity', 'Washington National', 'Bankers Life', 'Combined Insurance', 'Sun Life',
    'Lincoln Heritage', 'American Heritage Life', 'Hartford Disability', 'Reliance Standard', 'Mutual of America',
  ]),
  ...of('workers_comp', [
    'Workers Compensation', "Workers' Comp", 'Employers Insurance', 'Pie Insurance', 'Berkshire Hathaway GUARD',
    'AmTrust', 'ICW Group', 'State Compensation Insurance Fund', 'SAIF', 'Texas Mutual', 'Accident Fund',
    'Sedgwick', 'Gallagher Bassett', 'Broadspire', 'CorVel',
  ]),
]
