/**
 * @module
 * Federal programs for service members, veterans and tribes: TRICARE by region and program,
 * the US Family Health Plan, VA Community Care, CHAMPVA and the Indian Health Service.
 */
import type { PayerRecord } from '../../domain/payer/types'
import { payer } from './define'

/** TRICARE West since 2025-01-01 (TriWest), including the six states moved from East. */
const WEST = ['AK', 'AZ', 'CA', 'CO', 'HI', 'ID', 'IA', 'KS', 'MN', 'MO', 'MT', 'NE', 'NV', 'NM', 'ND', 'OR', 'SD', 'UT', 'WA', 'WY', 'AR', 'IL', 'LA', 'OK', 'TX', 'WI']
const ALL = ['AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY', 'LA', 'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY']
const EAST = ALL.filter((s) => !WEST.includes(s))

export const MILITARY_VA_PAYERS: readonly PayerRecord[] = [
  payer({ id: 'tricare', name: 'TRICARE', kind: 'tricare', family: 'tricare', aliases: ['tri care', 'tricare prime', 'tricare select', 'champus', 'military insurance', 'tricare reserve select', 'tricare young adult', 'dha'], source: 'https://www.tricare.mil/Plans' }),
  payer({ id: 'tricare-east', name: 'TRICARE East (Humana Military)', kind: 'tricare', family: 'tricare', states: EAST, aliases: ['tricare east', 'humana military', 'tricare east region', 'humana tricare', 'tricare humana military'], source: 'https://www.tricare-east.com/' }),
  payer({ id: 'tricare-west', name: 'TRICARE West (TriWest Healthcare Alliance)', kind: 'tricare', family: 'tricare', states: WEST, aliases: ['tricare west', 'triwest', 'tri west', 'triwest healthcare alliance', 'tricare west region', 'health net federal services tricare'], source: 'https://www.tricare.mil/west' }),
  payer({ id: 'tricare-for-life', name: 'TRICARE For Life', kind: 'tricare', family: 'tricare', aliases: ['tricare for life', 'tfl', 'tricare tfl', 'wps tricare for life'], source: 'https://www.tricare.mil/Plans/HealthPlans/TFL' }),
  payer({ id: 'tricare-overseas', name: 'TRICARE Overseas (International SOS)', kind: 'tricare', family: 'tricare', aliases: ['tricare overseas', 'international sos'], source: 'https://www.tricare-overseas.com/' }),
  payer({ id: 'us-family-health-plan', name: 'US Family Health Plan', kind: 'tricare', family: 'tricare', states: ['ME', 'NH', 'VT', 'MA', 'RI', 'NY', 'NJ', 'PA', 'MD', 'DC', 'VA', 'DE', 'WV', 'TX', 'LA', 'WA', 'OR'], aliases: ['usfhp', 'us family health plan', 'tricare prime usfhp'], source: 'https://www.usfhp.com/' }),
  payer({ id: 'va-community-care', name: 'VA Community Care (Veterans Affairs)', kind: 'va', family: 'va', aliases: ['va', 'v a', 'veterans affairs', 'va health care', 'veterans administration', 'va community care network', 'ccn', 'mission act', 'veterans choice', 'department of veterans affairs', 'va benefits', 'vha'], source: 'https://www.va.gov/communitycare/' }),
  payer({ id: 'champva', name: 'CHAMPVA', kind: 'va', family: 'va', aliases: ['champ va', 'champ-va', 'civilian health and medical program of the department of veterans affairs', 'champva spouse'], source: 'https://www.va.gov/health-care/family-caregiver-benefits/champva/' }),
  payer({ id: 'indian-health-service', name: 'Indian Health Service (IHS)', kind: 'other', family: 'ihs', aliases: ['ihs', 'indian health', 'tribal health', 'purchased referred care', 'prc'], source: 'https://www.ihs.gov/' }),
]
